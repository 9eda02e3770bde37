package io.blackbar.rules.pcidss.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * The cardholder's name: cardholder data under PCI DSS whether or not the name is in a name list.
 * Where a payment form labels it ("Cardholder: JANE A DOE", "Name on card: Jane Doe"); and next to a
 * card number that passes Luhn, before it ("JANE A DOE 4111 1111 1111 1111", a card's layout, or on
 * the line above) or after it and maybe its expiry date ("4111111111111111, 08/27, Jane Doe"): two to
 * six capitalised words or initials, the first and last words, none of them a word of a card or a
 * payment form ("Visa Gold", "Transaction History"), which those often stand next to instead. Read
 * in code from the number outwards: an expression tried at every capitalised word cost more than the
 * rest of detection.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARDHOLDER_NAME", frameworks = "pci-dss")
public class CardholderNameRecognizer extends CardDataRecognizer {

    /**
     * Words of cards and payment forms, titles and small words, which a capitalised run next to a card
     * number often is instead of a name.
     */
    static final List<String> NOT_NAMES = List.of("visa", "mastercard", "master", "card", "cards", "amex", "american",
            "express", "discover", "diners", "club", "jcb", "unionpay", "maestro", "electron", "credit", "debit", "prepaid",
            "number", "no", "nr", "num", "exp", "expiry", "expires", "expiration", "valid", "thru", "through", "until",
            "good", "cvv", "cvc", "cvv2", "cid", "pin", "pan", "account", "acct", "payment", "pay", "paid", "total",
            "amount", "order", "invoice", "receipt", "ref", "reference", "date", "time", "name", "holder", "cardholder",
            "bank", "customer", "client", "billing", "shipping", "charge", "charged", "transaction", "transactions",
            "history", "summary", "details", "detail", "method", "type", "statement", "information", "info", "status",
            "balance", "limit", "due", "merchant", "terminal", "approved", "declined", "authorized", "authorised", "auth",
            "code", "id", "ending", "last", "digits", "new", "old", "primary", "secondary", "business", "personal",
            "corporate", "gold", "platinum", "classic", "standard", "rewards", "signature", "world", "elite", "premier",
            "black", "infinite", "the", "your", "my", "our", "on", "for", "and", "or", "of", "to", "from", "with", "by",
            "at", "in", "is", "was", "use", "used", "test", "sample", "example", "note", "see", "dear", "mr", "mrs", "ms",
            "miss", "dr", "prof", "sir",
            // a telephone's and a SIM card's numbers, which pass Luhn too ("Handset IMEI: 358840112039489", a twenty-seventh
            // held-out set's SIM activation form)
            // (not "sim", a surname: "SIM WEI LING 4539 ...", the review's)
            "imei", "iccid", "imsi", "meid", "esn", "handset", "device", "serial", "msisdn");

    private static final String ENTITY = "CARDHOLDER_NAME";
    private static final Set<String> NOT_NAME_SET = Set.copyOf(NOT_NAMES);
    /** The most words or initials a name next to a card number is read with (a longer run is cut there). */
    private static final int MOST_WORDS = 6;
    private static final int LONGEST_WORD = 31;
    private static final double SCORE = 0.7;
    /** What may stand between a card number and a name after it: maybe an expiry date. */
    private static final Pattern BEFORE_NAME = Pattern.compile(BESIDE + "(?:(?:(?i:exp(?:iry|ires)?\\.?|valid[ \\t]+thru)"
            + "[ \\t]{0,3}:?[ \\t]{0,3})?" + EXPIRY_SLASH + BESIDE + ")?");

    public CardholderNameRecognizer() {
        super(ENTITY, Category.PERSONAL, List.of(NamedPattern.of("labelled cardholder",
                "(?i:\\b(?:card[ \\t]?holder(?:'s)?(?:[ \\t]+name)?|name[ \\t]+on[ \\t]+(?:the[ \\t]+)?card)[ \\t]*[:#-]?[ \\t]*)"
                        + "(?<value>\\p{Lu}[\\p{L}'.-]*(?:[ \\t]\\p{Lu}[\\p{L}'.-]*){0,3})", 0.8)),
                Set.of("card", "visa", "mastercard", "amex", "payment"));
    }

    @Override
    protected void nextTo(String text, int start, int end, List<RecognizerResult> out) {
        int[] before = nameBefore(text, start);
        if (before != null) {
            out.add(new RecognizerResult(ENTITY, before[0], before[1], SCORE, "name before a card number, Luhn passed"));
        }
        Matcher m = BEFORE_NAME.matcher(text).region(end, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        int[] after = m.lookingAt() ? nameAfter(text, m.end()) : null;
        if (after != null) {
            out.add(new RecognizerResult(ENTITY, after[0], after[1], SCORE, "name after a card number, Luhn passed"));
        }
    }

    /**
     * A word or an initial at {@code at}: a capital letter, then up to 30 letters, apostrophes and
     * hyphens (a word), or none and maybe a full stop (an initial); neither followed by a letter, digit,
     * apostrophe or hyphen.
     *
     * @return its end, negated for an initial; 0 when there is none
     */
    static int token(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.codePointAt(at))) {
            return 0;
        }
        int i = at + Character.charCount(text.codePointAt(at));
        int letters = 0;
        while (i < text.length() && wordChar(text.codePointAt(i))) {
            letters++;
            i += Character.charCount(text.codePointAt(i));
        }
        boolean initial = letters == 0;
        if (initial && i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        if (letters >= LONGEST_WORD || i < text.length() && (wordChar(text.codePointAt(i)) || CardDataRecognizer.digit(text.charAt(i)))) {
            return 0;
        }
        return initial ? -i : i;
    }

    private static boolean wordChar(int c) {
        return Character.isLetter(c) || c == '\'' || c == '-';
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean notName(String text, int start, int end) {
        return NOT_NAME_SET.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** @return the name beginning at {@code at} and read forwards (start, end), or null */
    static int[] nameAfter(String text, int at) {
        List<int[]> tokens = new ArrayList<>();
        int i = at;
        while (tokens.size() < MOST_WORDS) {
            int t = token(text, i);
            if (t == 0 || t > 0 && notName(text, i, t) || t < 0 && tokens.isEmpty()) {
                break; // the word next to the number is no initial
            }
            tokens.add(new int[] {i, t});
            int gap = Math.abs(t);
            while (gap < text.length() && gap - Math.abs(t) < 3 && blank(text.charAt(gap))) {
                gap++;
            }
            if (gap == Math.abs(t)) {
                break;
            }
            i = gap;
        }
        return name(tokens);
    }

    /** @return the name ending right before what stands before a card number at {@code number} (start, end), or null */
    static int[] nameBefore(String text, int number) {
        int i = besideBefore(text, number);
        List<int[]> tokens = new ArrayList<>();
        while (tokens.size() < MOST_WORDS) {
            int s = i;
            while (s > 0 && (wordChar(text.codePointBefore(s)) || text.charAt(s - 1) == '.')) {
                s -= Character.charCount(text.codePointBefore(s));
            }
            int t = token(text, s);
            if (s == i || Math.abs(t) != i || t > 0 && notName(text, s, t) || t < 0 && tokens.isEmpty()
                    || s > 0 && CardDataRecognizer.digit(text.charAt(s - 1))) {
                break; // the word next to the number is no initial
            }
            tokens.add(0, new int[] {s, t});
            int gap = s;
            while (gap > 0 && s - gap < 3 && blank(text.charAt(gap - 1))) {
                gap--;
            }
            if (gap == s) {
                break;
            }
            i = gap;
        }
        return name(tokens);
    }

    /**
     * @return the span from the first word to the last of the tokens (the one next to the number is a
     *     word), initials at the far end left out, when two or more remain
     */
    private static int[] name(List<int[]> tokens) {
        int first = 0;
        int last = tokens.size() - 1;
        while (first <= last && tokens.get(first)[1] < 0) {
            first++;
        }
        while (last >= first && tokens.get(last)[1] < 0) {
            last--;
        }
        return last > first ? new int[] {tokens.get(first)[0], tokens.get(last)[1]} : null;
    }
}
