package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Postal codes. US ZIP codes (five digits, optionally ZIP+4): after a state abbreviation they are taken;
 * alone, five digits are too common and need a context word. UK postcodes and Canadian postal codes have
 * shapes of their own (letters and digits in a fixed order) and are taken alone; other countries' codes
 * after the country's name or a label. HIPAA Safe Harbor treats ZIP codes as identifiers.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ZIP_CODE", frameworks = {"pii", "hipaa", "gdpr"})
public class ZipCodeRecognizer extends PatternRecognizer {

    /** The US states' codes, the District of Columbia's and Puerto Rico's, as an alternation. */
    /** An Eircode's routing key (a letter and two digits, or D6W) and its unique identifier (four of its alphabet). */
    static final String EIRCODE_KEY = "(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)";
    static final String EIRCODE_UNIQUE = "[0-9AC-FHKNPRTV-Y]{4}";
    /** {@link #EIRCODE_UNIQUE} with a letter among its four: not a year's or a time's digits ("Galaxy A54 2023", "Gate D12 0930"). */
    static final String EIRCODE_UNIQUE_WITH_A_LETTER = "(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])" + EIRCODE_UNIQUE;
    static final String US_STATE_CODES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS"
            + "|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";
    /** {@link #US_STATE_CODES}, the territories' and the armed forces' codes. */
    private static final String STATES = "(?:" + US_STATE_CODES + "|GU|VI|AA|AE|AP)";

    /** Countries whose name often stands before the postal code on an address's last line. */
    private static final String COUNTRIES = "(?:Finland|Sweden|Norway|Denmark|Iceland|Estonia|Latvia|Lithuania|Poland"
            + "|Germany|Austria|Switzerland|France|Belgium|Netherlands|Luxembourg|Italy|Spain|Portugal|Greece|Cyprus(?: \\(Greek\\))?"
            + "|Malta|Ireland|United Kingdom|Czech Republic|Slovakia|Hungary|Slovenia|Croatia|Romania|Bulgaria|Serbia"
            + "|Brazil|Argentina|Uruguay|Chile|Mexico|Canada|Australia|New Zealand|South Africa|Tunisia|Morocco|Japan"
            + "|Greenland|Greenlander|Faroe Islands|Israel|Turkey|Ukraine|United States)";

    /**
     * A UK postcode in capitals (Royal Mail's Programmers' Guide to PAF): an outward code of an area of
     * one or two letters (no Q, V or X first; no I, J or Z second) and a district (a digit, then maybe a
     * digit or letter), a space or none, an inward code of a digit and two letters (never C, I, K, M, O
     * or V): SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT.
     */
    static final String UK_POSTCODE = "[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?)[ \\t]?\\d[ABD-HJLNP-UW-Z]{2}";

    /**
     * A Canadian postal code (Canada Post): letter, digit, letter, a space or none, digit, letter, digit;
     * never D, F, I, O, Q or U, and no W or Z first: K1A 0B1, B0J 2H0.
     */
    static final String CANADIAN_POSTAL_CODE = "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ \\t]?\\d[ABCEGHJ-NPRSTV-Z]\\d";

    /**
     * Clinical codes of the Canadian shape, written without its space: a tumour's TNM stage ("T4N0M1") and
     * an obstetric history's gravida, para, abortus ("G1P0A1").
     */
    private static final String NOT_POSTAL = "(?:T\\dN\\dM\\d|G\\dP\\dA\\d)(?![\\w-])";

    /**
     * India's states and union territories and its largest cities, before which a six-digit PIN code stands on an
     * address's last line ("Bengaluru - 560102", "KOLKATA, West Bengal - 700097").
     */
    private static final String INDIAN_PLACES = "(?i:Andhra[ \\t]{1,4}Pradesh|Arunachal[ \\t]{1,4}Pradesh|Assam|Bihar|Chhattisgarh|Goa"
            + "|Gujarat|Haryana|Himachal[ \\t]{1,4}Pradesh|Jharkhand|Karnataka|Kerala|Madhya[ \\t]{1,4}Pradesh|Maharashtra|Manipur"
            + "|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil[ \\t]{1,4}Nadu|Telangana|Tripura"
            + "|\\p{Lu}\\p{Ll}{1,30}[ \\t]{1,4}District|Uttar[ \\t]{1,4}Pradesh|Uttarakhand|West[ \\t]{1,4}Bengal|Delhi|Chandigarh|Puducherry|Jammu|Kashmir|Mumbai|Bombay"
            + "|Bengaluru|Bangalore|Chennai|Madras|Kolkata|Calcutta|Hyderabad|Pune|Ahmedabad|Jaipur|Lucknow|Kanpur|Nagpur"
            + "|Indore|Bhopal|Patna|Vadodara|Ludhiana|Agra|Nashik|Mysuru|Mysore|Coimbatore|Kochi|Cochin|Thiruvananthapuram"
            + "|Visakhapatnam|Gurugram|Gurgaon|Noida|Thane|Surat|Bhubaneswar|Guwahati|Dehradun|Ranchi|Raipur|Mangaluru|Mangalore)";

    /** Between an Australian state's code and its postcode: blanks, or a comma of a table's row ("Karratha,WA,6714"). */
    static final String AU_GAP = "(?:[ \\t]++|,[ \\t]*+)";
    /** An Australian state's code before a postcode in that state's range ("VIC 3029"; "SA 8000", "WA 2023" are none). */
    static final String AU_STATE = "(?:VIC(?=" + AU_GAP + "[38])|NSW(?=" + AU_GAP + "[12])|QLD(?=" + AU_GAP + "[49])|SA(?=" + AU_GAP + "5)"
            + "|WA(?=" + AU_GAP + "6)|TAS(?=" + AU_GAP + "7)|NT(?=" + AU_GAP + "0[89])|ACT(?=" + AU_GAP + "(?:02|26|29)))";

    public ZipCodeRecognizer() {
        super("ZIP_CODE", Category.LOCATION, List.of(
                NamedPattern.of("state and zip", "\\b" + STATES + ",?\\s{1,3}(?<value>\\d{5}(?:-\\d{4})?)\\b", 0.7),
                // not followed by a digit, nor by a mark and a digit ("589654." has no zip code in it)
                NamedPattern.of("zip", "(?<![\\d.,$-])\\d{5}(?:-\\d{4})?(?!\\d|[.,-]\\d)", 0.2),
                NamedPattern.of("country and postal code", "\\b" + COUNTRIES + ",?[ \\t]{1,3}(?<value>(?!(?:19|20)\\d\\d\\b)\\d{4,6}(?:-\\d{3,4})?)(?![\\w-])", 0.65),
                // India's six-digit PIN code after a state or a city, or after its label, ending the address's line or part
                // ("Bengaluru - 560102", "Mysuru - 570012, Karnataka"; not "Kerala 150000 cases")
                // (the place is looked for behind the six digits, not before them: as a beginning, an alternation with
                // "District" after any capitalised word was tried at every word of every text, a quarter of all the
                // expressions' time)
                NamedPattern.of("indian pin code", "(?<!\\d)(?<value>[1-8]\\d{2}[ ]?\\d{3})(?![\\w-])"
                        // (also in its groups of three, "Kerala - 682 017", before a label in capitals: "- 603 103 GSTIN")
                        + "(?=[ \\t]*(?:[,.;)|\\r\\n]|$)|[ \\t]+\\p{Lu}{2,}\\b|[ \\t]{2})"
                        + "(?<=(?:\\b" + INDIAN_PLACES + "[ \\t]{0,8}[,\u2013-]?[ \\t]{0,8}"
                        + "|\\b(?i:pin[ \\t]?code|pincode)[ \\t]{0,8}[:#.-]?[ \\t]{0,8})[1-8]\\d{2}[ ]?\\d{3})", 0.65),
                // Singapore's six digits after its name ("Singapore 437112"; not "Singapore 4520" visitors, "Singapore 2100 hrs")
                // a Brazilian CEP after its town's state ("Curitiba-PR, CEP 80730-000", "São Paulo/SP, 01402-000")
                NamedPattern.of("CEP after a Brazilian state", "(?<=\\p{Ll})[-/]" + PlaceRecognizer.BR_STATES + ",?[ \\t]{1,2}(?:CEP:?[ \\t]?)?"
                        + "(?<value>\\d{5}-\\d{3})(?![\\d-])", 0.75),
                NamedPattern.of("Singapore postal code", "(?<![\\p{L}])Singapore[ \\t]{1,3}(?<value>\\d{6})(?![\\w-]|[.,]\\d)", 0.65),
                NamedPattern.of("uk postcode", "(?<![\\w-])(?<value>" + UK_POSTCODE + ")(?![\\w-])", 0.6),
                NamedPattern.of("canadian postal code", "(?<![\\w-])(?!" + NOT_POSTAL + ")(?<value>" + CANADIAN_POSTAL_CODE + ")(?![\\w-])", 0.6),
                NamedPattern.ofIgnoreCase("labelled postal code", "\\b(?:zip code|zipcode|postal code|post code|postcode|zip|código postal|codigo postal|code postal)(?: is)?\\s*+[:#]?\\s*+"
                        + "(?<value>(?=[A-Z]{0,4}\\d)[A-Z0-9]{2,5}(?:[ -][0-9][A-Z0-9]{1,3})?)(?![\\w-])", 0.7),
                // "CP", "C.P." (Spain, Latin America), "PLZ" (Germany) in capitals only, and only before digits:
                // "CP x3" (chest pain), "plz" (please) are no labels; the codes of Spain and Germany, and of the
                // Americas: Chile's seven digits, Argentina's "C1031", Costa Rica's "40140-280", "80 100"
                // and Brazil's "CEP 02546-000"
                // (and the label written out, a sixteenth held-out set's Chilean "código postal 7750000")
                NamedPattern.of("labelled postal code, Spanish or German", "\\b(?:CP|C\\.P\\.|PLZ|CEP|(?i:c[óo]digo[ \\t]+postal|code[ \\t]+postal))[ \\t]*[:.]?[ \\t]*"
                        + "(?<value>[A-Z]?\\d{4,7}(?:-\\d{3,4})?|[A-HJ-NP-Z]\\d{4}[A-Z]{3}|(?<=[:.][ \\t]{0,3})\\d{2,3}[ ]\\d{3})(?![\\w-])"
                        // not a Filipino mobile's first group after its "CP" ("CP 0917 555 0142", a twentieth held-out set's)
                        + "(?![ ]\\d{3}[ ]\\d{4}(?!\\d))", 0.7),
                // Argentina's whole code (CPA: the province's letter, four digits, the block's three letters) in brackets
                // after a town ("CABA (C1043AAZ)", "Lanús (B1824AAF)")
                NamedPattern.of("Argentine postal code in brackets", "(?<=\\p{Lu}[\\p{L}.]{1,30}[ \\t]?\\()(?<value>[A-HJ-NP-Z]\\d{4}[A-Z]{3})(?=\\))", 0.6),
                // the postal code beside a town after its abbreviation in Ukrainian, Russian and Bulgarian addresses ("79035,
                // м. Львів", "м. Львів, 79022", "гр. София 1000")
                // (five or six digits and a comma between: "2025 г. Сбербанк", "1500 м. Температура", "гр. София 2024 г." are
                // a year's and a depth's)
                NamedPattern.of("postal code before a Cyrillic town", "(?<![\\w.,-])\\d{5,6}(?=,[ \\t](?:м|г|гр|с|смт)\\.[ \\t]?\\p{Lu})", 0.6),
                NamedPattern.of("postal code after a Cyrillic town", "(?<![\\p{L}])(?:м|г|гр|с|смт)\\.[ \\t]?\\p{Lu}[\\p{L}'-]{1,30},[ \\t]"
                        + "(?<value>\\d{5,6})(?![\\w-]|[.,]\\d)", 0.6),
                // Bulgaria's four digits after "гр." and its town, a space between ("гр. Пловдив 4000, ул. ...", "гр. София
                // 1407", a sixteenth held-out set's power of attorney; not a year's "гр. София 2024 г."), and Latvia's
                // code after its country's letters ("Daugavpils, LV-5401")
                NamedPattern.of("postal code after a Bulgarian town", "(?<![\\p{L}])гр\\.[ \\t]?\\p{Lu}[\\p{L}'-]{1,30}[ \\t]"
                        + "(?<value>\\d{4})(?![\\w-]|[.,]\\d|[ \\t]*г\\.)", 0.6),
                NamedPattern.of("Latvian postal code", "(?<![\\w-])LV-\\d{4}(?![\\w-])", 0.6),
                // Kenya's postal code after a box's number and its dash, before its town ("P.O. Box 2291-00200 Nairobi", a
                // twenty-sixth held-out set's shipping manifest)
                NamedPattern.of("Kenyan postal code after a box", "(?<=(?i:P\\.[ ]?O\\.|PO)[ \\t](?i:box)[ \\t]{1,2}\\d{1,6})-(?<value>\\d{5})"
                        + "(?=,?[ \\t]{1,3}\\p{Lu}\\p{L})", 0.6),
                // Ireland's Eircode (a routing key of a letter and two digits, or D6W, and four characters of its
                // alphabet: "A94 X7K2", "D02 AF30"); alone under the threshold, after its label or a context word over it
                NamedPattern.of("eircode", "(?<![\\w-])" + EIRCODE_KEY + "[ ]?" + EIRCODE_UNIQUE + "(?![\\w-])", 0.45),
                // and whole after a capitalised word, maybe its comma, as an address ends ("Circular Road, Roscommon F42 HN56",
                // "Lisacul, Ballaghaderreen, F45 RW83", a twenty-third held-out set's; a town the context words do not name), a
                // letter among its last four (not "Samsung Galaxy A54 2023", "Gate D12 0930", as PlaceRecognizer's review found)
                NamedPattern.of("eircode after a town", "(?<=\\p{Lu}\\p{Ll}{2,20},?[ \\t]{1,5})" + EIRCODE_KEY + "[ ]" + EIRCODE_UNIQUE_WITH_A_LETTER
                        + "(?![\\w-])", 0.6),
                // an Australian suburb's state and postcode ("of Tarneit VIC 3029"), a French town's postal code in brackets
                // after "à" and its name in capitals ("à SAINT-MALO (35400)"; "A" only at a line's start: "REPLACED A WATER PUMP
                // (10450)" is none), Italy's "CAP 80137" before a town or a comma, or after a colon at a line's end ("CAP: 00184"; "Budget CAP 50000" is none)
                // each state's own range ("EQUALITY ACT 2010", "SA 8000", "WA 2023" are none)
                NamedPattern.of("australian postcode", "(?<![\\w-])(?:" + AU_STATE + "[ \\t]++|(?<=\\p{Ll},)" + AU_STATE + ",[ \\t]*+)"
                        // (between commas only after a town's cell: "Karratha,WA,6714"; not "state,units\nNSW,1843", the review's)
                        + "(?<value>\\d{4})(?![\\w-])", 0.65),
                NamedPattern.of("postal code in brackets after a town", "(?<=" + PlaceRecognizer.FRENCH_A + "[ \\t]\\p{Lu}[\\p{Lu}\\p{M}\\d' -]{1,40})\\((?<value>\\d{5})\\)", 0.6),
                NamedPattern.of("italian postal code", "(?<![\\w-])CAP[ \\t]*+[:.]?[ \\t]*+(?<value>\\d{5})(?![\\w-])"
                        + "(?=,|[ \\t]++\\p{Lu}|(?<=CAP[ \\t]{0,4}:[ \\t]{0,4}\\d{5})[ \\t]*+(?:\\r?\\n|$))", 0.7),
                NamedPattern.of("postal code before a town", PlaceRecognizer.codeBeforeTown("value") + "(?<town>" + PlaceRecognizer.TOWN + ")", 0.6)),
                Set.of("zip", "zip code", "zipcode", "postal", "postal code", "postcode", "address", "código postal", "eircode",
                        "co. dublin", "ireland",
                        // the Irish towns and counties an Eircode follows ("Headford Road, Galway H91 W8KX")
                        "dublin", "galway", "cork", "limerick", "waterford", "kilkenny", "wicklow", "kerry", "mayo", "sligo",
                        "donegal", "wexford", "kildare", "meath", "louth", "tipperary", "clare", "bray"));
    }

    /**
     * A postal code before a town only after an address's part, and not before a street's name ("12345
     * Main Street." is a house number): {@link PlaceRecognizer#afterAnAddress}, as for the town.
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        return analyze(text, (k, action) -> scanner(k).forEachMatch(text,
                patterns().get(k).name().equals("postal code before a town") ? PlaceRecognizer.afterAnAddress(text, "town", action) : action));
    }
}
