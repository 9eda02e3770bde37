package io.blackbar.rules.pii.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Cryptocurrency wallet addresses, which name a person's account as an IBAN does (an online identifier under GDPR):
 * <ul>
 * <li>Base58Check addresses of Bitcoin ("1...", "3..."), Litecoin ("L...", "M..."), Dogecoin ("D...") and TRON ("T..."):
 * 25 bytes decoded, a known version byte first, and the first four bytes of the payload's double SHA-256 last;</li>
 * <li>Bech32 and Bech32m addresses of Bitcoin and Litecoin ("bc1q...", "bc1p...", "ltc1..."), their checksum read;</li>
 * <li>Ethereum's and its tokens' addresses: "0x" and forty hexadecimal digits, near a wallet's or a token's word (their
 * mixed-case checksum needs Keccak-256, which the JDK lacks, and a SHA-1 value is written the same way).</li>
 * </ul>
 * A look-alike whose check fails is no finding: Base58 text of the right length passes a random check one time in four
 * billion.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CRYPTO_WALLET", frameworks = {"pii", "gdpr"})
public class CryptoWalletRecognizer extends PatternRecognizer {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    /** Version bytes: Bitcoin P2PKH and P2SH ("1", "3"), Litecoin's ("L", "M"), Dogecoin's ("D"), TRON's ("T"). */
    private static final Set<Integer> VERSIONS = Set.of(0x00, 0x05, 0x30, 0x32, 0x1e, 0x41);

    public CryptoWalletRecognizer() {
        super("CRYPTO_WALLET", Category.FINANCIAL, List.of(
                NamedPattern.of("base58check address", "(?<![\\w/+=.-])[13LMDT][1-9A-HJ-NP-Za-km-z]{25,34}(?![\\w/+=-])", 0.75),
                NamedPattern.of("bech32 address", "(?<![\\w/+=.-])(?:bc1|BC1|ltc1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![\\w/+=-])", 0.75),
                // (under the threshold alone: a SHA-1 value is written so too, a TPM's register or a firmware's hash, a
                // review's; a wallet's or a token's word near it lifts it)
                NamedPattern.of("ethereum address", "(?<![\\w/+=.-])0x[0-9a-fA-F]{40}(?![\\w/+=-])", 0.4)),
                Set.of("wallet", "bitcoin", "btc", "ethereum", "eth", "usdt", "usdc", "crypto", "trc-20", "erc-20", "tron",
                        "litecoin", "dogecoin", "erc20", "metamask", "arbitrum", "bnb", "bsc"));
    }

    @Override
    protected Validation validate(String value) {
        if (value.startsWith("0x")) {
            return Validation.UNKNOWN;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bc1") || lower.startsWith("ltc1")) {
            return !value.equals(lower) && !value.equals(value.toUpperCase(Locale.ROOT)) ? Validation.REJECTED
                    : bech32(lower) ? Validation.CONFIRMED : Validation.REJECTED;
        }
        return base58Check(value) ? Validation.CONFIRMED : Validation.REJECTED;
    }

    /** Whether a Base58 string decodes to 25 bytes: a known version, twenty bytes, and the double SHA-256's first four. */
    static boolean base58Check(String value) {
        BigInteger n = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        for (int i = 0; i < value.length(); i++) {
            int digit = BASE58.indexOf(value.charAt(i));
            if (digit < 0) {
                return false;
            }
            n = n.multiply(base).add(BigInteger.valueOf(digit));
        }
        byte[] raw = n.toByteArray();
        int leadingOnes = 0;
        while (leadingOnes < value.length() && value.charAt(leadingOnes) == '1') {
            leadingOnes++;
        }
        int from = raw.length > 1 && raw[0] == 0 ? 1 : 0; // BigInteger's sign byte
        int length = raw.length - from + leadingOnes;
        if (length != 25) {
            return false;
        }
        byte[] bytes = new byte[25];
        System.arraycopy(raw, from, bytes, leadingOnes, raw.length - from);
        if (!VERSIONS.contains(bytes[0] & 0xFF)) {
            return false;
        }
        byte[] hash = sha256(sha256(Arrays.copyOf(bytes, 21)));
        return Arrays.equals(Arrays.copyOfRange(bytes, 21, 25), Arrays.copyOf(hash, 4));
    }

    /** Whether a lower-case Bech32 or Bech32m string (BIP 173, BIP 350) has a valid checksum. */
    static boolean bech32(String value) {
        int separator = value.lastIndexOf('1');
        if (separator < 1 || value.length() - separator - 1 < 6) {
            return false;
        }
        String hrp = value.substring(0, separator);
        int[] values = new int[hrp.length() * 2 + 1 + value.length() - separator - 1];
        int k = 0;
        for (int i = 0; i < hrp.length(); i++) {
            values[k++] = hrp.charAt(i) >> 5;
        }
        values[k++] = 0;
        for (int i = 0; i < hrp.length(); i++) {
            values[k++] = hrp.charAt(i) & 31;
        }
        for (int i = separator + 1; i < value.length(); i++) {
            int v = BECH32.indexOf(value.charAt(i));
            if (v < 0) {
                return false;
            }
            values[k++] = v;
        }
        int polymod = polymod(values);
        return polymod == 1 || polymod == 0x2bc830a3;
    }

    private static int polymod(int[] values) {
        int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if ((top >>> i & 1) != 0) {
                    chk ^= generator[i];
                }
            }
        }
        return chk;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
