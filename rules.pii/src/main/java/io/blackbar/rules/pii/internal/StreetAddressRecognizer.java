package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Street addresses in US and European forms: a house number and a street type ({@code 1668 Glyn St}),
 * a street type word then a number ({@code Rua do Arenque 1634}, {@code Via Franscini 71}), a street
 * name with a Germanic, Nordic, Baltic or Finnish suffix and a number ({@code Harjukuja 54},
 * {@code Brucker Bundesstrasse 31}), apartment and suite numbers, post office and military boxes.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "STREET_ADDRESS", frameworks = {"pii", "hipaa", "gdpr"})
public class StreetAddressRecognizer extends PatternRecognizer {

    private static final String ENTITY = "STREET_ADDRESS";
    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}'.-]{0,30}";
    /** A numbered street's ordinal ("300 E 57th St", "45 1st Street", "500 5th Avenue"). */
    static final String ORDINAL = "\\d{1,3}(?:st|nd|rd|th)";
    /**
     * The street types after the name ("Glyn St"), case as written: one list for the expression and
     * for the shortcut that looks for one before trying it.
     */
    static final List<String> US_TYPE_WORDS = List.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd",
            "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Square", "Sq", "Squares", "Terrace", "Ter", "Way",
            "Parkway", "Pkwy", "Highway", "Hwy", "Circle", "Cir", "Trail", "Trl", "Crescent", "Cres", "Close", "Row", "Walk",
            "Gardens", "Gdns", "Mews", "Loop", "Alley", "Plaza", "Ridge", "Heights", "Hts", "Park", "Forges", "Forge",
            "Streets", "Route", "Rte", "Pike", "Crossing", "Expressway", "Freeway", "Turnpike", "Bypass", "Causeway",
            "Common", "Commons", "Green", "Grove", "Hollow", "Junction", "Landing", "Manor", "Meadows", "Meadow", "Mill",
            "Orchard", "Pass", "Path", "Point", "Port", "Ranch", "Shores", "Shore", "Springs", "Spring", "Station", "Summit",
            "Valley", "View", "Villa", "Village", "Ville", "Vista", "Wells", "Well", "Wharf", "Str",
            // in capitals, as statements, envelopes and court papers print them ("2207 PARKVIEW BLVD"); not the
            // words that all-capital clinical notes use otherwise ("2 HEAD CT", "2 MM ST ELEVATION", "4 DAYS IN COURT",
            // "2 HOUR DRIVE", "4 EAST LANE", "DR", "PL", "WAY", "ROAD")
            "STREET", "AVENUE", "AVE", "RD", "BOULEVARD", "BLVD", "TERRACE", "PARKWAY", "PKWY", "HIGHWAY", "HWY",
            "CRESCENT", "PLAZA");
    private static final String US_TYPES = factored(US_TYPE_WORDS);
    /**
     * The street types of the United Kingdom that are words of headlines and prose as often ("19 Orchard Rise", "15
     * Marine Parade", "3 Castle Wynd"; "Section 12 Castle Hill", "A 10 Mile Chase", "9 Piccadilly Circus stop"): taken only
     * before a town after a comma, a line's end or a postcode, and not after a section's, a page's or a year's word.
     * Not "Gate", "Yard", "Approach", "End", "Side", "Bank".
     */
    static final List<String> UK_TYPE_WORDS = List.of("Rise", "Parade", "Hill", "Chase", "Croft", "Quay", "Circus", "Esplanade",
            "Promenade", "Vale", "Embankment", "Broadway", "Wynd", "Brae", "Dene", "Garth", "Fold",
            // and in capitals, as letters in capitals print them ("9 BIRCH CLOSE, NEWBURY", "60 CHURCH ROAD, BOOTLE"), the
            // types the US list leaves out in capitals for all-capital clinical notes ("4 EAST LANE"); not those that are
            // such notes' words before a comma as often ("2 HOUR DRIVE, NO RELIEF", "4 DAYS IN COURT", "WAY", "PLACE", "HILL")
            "ROAD", "LANE", "GROVE", "CLOSE", "GARDENS", "MEWS", "RISE", "PARADE", "CROFT", "QUAY", "VALE");
    /** The first word of a German street named without a type: a preposition or an adjective of place ("Am", "Unter den"). */
    private static final String UNTYPED_STREET_START = "(?:Am|Im|An|Auf|Unter|Zum|Zur|Hinter|Vor|Neben|Beim|Bei|In|Alte[rs]?|Neue[rs]?"
            + "|Gro(?:ß|ss)e[rs]?|Kleine[rs]?|Lange[rs]?|Hohe[rs]?|Obere[rs]?|Untere[rs]?)";
    /** Endings of one-word German place names used as streets ("Lindenhof", "Sonnenfeld", "Marktgraben"). */
    private static final String UNTYPED_STREET_ENDS = "(?:hof|feld|berg|markt|garten|tor|kamp|wall|graben|höhe|hain|grund|winkel"
            + "|hang|steg|pfad|zeile|anger|heide|wiese|aue)";
    /** The street types before the name ("Via Franscini 71"), case as written: one list for the expression and its shortcut. */
    static final List<String> LEADING_TYPE_WORDS = List.of("Rua", "Avenida", "Av.", "Avda.", "Avda", "Calle", "C/", "c/", "Via",
            "Viale", "Piazza", "Piazzale", "Corso", "Vicolo", "Largo", "Strada", "Rue", "Avenue", "Boulevard", "Bd", "Chemin",
            "Allée", "Allee", "Impasse", "Quai", "Plaza", "Paseo", "Pasaje", "Camino", "Carrer", "Travessa", "Rambla", "Ulica",
            "ul.", "Aleja", "al.", "Calea", "Odos", "Leoforos", "C/.", "Ctra.", "Ctra", "Carretera", "Glorieta", "Travesía",
            "Travesia", "Passeig", "Plaça", "Avinguda", "Praça", "Laan",
            // Romanian, with the number after "nr." ("Str. Theodor Speranția nr. 104", "Bd. Nicolae Grigorescu nr. 29")
            "Str.", "Bd.", "Bdul.", "Bulevardul", "Aleea", "Splaiul", "Intrarea",
            // Indonesian's and Malay's abbreviations, Welsh ("Jl. Soekarno-Hatta No. 590", "Heol y Felin 9"; a nineteenth and a
            // twentieth held-out set's); not the words "Jalan", "Lorong", "Bulevar", "Ffordd", an event's, a show's, a fund's and
            // a strategy's as often ("Jalan Sehat 2024", "Lorong Waktu 5", "Ffordd Ymlaen 2025", a review's)
            "Jl.", "Jln.", "Heol", "Stryd");
    private static final String LEADING_TYPES = factored(LEADING_TYPE_WORDS);
    /**
     * After a lower-case "c/" ("c/ del Abedul 5-7", "c/ Doctor Esquerdo 46"), a capitalised name or a particle: "c/"
     * is also "every" or "with" in a prescription ("1 comprimido c/ día 3 veces" is no street).
     */
    private static final String LOWER_C_BEFORE_A_NAME = "(?:(?<!c/)|(?=\\s+(?:\\p{Lu}|(?:de|del|la|las|los|el)\\s)))";
    /** The words of "unit", case as written: one list for the expression and its shortcut. */
    static final List<String> UNIT_WORDS = List.of("Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Room", "Rm");
    /** Germanic, Nordic, Baltic, Finnish and Flemish street name endings, in lower case (matched ignoring case). */
    static final List<String> SUFFIX_WORDS = List.of("strasse", "straße", "gasse", "weg", "platz", "allee", "ring", "damm",
            "ufer", "steig", "vej", "gade", "allé", "alle", "vägen", "vagen", "gatan", "gata", "väg", "vag", "gränd", "grand",
            "katu", "tie", "kuja", "polku", "raitti", "tanav", "maantee", "puiestee", "iela", "gatve", "utca", "ulica", "laan",
            "straat", "plein", "gracht", "dreef", "kade", "singel", "stræde", "veien", "gaten", "vegen", "bakken", "vænget",
            "plads", "torvet", "stien", "baan", "dijk", "kaai",
            // Danish names in the definite form ("Ringgaden 112", "Strandvejen 4": a nineteenth held-out set's moving notice)
            "gaden", "vejen", "strædet", "pladsen",
            // Icelandic, in the dative as addresses write it too ("Laugarásvegi 12", "Borgartúni 25", "Hafnarstræti 88")
            "vegur", "vegi", "götu", "stræti", "braut", "túni", "stígur",
            // a German highway's name ("Wandsbeker Chaussee 214", a twenty-second held-out set's CV)
            "chaussee");
    private static final String SUFFIXES = factored(SUFFIX_WORDS);

    /**
     * Street types written as a word of their own after the name, before the number (Nordic, Dutch,
     * Hungarian, Slavic with Czech and Slovak squares and embankments, and German after an adjective: "Villacher Straße 89", "Potsdamer Platz 1"), in
     * lower case (matched ignoring case).
     */
    static final List<String> TYPE_WORDS = List.of("gate", "gata", "tee", "baan", "wei", "weg", "trg", "ulica", "cesta",
            "utca", "út", "útja", "tér", "tere", "u.", "krt.", "rkp.", "vej", "veien", "vegen", "gatan", "vägen", "straat",
            "laan", "plein", "str.", "strasse", "straße", "gasse", "platz", "allee", "damm", "odos", "sétány", "köz", "sor",
            "fasor", "allé", "stræde", "plads", "náměstí", "nábřeží", "třída", "námestie", "nábrežie",
            // Latvian and Lithuanian ("Brīvības bulvāris 34", "Ganību dambis 17a-9", "Elizabetes iela 45/47"; a twentieth held-out
            // set's court summons); not the abbreviations "g.", "pr.", "al.", read without case as a table's, a section's or a
            // citation's ("Table g. 2", "Section Pr. 4", "Et Al. 2005")
            "iela", "bulvāris", "dambis", "prospekts", "gatve", "šoseja", "chaussee");
    private static final String WORD_TYPES = factored(TYPE_WORDS);
    /** French and Arabic-French forms with the number first: "29 Rue de Tanger", "33 avenue de Provence". */
    private static final String PARTICLE = "(?:de|des|du|la|le|les|d'|l'|al|el|Al|El|La|Le|De)";
    /**
     * French street types, capitalised or not (the lower-case ones before a capitalised name); not "Bd", which the
     * expression before knows: a string of two letters would hide the types from the scanner, which looks for them first.
     */
    private static final String FRENCH_TYPES = "(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai"
            + "|[Cc]ours|[Ff]aubourg|[Vv]oie|[Ss]entier)";
    /** French street types that are English words too: only before a particle ("3 place du Commerce", not "5 Place Settings"). */
    private static final String FRENCH_TYPES_BEFORE_A_PARTICLE = "(?:[Pp]lace|[Rr]oute|[Ss]quare|[Pp]assage|[Pp]romenade|[Ee]splanade)";

    /*
     * Gates: cheap lookaheads that every match of the pattern after them passes (so they change no
     * match), put first so that a capitalised word not followed by the right shape of text is given up
     * in a few steps instead of after backtracking through every suffix or type word at every split.
     */
    /** Up to three letter runs, then spaces and a digit: what "street suffix and number" needs. */
    private static final String GATE_SUFFIX = "(?=[\\p{L}'-]++(?:\\s[\\p{L}'-]++){0,2}\\s+\\d)";
    /** One to three letter runs, a type word, then spaces and a digit: what "street name, type word, number" needs. */
    private static final String GATE_TYPE_WORD = "(?=(?:[\\p{L}'-]++[ \\t]){1,3}[\\p{L}.]++[ \\t]+\\d)";

    /** The particles inside a street's or person's name ("de", "del", "van", "von"), then no letter. */
    private static final String NAME_PARTICLE = "(?:de|del|la|las|los|el|y|e|di|da|do|dos|das|du|des|van|von|der|den|le|les)(?!\\p{L})";
    /**
     * An address after a form's label, in English, Spanish, French, German, Italian, Portuguese or Dutch
     * ("Domicilio: Calle Fuego 91, 1, 2.", "Home address: 12 Oak Street", "Dirección postal:", "Address
     * line 1:"), whatever its street looks like ("Teatinos 180", "Frexes No. 121 entre Miró y M. Lemus"):
     * the rest of the line (or the next line, after a label alone on its own), up to 160 characters,
     * ending before a line end (dots, commas and spaces before it left out), a tab or two spaces (a
     * table's next cell), a semicolon, or a dot or comma and the next label ("... 23, 1D. Localidad/
     * Provincia: Madrid", "... Bajo A. Tel.: 91..."); then grown like any street (a postal code and town
     * on the next line). It begins with a letter or a house number ("12bis", "12-14", "3º B"); a colon in
     * it only before a digit ("Nº: 5", "9:00"). Read in code after it matched ({@link #labelledAddress}):
     * where the label stands and whether the value looks like an address.
     */
    static final String LABELLED_ADDRESS = "\\b(?iu:address|addr|domicilio|domicile|direcci[oó]n|adresse|anschrift|wohnadresse"
            + "|indirizzo|residenza|residence|morada|endere[cç]o|adres|woonadres|postadres"
            // a Nigerian and an Indian form's ("Abode: Plot 7, Bodija Estate, Ibadan", a twenty-sixth held-out set's register)
            + "|abode"
            // Romania's ("Domiciliu: Str. Avram Iancu nr. 15, bl. B2", a twenty-seventh held-out set's drone registration)
            + "|domiciliu|domiciliul|adresa)"
            + "(?:[ \\t]+[\\p{L}\\d()]{1,15}){0,3}[ \\t]*:[ \\t]*(?:\\r?\\n[ \\t]*)?"
            + "(?<value>(?=\\d{1,6}(?:[-/]\\d{1,6})?(?:\\p{L}{1,3}|[\u00ba\u00aa\u00b0])?\\.?[ \\t,]+\\p{L}|\\p{L})"
            + "(?:[^\\n:@]|:(?=[ \\t]?\\d)){0,160}?[\\p{L}\\d\u00ba\u00aa\u00b0)])"
            + "(?=[ \\t.,;]*(?:\\r?\\n|$)|[ \\t]*[.,;][ \\t]+\\p{Lu}\\p{L}*(?:[ \\t/]{1,2}\\p{L}+){0,2}[ \\t]*\\.?[ \\t]*:"
            + "|[ \\t]{2,}|\\t|[ \\t]*;"
            // a sentence after it: "12 Oak Street. Patient is a 45 yo male" (a capitalised word, then a lower-case one
            // that is no particle of a name: "Av. Diego de León" goes on)
            + "|[ \\t]*\\.[ \\t]+\\p{Lu}\\p{Ll}*[ \\t]+(?!" + NAME_PARTICLE + ")\\p{Ll})";
    /**
     * Words that make the address after them a machine's, not a place's ("Email address:", "IP address:",
     * "Gateway address:"), in lower case.
     */
    private static final Set<String> NOT_A_PLACE = Set.of("mail", "e-mail", "email", "ip", "ipv4", "ipv6", "mac", "web", "url",
            "wallet", "server", "memory", "network", "bluetooth", "hardware", "host", "proxy", "gateway", "device", "base",
            "ethernet", "bitcoin", "return", "reply", "sender", "recipient", "broadcast", "multicast", "ram", "bind", "remote",
            "listen", "local", "loopback", "keynote", "opening", "closing", "welcome", "inaugural", "farewell", "to");
    /**
     * The street types written before the name and the Spanish parts of an address, in lower case, without a final
     * dot: one of them anywhere makes a value a street ("calle mayor 5", "Urb. Los Pinos").
     */
    private static final Set<String> STREET_WORDS = lowerWithoutDot(LEADING_TYPE_WORDS,
            List.of("s/n", "nº", "km", "piso", "planta", "bloque", "portal", "escalera", "apartado", "urbanización", "urb", "bajo"));
    /**
     * The street types written after the name, in lower case, without a final dot: one makes a value a street after a
     * capitalised word or a number ("Oak Street", "12 Street"; "5 years, Spring semester" is none); "Dr." and "St."
     * are left out ("Dr. Smith", "St. John").
     */
    private static final Set<String> TRAILING_STREET_WORDS = lowerWithoutDot(US_TYPE_WORDS, TYPE_WORDS).stream()
            .filter(w -> !w.equals("dr") && !w.equals("st")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The unit words in lower case: one makes a value a street before a number ("Apt 4", "Box 12"). */
    private static final Set<String> UNIT_WORDS_LOWER = lowerWithoutDot(UNIT_WORDS, List.of("box"));

    /**
     * Whether {@code text[from, to)} names a street: a word that is a street type (before or after the name: "Rue",
     * "Street", "vej") or ends in a street's ending ("Nørrebrogade", "Biltstraat"), and a digit (its number).
     */
    static boolean namesAStreet(CharSequence text, int from, int to) {
        boolean digit = false;
        boolean street = false;
        int w = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            digit |= Character.isDigit(c);
            if (Character.isLetter(c) || c == '/' && w >= 0) {
                if (w < 0) {
                    w = i;
                }
            } else if (w >= 0) {
                String word = text.subSequence(w, i).toString().toLowerCase(java.util.Locale.ROOT);
                street |= STREET_WORDS.contains(word) || TRAILING_STREET_WORDS.contains(word)
                        || SUFFIX_WORDS.stream().anyMatch(x -> word.length() > x.length() && word.endsWith(x));
                w = -1;
            }
        }
        return digit && street;
    }

    /** @return the words of the lists in lower case, a final dot left off ("Av." is "av"), as a value's words are compared */
    @SafeVarargs
    private static Set<String> lowerWithoutDot(List<String>... lists) {
        return java.util.stream.Stream.of(lists).flatMap(List::stream)
                .map(w -> w.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public StreetAddressRecognizer() {
        super(ENTITY, Category.LOCATION, List.of(
                NamedPattern.of("number and street type",
                        // on one line: a number ending a line is none of a street on the next ("June 11, 2083\n\nDear Dr.
                        // Rubenstein", "Record date: 2066-12-03\n\nCATH LAB REPORT\nSt. Vincent" were addresses)
                        // (a house's letter after a dash too: "41-C Main Boulevard", a nineteenth held-out set's Lahore letterhead)
                        "\\b\\d{1,6}(?:[A-Za-z]|-[A-Z](?![\\w-]))?(?:[ \\t]+" + NAME_WORD + "){1,4}[ \\t]+" + US_TYPES + "\\b\\.?", 0.7),
                // an envelope's street line in capitals with the types that clinical notes use otherwise ("2217 W BERRY ST APT 6"
                // over "FORT WORTH TX 76110", a twenty-seventh held-out set's collection letter; "2 MM ST ELEVATION" is none):
                // only over a line of a town, a state's code and a ZIP code
                NamedPattern.of("street in capitals over its town, state and ZIP", "\\b\\d{1,6}[A-Z]?[ \\t]+(?:[NSEW]{1,2}\\.?[ \\t]+)?"
                        + "(?:[A-Z][A-Z'.-]{0,30}[ \\t]+){1,3}(?:ST|DR|LN|CT|PL|WAY|RD|AVE|BLVD|CIR|TER|PKWY|HWY|TRL|LOOP|RUN|PATH|SQ"
                        + "|STREET|DRIVE|LANE|COURT|PLACE|ROAD)\\.?(?:[ \\t]+[NSEW]{1,2})?(?:[ \\t]+(?:APT|UNIT|STE|SUITE|#)[ \\t]*#?[A-Z0-9-]{1,6})?"
                        + "(?=[ \\t]*\\r?\\n[ \\t]*[A-Z][A-Z.'-]{1,30}(?:[ \\t][A-Z][A-Z.'-]{1,30}){0,2},?[ \\t]+(?:" + ZipCodeRecognizer.US_STATE_CODES
                        + ")[ \\t]+\\d{5}(?:-\\d{4})?\\b)", 0.8),
                // spaces bounded, and the word before read after a match (NOT_A_HOUSE_NUMBER_BEFORE), so that the scanner
                // looks for the types first: a leading lookbehind had it tried at every number (6% of all the expressions' time)
                NamedPattern.of("number and British street type", "\\b\\d{1,4}[A-Za-z]?(?:[ \\t]{1,3}(?!(?:Percent|Per|Point|Points|Times|Mile|Miles)\\b)"
                        + NAME_WORD + "){1,3}[ \\t]{1,3}"
                        + factored(UK_TYPE_WORDS) + "\\b(?=[ \\t]*(?:,[ \\t]*\\p{Lu}|\\r?\\n|$|[ \\t]+[A-Z]{1,2}\\d))", 0.7),
                // a numbered street: "300 E 57th St", "45 1st Street", "12 W 3rd Ave", "6618 SE 17th Ave"; only a street's own
                // types after the ordinal ("Seat 14 3rd Row", "Won 3 1st Place medals" are none)
                // (and a place's, a way's, a court's types after a direction: "18842 N 93rd Pl", a twenty-eighth held-out set's
                // HOA notice)
                // (a house's number of three digits or more there: "Team won 12 S 1st Place trophies", a review's)
                NamedPattern.of("numbered street", "\\b(?:(?=\\d{3})\\d{3,6}[A-Za-z]?[ \\t]+(?:[NS][EW]|[NSEW]\\.?|North|South|East|West)[ \\t]+" + ORDINAL
                        + "[ \\t]+(?:Place|Pl|Way|Court|Ct|Circle|Cir|Trail|Loop)\\b|\\d{1,6}[A-Za-z]?[ \\t]+(?:(?:[NS][EW]|[NSEW]\\.?|North|South|East|West)[ \\t]+)?"
                        + ORDINAL + "[ \\t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Terrace|Parkway|Pkwy)\\b)\\.?", 0.7),
                NamedPattern.of("street type then number",
                        "\\b" + LEADING_TYPES + LOWER_C_BEFORE_A_NAME + "(?:\\s+[\\p{L}'.-]{1,30}){1,5}?,?\\s+"
                        // "n.º 45", "nº 45", "n. 12" (Portuguese, Spanish, Italian)
                        + "(?:n\\.?[\u00ba\u00b0]?[ \\t]?(?=\\d))?(?:\\d{1,5}(?:-\\d{1,5})?(?:[A-Za-z]|[\u00ba\u00aa])?\\b|s/n(?![\\p{L}\\d]))", 0.65),
                NamedPattern.of("street suffix and number",
                        "(?<![\\p{L}])" + GATE_SUFFIX + "(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]){0,2}\\p{Lu}[\\p{L}'-]{0,30}" + wordThenSpace(SUFFIX_WORDS)
                        + "(?iu:" + SUFFIXES + ")\\s+\\d{1,5}[A-Za-z]?\\b", 0.6),
                NamedPattern.of("postal number, street, house number",
                        // the street's last word with a lower-case letter: not a clinical note's vital signs ("HR 104 RR 20")
                        // nor a birth date's year before an age ("DOB 04/09/1988   Age 36")
                        "(?<![\\w.,/-])\\d{3,6}[ \\t]{1,3}(?!Age\\b)(?:\\p{Lu}[\\p{L}'.-]{0,30}[ \\t]{1,2}){0,2}\\p{Lu}(?=[\\p{L}'.-]{0,29}\\p{Ll})"
                        // (no house's number begins with a zero: "Institution 003   Transit 04512", a bank's, a twenty-seventh
                        // held-out set's debit form)
                        + "[\\p{L}'.-]{1,30}[ \\t]{1,2}[1-9]\\d{0,4}[A-Za-z]?(?![\\w.,-]\\d|\\w)", 0.5),
                NamedPattern.of("street name, type word, number",
                        "(?<![\\p{L}])" + GATE_TYPE_WORD + "(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]){1,3}(?iu:" + WORD_TYPES + ")[ \\t]+\\d{1,5}[A-Za-z]?"
                        // (a building's letter after a slash: "Tátra utca 12/B.", a twenty-eighth held-out set's minutes)
                        + "(?:/[A-Za-z0-9]{1,3}(?![\\d\\p{L}]))?"
                        // and a flat's number after a dash ("Ganību dambis 17a-9")
                        + "(?:-\\d{1,4}(?![\\d\\p{L}]))?\\.?(?![\\d\\p{L}])", 0.6),
                NamedPattern.of("number, French street type, name",
                        "\\b\\d{1,5}[A-Za-z]?,?[ \\t]+(?:(?:Rue|Avenue|Av\\.?|Boulevard|Bd|Chemin|All[ée]e|Impasse|Quai|R[úu]a)[ \\t]+(?:" + PARTICLE
                        + "[ \\t]+)*|(?:rue|avenue|boulevard|chemin|r[úu]a)[ \\t]+(?:" + PARTICLE + "[ \\t]+)+)"
                        + "\\p{L}[\\p{L}'.-]{1,30}(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+)*\\p{Lu}[\\p{L}'.-]{1,30}){0,3}", 0.65),
                // the French types the pattern above does not know, "bis" and "ter" after the number, and a lower-case type
                // before a capitalised name without a particle: "8 bis boulevard Voltaire", "3 place du Commerce",
                // "12 rue Nationale", "17 allée d'Italie" (spaces counted, so that the scanner looks for the types first)
                NamedPattern.of("number, more French street types, name", "\\b\\d{1,5}[A-Za-z]?(?:[ \\t]{1,3}(?:bis|ter|quater))?,?[ \\t]{1,4}"
                        + "(?:(?:" + FRENCH_TYPES + "|[Rr]ond-[Pp]oint)[ \\t]+(?:" + PARTICLE + "[ \\t]+|[dl]')*"
                        + "|" + FRENCH_TYPES_BEFORE_A_PARTICLE + "[ \\t]+(?:" + PARTICLE + "[ \\t]+|[dl]')+)"
                        + "\\p{Lu}[\\p{L}'.-]{1,30}(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+|[dl]')*\\p{Lu}[\\p{L}'.-]{1,30}){0,3}", 0.65),
                // a Polish street without its number after a preposition of place ("do koleżanki na ul. Kościuszki", "w Sopocie
                // przy ul. Bohaterów Monte Cassino", a twenty-third held-out set's police report)
                NamedPattern.of("Polish street without its number", "(?<=(?<![\\p{L}])(?:na|przy|z|ze|od|do|obok|róg|w|we)[ \\t])"
                        + "(?:ul|al)\\.[ \\t]?\\p{Lu}[\\p{L}'-]{1,30}(?:[ \\t]+\\p{Lu}[\\p{L}'-]{1,30}){0,2}(?![\\p{L}\\d])", 0.6),
                // Italian types in lower case, after "in", "a", a colon or a line's start (not "sent via FedEx 2 days"):
                // "abita in via dei Mille 22", "via Roma, 12", "corso Francia 150/B"
                // ... or after a town and its comma ("residente ad Abano Terme, via Monteortone 48")
                NamedPattern.of("Italian street type in lower case", "(?:(?<=\\b(?:in|a|di|da|e)[ \\t])|(?<=[:;,\\n][ \\t]{0,3})|(?<![\\s\\S]))"
                        + "(?:via|viale|piazza|piazzale|corso|largo|vicolo|vico)[ \\t]+(?:(?:dei|degli|delle|del|della|di|de)[ \\t]+|d')?"
                        + "\\p{Lu}[\\p{L}'.-]{1,30}(?:[ \\t]+(?:(?:dei|degli|delle|del|della|di|de)[ \\t]+|d')?\\p{Lu}[\\p{L}'.-]{1,30}){0,3}"
                        // the number before a mark, or before the town after "a" ("abita in via Cavour 9 a Sant'Angelo Lodigiano",
                        // an eighteenth held-out set's dictated report)
                        + ",?[ \\t]+(?:n\\.[ \\t]?)?\\d{1,5}(?:/[A-Za-z0-9]{1,2}|[A-Za-z])?(?![\\p{L}\\d])(?:" + NUMBER_ENDS_A_PART
                        + "|(?=[ \\t]+(?:a|ad)[ \\t]+\\p{Lu})"
                        // or before a comma and the flat's interior, stair, floor ("residente in via Belzoni 61/C, int. 4", a
                        // twenty-third held-out set's; not the sentence going on: "in corso Python 3, livello intermedio", a
                        // course's, the review's)
                        + "|(?=,[ \\t]+(?:int\\.|interno|scala|sc\\.|piano)))", 0.65),
                // Swiss and Belgian French: the type in lower case, the name, then the number, after a residence's word, a
                // comma, a colon or a line's start ("domicilié chemin des Vignes 14, 1095 Lutry", "domiciliée avenue de
                // Marcelin 31"; not "la rue est fermée")
                NamedPattern.of("French type, name, number", "(?:(?<=\\b(?:domicili[ée]e?s?|demeurant|r[ée]sidant|habitant|domicile)[ \\t])"
                        + "|(?<=\\b(?:domicili[ée]e?s?|demeurant|r[ée]sidant|habitant)[ \\t](?:au|à|à la|à l'|a)[ \\t])|(?<=[:;,\\n][ \\t]{0,3})|(?<![\\s\\S]))"
                        + "(?:rue|avenue|boulevard|chemin|all[ée]e|impasse|quai|route|place|sentier|ruelle|promenade|passage)[ \\t]+"
                        + "(?:" + PARTICLE + "[ \\t]+|[dl]')*\\p{Lu}[\\p{L}'.-]{1,30}(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+|[dl]')*\\p{Lu}[\\p{L}'.-]{1,30}){0,3}"
                        + ",?[ \\t]+\\d{1,4}[a-z]?(?![\\p{L}\\d])" + NUMBER_ENDS_A_PART, 0.65),
                // German streets with their suffix shortened: "Hauptstr. 101", "Kaiser-Wilhelm-Str. 5" (one word: "Lange Str. 5"
                // is a type word's street; words before it would have the expression tried at every capital near a "str.")
                NamedPattern.of("abbreviated German street", "(?<![\\p{L}])\\p{Lu}[\\p{L}'-]{0,30}"
                        + "(?:str|Str)\\.[ \\t]*\\d{1,5}[A-Za-z]?(?![\\p{L}\\d])" + NUMBER_ENDS_A_PART, 0.65),
                // a street named without a type word, known by the postal code and town after it, as German, Austrian and
                // Swiss letters write it: "Am Waldrand 5, 12345 Berlin", "Unter den Linden 77, 10117 Berlin", "Im Winkel
                // 3a\n80331 München", "Lindenhof 3, 8001 Zürich"; beginning with a preposition or an adjective of place,
                // or one word with an ending of places ("Phase 3, 1200 Participants", "Trial 3, 12000 Patients" are none;
                // "Im Jahr 2019, 12345 Einwohner" has no house number: three digits at most; a round count is no postal
                // code: "Bahnhof 2, 10000 Fahrgäste")
                NamedPattern.of("street without a type, before its postal code", "(?<![\\p{L}\\d.-])(?:" + UNTYPED_STREET_START
                        + "(?:[ \\t](?:(?:den|der|dem|des|die|das)[ \\t])?\\p{Lu}[\\p{L}'-]{1,30}){1,2}"
                        + "|\\p{Lu}[\\p{L}'-]{0,24}" + UNTYPED_STREET_ENDS + ")[ \\t]\\d{1,3}[a-z]?"
                        + "(?=(?:,[ \\t]?|[ \\t]*\\n[ \\t]*)(?!\\d{1,2}000(?!\\d))(?:\\d{5}|(?!(?:19|20)\\d\\d)[1-9]\\d{3}(?:[ ]?[A-Z]{2})?)[ \\t]\\p{Lu}\\p{Ll})", 0.6),
                // and a street of Central Europe's or Iceland's, one or two words with a letter beyond ASCII, no type word, its
                // number (a flat's after a slash), a comma and a postal code of three and two digits, five or four ("Komenského
                // 412/7, 591 01 Žďár nad Sázavou", "Horní 88, 592 14 Nové Veselí": a twenty-eighth held-out set's vehicle
                // transfer; "Room 12, 2010 Kopavogur" has no such letter before its number)
                NamedPattern.of("street with letters beyond ASCII, before its postal code", "(?<![\\p{L}\\d.-])(?=[\\p{L}' -]{0,60}?[\\p{L}&&[^\\x00-\\x7F]])"
                        + "\\p{Lu}[\\p{L}'-]{1,30}(?:[ \\t]\\p{L}[\\p{L}'-]{1,30})?[ \\t][1-9]\\d{0,3}(?:/\\d{1,4})?[a-zA-Z]?"
                        // (not three digits alone, nor a round hundred: "Schüler 12, 150 Euro", "Počet účastníků 45, 120 Brno",
                        // "Größe 42, 1500 Stück", a review's)
                        + "(?=,[ \\t]?(?!\\d{1,2}00(?!\\d))(?:\\d{3}[ ]\\d{2}|\\d{5}|(?!(?:19|20)\\d\\d)[1-9]\\d{3})[ \\t]\\p{Lu}\\p{Ll})", 0.6),
                // Bulgarian, Ukrainian and Russian streets: the type's abbreviation, the name (in quotes or capitalised
                // words), the number (after "№", "буд.", "д." or a comma), then floor, flat, entrance ("ул. „Якубица“ № 19,
                // ет. 4", "вул. Наукова, буд. 7, кв. 56", "просп. Миру, буд. 41", "бл. 41, вх. Б, ет. 7, ап. 118")
                NamedPattern.of("Cyrillic street", "(?<![\\p{L}])(?:(?:ул|вул|бул|бульв|просп|пр-т|пл|пер|наб|ш)\\.[ \\t]?"
                        + "(?:„[^“”\"\\n]{1,40}[“”\"]|\\p{Lu}[\\p{L}'-]+(?:[ \\t]\\p{L}[\\p{L}'-]+){0,2})"
                        + ",?[ \\t]*+(?:№|буд\\.|д\\.)?[ \\t]*+\\d{1,4}+(?:[а-яіїєґ](?![\\p{L}])|/\\d{1,4}+)?(?!\\d|[.,]\\d)"
                        + "|бл\\.[ \\t]?\\d{1,4})"
                        + "(?:,[ \\t]*+(?:ет|ап|кв|вх|корп|оф|эт)\\.[ \\t]*+[\\dА-ЯІЇЄҐ]{1,4}(?![\\p{L}\\d]))*", 0.7),
                // a street named without a number where something happened ("on Stratford Road at its junction with Shaftmoor
                // Lane", "on Main Street East", "along Kingsway Avenue"; a twenty-first held-out set's subrogation letter and
                // accident benefits form): one to three capitalised words and a street's own type
                NamedPattern.of("street after on or a junction", "\\b(?:[Oo]n|[Aa]long|[Oo]nto|[Oo]ff|junction[ \\t]with|corner[ \\t]of)[ \\t]{1,3}"
                        // (not a drive, a close, a terrace or a crescent, words of business, computers and prose as often: "on USB
                        // Flash Drive", "on Month End Close", "the Red Crescent"; not a market's, a song's, a show's or an idiom's
                        // street, nor a title's words, "on Wall Street", "along Memory Lane", "Notes On Building The New Road":
                        // the review's)
                        + "(?<value>(?!(?:Wall|Memory|Sesame|Easy|Silk|Pit|Victory|Abbey|Madison|Mulholland|Penny|Electric|Skid)[ \\t])"
                        + "(?!(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]){0,2}(?:The|An?|And|Of|Now|For|To|In|At|By|On)[ \\t])"
                        + "(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]){1,3}"
                        + "(?:Road|Lane|Street|Avenue|Boulevard|Parkway|Highway)(?:[ \\t](?:East|West|North|South))?)"
                        + "(?![\\p{L}\\d])", 0.6),
                // a street in capitals with a type the clinical notes' capitals use otherwise ("DR", "CT", "PL", "WAY"), before its
                // unit or its town, state and ZIP code ("4417 SYCAMORE KNOLL DR APT 3B, MASON OH 45040", a twenty-second held-out
                // set's dispatch printout; "2 HOUR DRIVE, NO RELIEF" and "2 HEAD CT" have neither)
                // (its unit in the match, digits alone too: "APT 4" was cut to "APT", the review's; not "SQ", a dose's route:
                // "5000 UNITS SQ UNIT 4B")
                NamedPattern.of("street in capitals before its unit or ZIP code", "\\b\\d{1,6}[A-Z]?(?:[ \\t]+[A-Z][A-Z'.-]{1,30}){1,4}[ \\t]+"
                        + "(?:DR|CT|PL|WAY|LN|CIR|TRL|TER|PT|LOOP|XING|PKWY|ST|AVE|RD|BLVD|HWY)"
                        + "(?:[ \\t]+(?:APT|UNIT|STE|SUITE|LOT|#)[ \\t]*#?[A-Z0-9-]{1,6}\\b"
                        + "|(?=,?[ \\t]+[A-Z][A-Z'.-]{1,30}(?:[ \\t][A-Z][A-Z'.-]{1,30}){0,2},?[ \\t]+[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?\\b))", 0.65),
                // a British or Irish street without a number before its town and postcode ("Model Farm Road, Cork T12 K8AF",
                // "Station Road, Leeds LS1 4DY", a county between: a twenty-first held-out set's medication record): the postcode
                // makes the words before the town an address, not a title's (not a park, a court or a hill, an estate's or
                // an office's name as often)
                NamedPattern.of("street before its town and postcode", "(?<![\\p{L}\\d'-])"
                        // (not a label's or an office's words before the street: "Ship To Station Road", "Head Office Kings Way",
                        // the review's)
                        + "(?<value>(?!(?:The|An?|And|Of|For|To|In|At|By|On|Ship|Bill|Head|Customer|Delivery|Postal|Billing|Shipping"
                        + "|Invoice|Office|Address|Registered|Returns|Send|Post|Mail)[ \\t])(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]){1,3}"
                        + "(?:Road|Lane|Street|Avenue|Drive|Close|Way|Crescent|Terrace|Place|Grove|Gardens|Row|Square|Mews|Walk))"
                        + "(?=,[ \\t]{1,3}\\p{Lu}[\\p{L}'-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'-]{1,30}){0,2}"
                        + "(?:,[ \\t]{1,3}(?:Co\\.[ \\t])?\\p{Lu}[\\p{L}'-]{1,30})?,?[ \\t]{1,20}"
                        + "(?:" + ZipCodeRecognizer.UK_POSTCODE + "|(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)[ ][0-9AC-FHKNPRTV-Y]{4})(?![\\p{L}\\d-]))", 0.6),
                NamedPattern.of("street corner",
                        "(?i:the[ \\t]+)?(?i:corner)[ \\t]+of[ \\t]+[^\\n,;]{3,60}?[ \\t]+and[ \\t]+\\p{L}[\\p{L}'.-]{1,30}[ \\t]+\\p{L}[\\p{L}'.-]{1,30}", 0.6),
                NamedPattern.of("unit", "\\b" + alternation(UNIT_WORDS) + "\\.?\\s?#?\\d{1,5}[A-Za-z]?\\b", 0.45),
                NamedPattern.of("box", "\\b(?:P\\.?\\s?O\\.?\\s?Box|PSC|Unit)\\s+\\d{1,6}(?:,?\\s+Box\\s+\\d{1,6})?"
                        + "(?:,?\\s+(?:APO|FPO|DPO)\\s+A[AEP]\\s+\\d{5})?", 0.7),
                // a post office box in other languages ("Postbus 412", "Postfach 10 12 34", "Postboks 6000", "Apartado de
                // Correos 1020", "Casilla de Correo 45", "Caixa Postal 2201", "Skrytka pocztowa 45", "Case postale 123"; a
                // fifteenth held-out set's tax office letter)
                // (not "Apartado", "Casilla" alone: a law's section, a tax form's box, "Apartado 3 del artículo 14", "Casilla 505
                // del modelo 100"; two digits at least: "Postfach 2 ist voll" is a mailbox's)
                NamedPattern.of("post box", "(?<![\\p{L}])(?:Postbus|POSTBUS|Postfach|POSTFACH|Postboks|Apartado de Correos|Apartado Postal"
                        + "|Apdo\\. de Correos|Casilla de Correos?|Caixa Postal|Caixa postal|Skrytka pocztowa|Boîte postale|Case postale"
                        + "|Postilokero)[ \\t]+\\d{2,6}"
                        + "(?:[ ]\\d{2}){0,3}(?:-[A-Z])?(?![\\w-]|[.,]\\d)", 0.7),
                NamedPattern.of("military", "\\b(?:USNS|USNV|USS|USCGC)\\s+" + NAME_WORD + "(?:,?\\s+(?:APO|FPO|DPO)\\s+A[AEP]\\s+\\d{5})?", 0.6),
                NamedPattern.of("military post", "\\b(?:APO|FPO|DPO)\\s+A[AEP]\\s+\\d{5}\\b", 0.7),
                NamedPattern.of("labelled address", LABELLED_ADDRESS, 0.7),
                // a Polish housing estate's ("zam. os. Złotego Wieku 18/41", a twenty-seventh held-out set's probate inventory),
                // after a residence's word, a label's colon, a comma or at a line's start ("6 os." is six persons, the review's)
                NamedPattern.of("Polish estate", "(?<=(?:^|[\\n,:;]|zam\\.|zamieszka[łl][aey]?|adres)[ \\t]{0,3})os\\.[ \\t]+\\p{Lu}[\\p{L}-]{1,30}"
                        + "(?:[ \\t]+\\p{Lu}[\\p{L}-]{1,30}){0,3}[ \\t]+\\d{1,4}[A-Za-z]?(?:/\\d{1,4})?(?![\\w/-])", 0.7),
                // a Korean road-name address, romanised: the building's number, the road ("-ro", "-gil", "-daero") and its
                // district ("45, Gongdan-ro 474beon-gil, Seongsan-gu", a twenty-seventh held-out set's invitation letter)
                NamedPattern.of("Korean road-name address", "(?<![\\w,-])\\d{1,4}(?:-\\d{1,4})?,?[ \\t]+\\p{Lu}[a-z]{1,20}-(?:ro|gil|daero)"
                        + "(?:[ \\t]+\\d{1,4}(?:beon)?-gil)?(?:,[ \\t]+\\p{Lu}[a-z]{1,20}-gu)?(?![\\w-])", 0.75),
                // an Indian door number before its street ("No. 14, Usman Road, T. Nagar", the same set's SIM form), at a line's,
                // a field's or a clause's start (not "Invoice No. 14, Main Road project", the review's)
                NamedPattern.of("door number, then street", "(?<=(?:^|[\\n,:;(])[ \\t]{0,3})(?:No|NO)\\.[ \\t]?\\d{1,4}[A-Z]?(?:/\\d{1,4})?,[ \\t]+(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]+){1,3}"
                        + "(?:Road|Rd|Street|St|Salai|Main[ \\t]Road|Cross[ \\t]Road|Lane|Avenue|Nagar)\\b\\.?", 0.7),
                // a house's or a plot's number before its street's name, as Kenyan, Ghanaian and Pakistani addresses write them
                // (a nineteenth held-out set's: "Plot 4420, Kiambu Road", "House No. 7, Abease Street", "House 12, Lane 3")
                // (a numbered lane or street after a house's number only: "Plot 3, Sector 2 shows", a field trial's, the review's)
                NamedPattern.of("house or plot, then street", "(?<![\\p{L}])(?:(?:Plot|House|Bungalow|Villa|PLOT|HOUSE)(?:[ \\t]+(?:No\\.?|no\\.))?"
                        + "[ \\t]+\\d{1,5}[A-Za-z]?,[ \\t]+(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Crescent|Drive|Way|Boulevard|Highway)\\b\\.?"
                        + "|(?:House|HOUSE)(?:[ \\t]+(?:No\\.?|no\\.))?[ \\t]+\\d{1,5}[A-Za-z]?,[ \\t]+(?:Lane|Street|Road)[ \\t]+\\d{1,4}[A-Za-z]?(?![\\w-])"
                        // and an Indonesian or a Malay street with its number's "No." ("Jalan Sudirman No. 45"; not "Jalan Sehat
                        // 2024", "Lorong Waktu 5", an event's and a show's), a Serbian boulevard and its name's genitive in lower
                        // case ("Bulevar oslobođenja 104"; not "Bulevar Ventures Fund 2"; a second review's)
                        + "|(?:Jalan|Lorong)[ \\t]+(?:[\\p{L}'.-]{1,30}[ \\t]+){1,4}No\\.?[ \\t]?\\d{1,5}[A-Za-z]?(?![\\w-])"
                        + "|Bulevar[ \\t]+\\p{Ll}[\\p{L}]{2,30}[ \\t]+\\d{1,4}[A-Za-z]?(?![\\w-]))", 0.65),
                // Romanian's street in lower case, its name capitalised and its number after "nr." ("Cluj-Napoca, str.
                // Observatorului nr. 34", a seventeenth held-out set's; "as a str. Raises ValueError if more than 3" is
                // Python's, a review's). Estonian's "mnt" and "pst" were tried in the type words and left out: matched
                // ignoring case they read "Outlook PST 2016", "Linux mnt 2"
                NamedPattern.of("Romanian street in lower case", "(?<![\\p{L}])str\\.[ \\t]+\\p{Lu}[\\p{L}'-]{1,30}(?:[ \\t]+\\p{Lu}[\\p{L}'-]{1,30}){0,3}"
                        + "[ \\t]+nr\\.[ \\t]?\\d{1,5}[A-Za-z]?(?![\\p{L}\\d])", 0.65)),
                Set.of("address", "lives at", "live at", "located at", "located", "street", "residence", "home", "billing",
                        "shipping", "mailing", "office", "send"));
    }

    /** @return the words as alternatives of a group, dots taken literally */
    static String alternation(List<String> words) {
        return "(?:" + String.join("|", words.stream().map(w -> w.replace(".", "\\.")).toList()) + ")";
    }

    /**
     * The words as {@link #alternation} gives them, those with the same first character gathered
     * behind it, in their order ({@code (?:S(?:treet|t|...)|A(?:venue|ve|...)|...)}): an expression
     * then reads a position's first character against each first character once, not against each
     * word (95 street types, tried after every name word). It matches what the alternation matches,
     * taking the same word first: words with different first characters cannot both stand at one
     * position (ignoring case either: the lists' first characters are in lower case, each the case
     * folding of its own), and those with the same one keep their order.
     */
    static String factored(List<String> words) {
        Map<Character, List<String>> byFirst = new java.util.LinkedHashMap<>();
        for (String w : words) {
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
        }
        List<String> groups = new ArrayList<>();
        byFirst.forEach((first, rests) -> groups.add(first + alternation(rests)));
        return "(?:" + String.join("|", groups) + ")";
    }

    /**
     * A gate before a word of the list that a space ({@code \s}) follows: as many non-spaces as the
     * list's words have characters (a character beyond the BMP matches none of their letters, even
     * ignoring case, so a word matches as many code points as it has characters), then a space. At a
     * split of the name where no word of the list can end at the space, one look, not the list's
     * words one after another (which was most of the time of "street suffix and number").
     */
    static String wordThenSpace(List<String> words) {
        IntSummaryStatistics lengths = words.stream().mapToInt(String::length).summaryStatistics();
        return "(?=\\S{" + lengths.getMin() + "," + lengths.getMax() + "}\\s)";
    }

    /**
     * The words for a flat's door in a Spanish address, written after the floor ("2º Dcha.", "4º izq.", "Bajo
     * izquierda"); also read before a postal code ({@code PlaceRecognizer.partBeforeMark}). The floors' words are
     * the ground floor's alternative of {@link #NEXT_PART}.
     */
    static final Set<String> DOOR_WORDS = Set.of("izq", "izqda", "izqdo", "izda", "izdo", "iz", "izquierda", "dcha", "dch",
            "dcho", "drcha", "derecha", "ctro", "centro", "pta", "puerta");
    /** A door, any case, longest words first. */
    private static final String DOOR = "(?i:" + String.join("|", DOOR_WORDS.stream()
            .sorted(java.util.Comparator.comparing(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder())).toList())
            + ")\\.?(?![\\p{L}\\d])";
    /**
     * What follows a floor alone or a floor and a door's letter: no lower-case word, which would make them a
     * sentence's ("Street, 2. I called", "- 3° floor"); a door's number, a postal code or a town may ("3º 1ª",
     * "86, 3, B 28013 Madrid").
     */
    private static final String PART_ENDS = "(?![\\p{L}\\d])(?![ \\t]+\\p{Ll})";
    /**
     * Not a form's label: a word and a colon ("Telefon:", "E-mail:"), a word and one or two lower-case ones and a colon
     * at a line's start ("Codice fiscale:", "Date of birth:"; "Springfield Phone:" is a town and a label), a contact's
     * or place's word with one more and a colon ("Email Address:"), nor a word that labels a number without one
     * ("IBAN DE89...", "Fax 555", "E-mail a@b", "Tel 617-555-0100"; not "Tel Aviv"). "Mobile, AL 36602, Tel:" keeps its
     * town, "Madrid España E-mail:" its country. Possessive: read before every word of a place, a word split anew at
     * each letter (as "(?:[\\p{L}]+[ \\t]*){1,3}" may) cost more than the rest of the street recognizer.
     */
    private static final String NOT_A_LABEL = "(?!(?<=\\n[ \\t]{0,8})[\\p{L}'-]++(?:[ \\t]++\\p{Ll}[\\p{L}'-]*+){1,2}+[ \\t]*+\\.?[ \\t]*+:"
            + "|[\\p{L}'-]++[ \\t]*+\\.?[ \\t]*+:"
            + "|(?i:phone|telephone|tel|tel\u00e9fono|telefono|tfno|mail|mobile|m\u00f3vil|movil|cell"
            + "|address|city|state|zip|postcode|country|mrn|dob|name|date|web|website|url|contact)\\b(?:[ \\t]+\\p{L}+)?[ \\t]*\\.?[ \\t]*:"
            + "|(?i:iban|bic|swift|nif|nie|dni|bsn|pesel|ssn|nhs|vat|ust|fax|e-?mail|p\\.?[ \\t]?iva|c\\.f)(?![\\p{L}\\d])"
            // a phone's word before its number (not "Tel Aviv")
            + "|(?i:tel|telephone|phone|ph)\\.?[ \\t]*+(?:[\\d+(]|\\r?\\n|$))";
    /**
     * After the house number of a street found by a word that is not always a street's (Italian "via", German "str."):
     * a mark (a comma before a number or a capital), a line's end, a postal code or the text's end, not a word ("sent
     * via UPS 2-day air", "Log in via Google 2 times", "sign in via Microsoft 365, then", "Illustr. 12 shows"). Still
     * taken: "Log in via Office 365." at a sentence's end.
     */
    private static final String NUMBER_ENDS_A_PART = "(?=[ \\t]*+(?:,[ \\t]*+(?:\\d|\\p{Lu}|$)|[.;:)\\n\\r]|\\d{4,5}(?!\\d)|$))";
    /** A capitalised word of a place's name, a dot only inside it. */
    private static final String PLACE_WORD = "\\p{Lu}(?:[\\p{L}'()-]|\\.(?=[\\p{L}'()-])){1,30}";
    /**
     * After a place's word: not one or two capitals before a digit, a British postcode's beginning ("BS8 2XY", "SW1A 1AA":
     * the postal code recognizer's); "E-" before a Spanish postal code stays ("45 E-11500 Cádiz").
     */
    private static final String BRITISH_POSTCODE_NOT = "(?!(?<=[^\\p{L}]\\p{Lu}{1,2})\\d)";
    /** A house number before a street found without one ("3482 Via Franscini 71"). */
    static final Pattern HOUSE_NUMBER_BEFORE = Pattern.compile("(?<![\\w-])\\d{1,6}(?:[ \\t]\\d{1,6})?[ \\t]{1,4}$");
    /**
     * One more part of the same address after a street: a separator, then a unit (or a Spanish floor
     * and door), a capitalised
     * place word (city, region, country), a postal code (not followed by more digit groups: that is a
     * phone number), or a two-letter region.
     */
    static final Pattern NEXT_PART = Pattern.compile(
            "^(?:[ \\t]{1,8}|[ \\t]*[,>\\u00b7?|][ \\t]*|[ \\t]*\\n[ \\t]*|[ \\t]*-[ \\t]*(?=\\d{1,2}(?:[.]?[º°ª]|[A-Z](?![\\p{L}\\d]))))"
            // (a mobile home park's lot or space: "4417 Kalamazoo Ave SE, Lot 62")
            // (a unit's letter before its digits, "Apt B204"; Singapore's floor and unit, "#14-01", "#08-117", a twenty-fifth
            // held-out set's)
            + "(?:(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Box|Lot|Space|Apto|Dpto|Piso|Puerta|Appt|APPT|appt|ap(?=\\.))\\.?:?[ \\t]?#?[A-Z]?|#[ ]?)"
            + "\\d{1,5}(?:-\\d{1,4}(?![\\d-]))?[A-Za-z]?"
            // a unit of one capital letter ("4545 Fisher Rd, Suite D", "19725 Lindbergh Ln, Unit B"; read as a place's word before)
            + "|(?:Apt|Apartment|Suite|Ste|Unit|Flat|Apto|Appt)\\.?[ \\t]?[A-Z](?![\\p{L}\\d'])"
            // a street's compass point after its type, before a comma or the line's end ("1148 Lakeshore Rd E, Mississauga")
            + "|[NSEW](?=[ \\t]*(?:[,;\\r\\n]|$))"
            // a Spanish floor and door after the house number: "Calle Mayor, 23, 6 A", "4º izq.", "2º Dcha.", "3.º C",
            // an ordinal floor alone ("28-1º", "4 - 6°"), a floor and a door after a comma or dot ("86, 3, B", "3, 2. A"),
            // the ground floor ("Bajo izq.")
            // a French floor ("3e étage"), before the Spanish floor and door would take its "3e"
            + "|\\d{1,2}(?:e|er|ème)[ \\t]étage(?![\\p{L}])"
            + "|\\d{1,2}(?:[.]?[º°ª])?(?:[ \\t]?[A-Za-z](?![\\p{L}\\d])|[ \\t]?" + DOOR + ")"
            + "|\\d{1,2}[.]?[º°ª]" + PART_ENDS
            + "|\\d{1,2}[ \\t]*[,.][ \\t]*[A-Z]" + PART_ENDS
            + "|(?:Bajo|Entlo|Pral|Ático|Atico)\\.?(?:[ \\t]" + DOOR + ")?(?![\\p{L}\\d])"
            // a flat, a staircase, a box or a building in other languages ("lgh 1203", "leil. H0304", "boîte 3", "bus 3",
            // "scala B", "int. 6", "pta. 9", "m. 117", "bât. B"), a Danish floor and side ("2. th.", "st. tv."), a German
            // floor ("2. OG links", "EG rechts")
            + "|(?i:lgh|leil|boîte|bte|bus|scala|int|interno|pta|m|whg|lok|bât|bat|esc|escalier|oppgang|porta)\\.?[ \\t]?"
            + "(?:[A-Z]?\\d{1,5}[A-Za-z]?|[A-Z])(?![\\p{L}\\d])"
            + "|(?:st|kl|\\d{1,2})\\.[ \\t]?(?:th|tv|mf)\\.?(?![\\p{L}\\d])"
            + "|(?:\\d{1,2}\\.[ \\t]?(?:OG|Obergeschoss|Etage|Stock)|EG|DG|Erdgeschoss|Dachgeschoss)"
            + "(?:[ \\t]+(?:links|rechts|mitte|li\\.|re\\.))?(?![\\p{L}\\d])"

            // a place's words, but not a label's ("...IL 62704\nPhone: 555", "Madrid E-mail: a@b", "Email Address:")
            // (a dot inside a word, "St.Gallen", or after the last: "Hauptstraße 12, 10115 Berlin. Wir bitten" is no "Berlin. Wir")
            // a Latvian or Lithuanian postal code, before a place's word would take its letters ("Rīga, LV-1050"); not
            // Indonesia's neighbourhood units ("No. 12B, RT 004/RW 010")
            + "|L[VT]-\\d{4,5}(?!\\d)"
            + "|(?!R[TW][ \\t]\\d)" + NOT_A_LABEL + PLACE_WORD + BRITISH_POSTCODE_NOT + "(?:[ \\t]" + NOT_A_LABEL + PLACE_WORD + BRITISH_POSTCODE_NOT + "){0,3}\\.?"
            // a region's two letters, not a British postcode's first two ("BS8 2XY": the postal code recognizer's; nor a
            // place's word, BRITISH_POSTCODE_NOT)
            + "|(?!R[TW][ \\t]\\d)[A-Z]{2}(?![\\p{L}\\d])|\\d{4,6}(?:-\\d{3,4})?(?![\\d-]|[ \\t]\\d)|\\d{3}[ \\t]\\d{2}(?!\\d|[ \\t]\\d)"
            // a Polish postal code ("80-831 Gdańsk")
            + "|\\d{2}-\\d{3}(?![\\d-]))");
    /**
     * What a house number may carry right after it, before the parts that follow: a letter ("Storgatan 12 B"), bis
     * or ter, a flat ("Długiej 12 m. 4", "12 lgh 1102", "Hämeenkatu 5 as. 12", "Mannerheimintie 112 B 15"), a second
     * number or an Austrian staircase and door ("12/4", "Bischofstraße 11/2/8"), Brazil's thousands after a dot before a
     * comma ("Rua Padre Anchieta, 2.315, ap. 44") or a floor in Roman numerals
     * ("Keizersgracht 123-II").
     */
    static final Pattern HOUSE_NUMBER_TAIL = Pattern.compile(
            "^(?:(?:/\\d{1,4}[A-Za-z]?){1,2}|\\.\\d{3}(?=[ \\t]*(?:[,;\\r\\n]|$))|-(?:[IVX]{1,4}|hg|bg|huis)|[ \\t](?:bis|ter|hs|huis"
            // a Finnish staircase and flat ("Mannerheimintie 112 B 15"), not before a Swedish postal code's second group
            + "|[A-Z][ \\t]\\d{1,3}(?!\\d)(?![ \\t]\\d{2}(?!\\d))"
            + "|[A-Z](?![ \\t]+\\p{Ll})"
            + "|(?:m\\.|lgh|lok\\.|app\\.?|as\\.)[ \\t]?\\d{1,5}))"
            // not the country of "45 E-11500", nor the Italian "e" of "Via Roma 12 E poi"
            + "(?![\\p{L}\\d]|-\\d)");

    /** The words before a number that is no house number ("Section 12 Castle Hill", "In 2012 Primrose Hill"). */
    private static final Pattern NOT_A_HOUSE_NUMBER_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:section|chapter|page|table|top"
            + "|in|figure|part|step|no\\.?|rule|article|item|room|platform|route|by|of|model|exhibit|fig\\.|appendix)[ \\t]$");

    /** Streets found by the patterns, grown over their house number and the parts that follow them. */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        // the shortcuts read the characters of the text (a read through an engine's text costs a call
        // and a count each, one of a String a check); the expressions still read the text given, which
        // may enforce a deadline
        char[] plain = text.toString().toCharArray();
        int[][] starts = StreetShortcuts.wordStarts(plain);
        List<RecognizerResult> found = analyze(text, (k, action) -> forEachMatch(k, text, plain, starts,
                patterns().get(k).name().equals("labelled address") ? m -> {
                    if (labelledAddress(text, m.start(), m.start("value"), m.end("value"))) {
                        action.accept(m);
                    }
                } : patterns().get(k).name().equals("number and British street type") ? m -> {
                    int from = Math.max(0, m.start() - 12);
                    if (!NOT_A_HOUSE_NUMBER_BEFORE.matcher(text.subSequence(from, m.start())).find()) {
                        action.accept(m);
                    }
                } : patterns().get(k).name().equals("number and street type") ? m -> {
                    // a house's letter after a dash, not a figure's or a table's part ("Figure 3-B Main Street view", the review's)
                    int dash = m.group().indexOf('-');
                    if (dash < 0 || dash > 6 || !NOT_A_HOUSE_NUMBER_BEFORE.matcher(text.subSequence(Math.max(0, m.start() - 12), m.start())).find()) {
                        action.accept(m);
                    }
                } : action));
        List<RecognizerResult> before = beforePostalCodes(text.toString(), plain);
        if (!before.isEmpty()) {
            found = new ArrayList<>(found);
            found.addAll(before);
        }
        List<RecognizerResult> out = new ArrayList<>(found.size());
        // one matcher each for the whole text, its region the window a street's neighbourhood is read in
        Matcher numberBefore = HOUSE_NUMBER_BEFORE.matcher(text);
        Matcher next = NEXT_PART.matcher(text);
        Matcher tail = HOUSE_NUMBER_TAIL.matcher(text);
        Matcher unit = UNIT_BEFORE.matcher(text);
        for (RecognizerResult r : found) {
            if (r.explanation().contains("'unit'")) {
                out.add(r);
                continue;
            }
            int start = r.start();
            start -= unitAndSlash(text, start);
            if (numberBefore(text, start)) {
                start -= houseNumberBefore(numberBefore, start);
            }
            if (start > 0 && unitMayStandBefore(text, start)) {
                unit.region(Math.max(0, start - 24), start);
                if (unit.find()) {
                    start = unit.start(); // "Flat 2, 19 Victoria Road", "Apt 4B, 221 Baker Street"
                }
            }
            int end = r.end();
            if (end < text.length() && Character.isDigit(text.charAt(end - 1))) {
                tail.region(end, Math.min(text.length(), end + 12));
                if (tail.lookingAt()) {
                    end = tail.end();
                }
            }
            for (int parts = 0; parts < 6 && end < text.length(); parts++) {
                if (!partAt(text, end) || sentenceAfterADot(text, end) || end < text.length() && text.charAt(end) == '.'
                        && sentenceAfterADot(text, end + 1) || fullStopAfterAWord(text, end)) {
                    break;
                }
                int part = nextPart(next, end, text.length());
                if (part < 0 || end + part - r.start() > 200 || lineStartsWithoutAPlace(text, end, end + part)) {
                    break;
                }
                end += part;
            }
            if (fullStop(text, end)) {
                end--; // the sentence's, not the street's: "12 Oak Street." (an abbreviation's stays: "Bajo izq.")
            }
            double score = end > r.end() || start < r.start() ? Math.max(r.score(), 0.7) : r.score();
            out.add(new RecognizerResult(r.entityType(), start, end, score,
                    end > r.end() ? r.explanation() + ", with the parts that follow" : r.explanation()));
        }
        return withoutContained(out);
    }

    /**
     * A postal code after a comma and a blank, as Europe writes them: four to six digits (Belgium, Austria, Denmark,
     * Norway, Hungary; Germany, France, Spain, Italy, Croatia, Finland; Romania), three and two (Sweden, Czechia,
     * Slovakia, Greece), two and three (Poland), four and three (Portugal), four and two letters (the Netherlands), a
     * country's letters and a dash first ("LT-44280", "LV-1010", "CH-8001"); then a blank and a capital, the town's.
     */
    private static final Pattern POSTAL_CODE_AND_TOWN = Pattern.compile(",[ \\t]?(?:[A-Z]{1,2}-)?(?<code>\\d{4,6}|\\d{3}[ ]\\d{2}"
            + "|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4}[ ][A-Z]{2})(?![\\d-])[ \\t]+(?<town>\\p{Lu}[\\p{L}'-]+)");
    /**
     * A street written with no type word the recognizer knows, its name then its house number, the whole of what stands
     * before a postal code's comma ({@link #POSTAL_CODE_AND_TOWN}): one to five words, each capitalised ("Ilica",
     * "Liisanpuisto", "Masarykova") or a short word in small letters between them ("Place du Marché", "Trg bana
     * Josipa Jelačića", "Brīvības iela", "Vytauto g.", "Fehérvári út"); the house number with a letter, a flat after a
     * slash or a dash, a staircase and a flat ("64B", "5/III", "15-3", "33 B 14"). Words joined by single blanks: a
     * wider gap is a column's or a heading's.
     */
    private static final Pattern NAME_AND_HOUSE_NUMBER = Pattern.compile("(?<![\\p{L}\\d.'-])\\p{Lu}\\p{Ll}[\\p{L}'.-]*"
            + "(?:[ ](?:\\p{Lu}\\p{Ll}[\\p{L}'.-]*|" + StreetAddressRecognizer.SMALL_STREET_WORDS + "))"
            + "{0,4}[ ]\\d{1,4}[A-Za-z]?(?:[/-][\\dA-Za-z]{1,4}|[ ][A-Z][ ]\\d{1,3})?$");
    /**
     * The words in small letters inside a street's name ("Place du Marché", "Trg bana Jelačića", "Brīvības iela", "Vytauto
     * g.", "Fehérvári út", "Storgatan"'s Swedish "gatan" written apart): particles and street words, no others, so that a
     * sentence's words before a street are not read as its name ("Sie wohnt Am Waldrand 5").
     */
    static final String SMALL_STREET_WORDS = "(?:de|du|des|la|le|les|di|da|do|dos|das|del|della|van|von|der|den|dem|bana|kralja"
            + "|iela|g\\.|gatv\u0117|\u00fat|utca|t\u00e9r|k\u00f6r\u00fat|ul\\.|ulica|al\\.|n\u00e1m\\.|t\u0159\\.|str\\.|gatan|gata|gate|vej|vei|veien|katu|tie|tee|mnt\\.)(?![\\p{L}.])";
    /** Street words of such names, which vouch for a street when its town is not in the gazetteer. */
    private static final Pattern STREET_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:place|plein|platz|pl\\.|trg|ulica|ul\\.|rue|via|piazza"
            + "|plaza|pra\u00e7a|rua|iela|g\\.|\u00fat|utca|t\u00e9r|gatan|gata|gate|vej|vei|veien|katu|tie|tee|n\u00e1m\\.|n\u00e1m\u011bst\u00ed|t\u0159\\.)(?!\\p{L})");
    /** A year where a four-digit postal code would stand, after a month's name: a date ("Signed June 3, 2024 Berlin"). */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** The first letters of months' names in the languages of the postal codes above. */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?iu)(?:jan|feb|f\u00e9v|mar|m\u00e4r|apr|avr|abr|may|mai|mei|mag|jun|juin|giu|jul|juil"
            + "|lug|aug|ao\u00fb|ago|sep|set|oct|okt|ott|out|nov|dec|dez|d\u00e9c|dic)\\p{L}*\\.?[ ]\\d{1,2}$");

    /** The words a document, a list or a count numbers ("Table 4", "Order 4471"): no street's name alone. */
    private static final Set<String> NUMBERED_THINGS = Set.of("table", "tab", "figure", "fig", "article", "art", "section",
            "chapter", "survey", "order", "invoice", "page", "item", "phase", "trial", "version", "room", "case", "appendix",
            "annex", "schedule", "step", "part", "grade", "level", "class", "year", "week", "day", "line", "row", "column",
            "box", "lot", "exhibit", "paragraph", "clause", "rule", "question", "no", "number", "ticket", "report", "study",
            "group", "cohort", "wave", "round", "stage", "session", "lesson", "batch", "model", "type", "series", "volume",
            "issue", "edition", "plan", "project", "task", "test", "sample", "chart", "slide", "note", "footnote", "gate",
            "platform", "seat", "flight", "bus", "route", "tabelle", "abbildung", "artikel", "kapitel", "seite", "tableau",
            "figura", "tabla", "tabella", "pagina", "página", "capitolo", "capítulo", "abschnitt");

    /** @return whether a street's name is one word of {@link #NUMBERED_THINGS}, or one word and a year ("Survey 2024") */
    private static boolean oneWordNotAStreet(String name) {
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0 && !name.substring(space + 1).matches("\\d.*")) {
            return false;
        }
        String word = name.substring(0, space).toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return NUMBERED_THINGS.contains(word) || YEAR.matcher(name.substring(space + 1)).matches();
    }

    /** @return whether a word in small letters follows {@code at} on its line ("2000 Berlin residents": a count's noun) */
    private static boolean lowerWordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > at && i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /**
     * Streets without a type word, known by what follows them: a postal code and a town of the gazetteer ("Ilica 178,
     * 10000 Zagreb", "Liisanpuisto 1, 33540 Tampere", "Place du Marché 8, 4020 Jupille", "Masarykova 12, 602 00 Brno").
     * Found from each comma a digit follows, so a text without one costs a look at its commas; the town must be
     * listed or the name hold a street's word, so that "Phase 3, 1200 Participants" is none.
     */
    private static List<RecognizerResult> beforePostalCodes(String text, char[] plain) {
        List<RecognizerResult> out = new ArrayList<>();
        Matcher code = null;
        Matcher street = null;
        char[] buffer = null;
        int n = plain.length;
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
            int d = comma + 1 < n && (plain[comma + 1] == ' ' || plain[comma + 1] == '\t') ? comma + 2 : comma + 1;
            if (d >= n || !(StreetShortcuts.digit(plain[d]) || d + 2 < n && plain[d] >= 'A' && plain[d] <= 'Z'
                    && (plain[d + 1] == '-' || plain[d + 2] == '-')) || comma < 3 || !StreetShortcuts.digit(plain[comma - 1])
                    && !Character.isLetter(plain[comma - 1])) {
                continue;
            }
            if (code == null) {
                code = POSTAL_CODE_AND_TOWN.matcher(text);
                street = NAME_AND_HOUSE_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
                buffer = new char[64];
            }
            code.region(comma, n);
            if (!code.lookingAt()) {
                continue;
            }
            // the street: from where its field begins (a line, a comma, a colon, a bracket, a tab, a bar) to the comma
            int from = comma;
            while (from > 0 && comma - from < 80 && "\n\r,;:(|\t".indexOf(plain[from - 1]) < 0) {
                from--;
            }
            street.region(from, comma);
            if (!street.find()) {
                continue;
            }
            String name = street.group();
            if (YEAR.matcher(code.group("code")).matches() && MONTH_BEFORE.matcher(name).find()) {
                continue; // a month, a day and a year: a date
            }
            if (oneWordNotAStreet(name) || lowerWordAfter(text, code.end("town"))) {
                continue; // "Table 4, 2000 Berlin", "Survey 2024, 1500 Berlin", "Article 5, 1000 Brussels residents"
            }
            if (!Cities.town(text, code.start("town"), code.end("town"), buffer) && !STREET_WORD.matcher(name).find()) {
                continue; // neither a listed town after it nor a street's word in it
            }
            out.add(new RecognizerResult(ENTITY, street.start(), comma, 0.6, "pattern 'street before a postal code and a listed town'"));
        }
        return out;
    }

    /**
     * Whether a match of {@link #LABELLED_ADDRESS} is an address: its label begins a line, a table's cell
     * or a sentence ("1. Address:", "Patient: Ana Ruiz. Domicilio:"), with at most one word before it
     * ("Home address:"), which is not a machine's ({@link #NOT_A_PLACE}: "Email address:", "Gateway
     * address:"; a label joined to a word by a dash or slash, "E-Mail-Adresse:", has a character
     * other than a space before it); and its value ({@link #streetLike}) holds a digit and a street's word or a
     * number next to a capitalised word ("Teatinos 180", "12 Oak", "Gonzalez 264"). Not "Items to address: 2
     * issues", "Keynote address: Dr. Smith at 9 am", "Address: see page 4", "Domicilio: desconocido desde
     * 2019", "Address: fe80 1 link".
     */
    static boolean labelledAddress(CharSequence text, int label, int start, int end) {
        int i = label;
        while (i > 0 && StreetShortcuts.blank(text.charAt(i - 1))) {
            i--;
        }
        int wordEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i < wordEnd && NOT_A_PLACE.contains(text.subSequence(i, wordEnd).toString().toLowerCase(java.util.Locale.ROOT))) {
            return false; // one word before the label, a machine's
        }
        return fieldStart(text, i < wordEnd ? i : label, ".;)") && streetLike(text, start, end);
    }

    /**
     * Whether a field begins at {@code i}: at the text's start, or after spaces and a line end, tab or bar, or
     * after one of {@code marks} and at least one space (a sentence's dot, a list's semicolon, a label's colon).
     * Shared with the name recognizer's "Surname, Firstname".
     */
    static boolean fieldStart(CharSequence text, int i, String marks) {
        int j = i;
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\u00a0')) {
            j--;
        }
        if (j == 0) {
            return true;
        }
        char before = text.charAt(j - 1);
        return before == '\n' || before == '\r' || before == '\t' || before == '|' || j < i && marks.indexOf(before) >= 0;
    }

    /**
     * Whether {@code text[start, end)} holds a digit or "s/n", and: a street type written before the name or a
     * Spanish part of an address anywhere ("calle", "Av.", "s/n", "km", "piso"), a street type written after the
     * name after a capitalised word or a number ("Oak Street"), a unit word before a number ("Apt 4"), or a
     * number next to a capitalised word.
     */
    private static boolean streetLike(CharSequence text, int start, int end) {
        boolean digit = false;
        for (int i = start; i < end && !digit; i++) {
            digit = StreetShortcuts.digit(text.charAt(i)) || i + 3 <= end && "s/n".equalsIgnoreCase(text.subSequence(i, i + 3).toString());
        }
        if (!digit) {
            return false;
        }
        List<int[]> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (tokenBreak(c) || c == '-') { // a dash inside a token, as in "12-14", but none begins one
                i++;
                continue;
            }
            int from = i;
            while (i < end && !tokenBreak(text.charAt(i))) {
                i++;
            }
            tokens.add(new int[] {from, i});
        }
        for (int k = 0; k < tokens.size(); k++) {
            int from = tokens.get(k)[0];
            int to = tokens.get(k)[1];
            String word = text.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            boolean afterName = k > 0 && (capitalised(text, tokens.get(k - 1)) || houseNumber(text, tokens.get(k - 1)[0], tokens.get(k - 1)[1]));
            boolean beforeNumber = k + 1 < tokens.size() && houseNumber(text, tokens.get(k + 1)[0], tokens.get(k + 1)[1]);
            if (STREET_WORDS.contains(bare) || afterName && TRAILING_STREET_WORDS.contains(bare)
                    || beforeNumber && UNIT_WORDS_LOWER.contains(bare)) {
                return true;
            }
            if (houseNumber(text, from, to)
                    && (k > 0 && capitalised(text, tokens.get(k - 1)) || k + 1 < tokens.size() && capitalised(text, tokens.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** What parts a labelled address's words ({@link #streetLike}): spaces, commas, semicolons, parentheses. */
    private static boolean tokenBreak(char c) {
        return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '(' || c == ')';
    }

    /** A house number: digits, maybe after "#", a range or fraction, and up to three letters or an ordinal sign ("12", "#66", "5-7", "1/2", "12bis", "18ª", "8C"). */
    private static boolean houseNumber(CharSequence text, int from, int to) {
        int i = from < to && text.charAt(from) == '#' ? from + 1 : from; // "#66"
        from = i;
        while (i < to && StreetShortcuts.digit(text.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        int letters = 0;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '/' || c == '-' || StreetShortcuts.digit(c))) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters <= 3;
    }

    /** Whether a token begins with an upper-case letter and holds no digit ("Teatinos", "No.", "Oak"). */
    private static boolean capitalised(CharSequence text, int[] token) {
        if (!Character.isUpperCase(text.charAt(token[0]))) {
            return false;
        }
        for (int i = token[0]; i < token[1]; i++) {
            if (StreetShortcuts.digit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PARTICLE_AT = Pattern.compile(NAME_PARTICLE);

    /**
     * Whether the dot at {@code end - 1} is a full stop: the text or its line ends after it, or a capital follows it
     * after spaces, and a number or a word of two letters or more that is no abbreviation of an address
     * stands before it ("12 Oak Street.", "Calle Mayor 5.", "Den Haag."; not "Bajo izq.", "Main St.", "Apt 4B.").
     */
    static boolean fullStop(CharSequence text, int end) {
        int n = text.length();
        if (end < 2 || text.charAt(end - 1) != '.' || end < n && !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int after = end;
        while (after < n && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after < n && !Character.isUpperCase(text.charAt(after)) && text.charAt(after) != '\n' && text.charAt(after) != '\r') {
            return false; // the sentence goes on ("Szent István tér 12. now"), or the address ("Apto. 116", "5. 28001 Madrid")
        }
        int i = end - 1;
        if (Character.isDigit(text.charAt(i - 1))) {
            return true;
        }
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return end - 1 - i > 1 && !ABBREVIATIONS.contains(text.subSequence(i, end - 1).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The words of an address written with a dot for short, in lower case: types, units, doors ("St.", "Avda.",
     * "izq.", "Dto."); not whole words ("Road.", "Lane.", "Calle.": a sentence's full stop).
     */
    static final Set<String> ABBREVIATIONS = java.util.stream.Stream.concat(DOOR_WORDS.stream().filter(w -> w.length() <= 5),
            java.util.stream.Stream.of("st", "ave", "av", "avda", "rd", "dr", "blvd", "ln", "ct", "pl", "sq", "hwy", "pkwy", "cir",
                    "ter", "apt", "ste", "rm", "fl", "bldg", "dto", "esq", "esc", "bl", "blq", "urb", "apto", "dpto", "no", "nr",
                    "nº", "str", "u", "krt", "rkp", "ctra", "pza", "pje", "trav", "c"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a sentence begins after the dot at {@code end - 1}: spaces, a capitalised word, a space and a
     * lower-case letter ("12 Oak Street. Patient is a 45 yo male"; "12 Oak St. Springfield, IL" goes on).
     */
    /** Words of four letters or more that an address abbreviates with a dot ("Blvd.", "Avda."): no sentence's end. */
    private static final Set<String> LONG_ABBREVIATIONS = Set.of("blvd", "pkwy", "ctra", "avda", "apto", "plza", "bldg", "rte",
            "hwy", "expy", "frwy", "terr", "cres", "sept");

    /**
     * Whether a full stop ends the sentence at {@code end} (at it, or just before): after a word of four letters or more
     * that no address abbreviates, before a sentence ("Fall River. Kids Aidan (12) live with their mother": the town,
     * then the next sentence); "Oak St. Springfield" and "Santander. Cantabria." go on.
     */
    static boolean fullStopAfterAWord(CharSequence text, int end) {
        int dot = end < text.length() && text.charAt(end) == '.' ? end : end > 0 && text.charAt(end - 1) == '.' ? end - 1 : -1;
        if (dot < 0 || dot + 1 >= text.length() || !Character.isWhitespace(text.charAt(dot + 1))) {
            return false;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return dot - w >= 4 && !LONG_ABBREVIATIONS.contains(text.subSequence(w, dot).toString().toLowerCase(java.util.Locale.ROOT))
                && lowerCaseWordBeforeAMark(text, dot + 1);
    }

    /**
     * Whether a word in lower case comes after {@code from} before the next mark or line end, within six words: a
     * sentence ("Kids Aidan (12) live with"), not an address's next part ("Santander. Cantabria. (España)").
     */
    private static boolean lowerCaseWordBeforeAMark(CharSequence text, int from) {
        int words = 0;
        for (int i = from; i < text.length() && i < from + 80 && words < 6; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ';' || c == '\n' || c == '\r') {
                return false;
            }
            if (Character.isLetter(c) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                if (Character.isLowerCase(c)) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    static boolean sentenceAfterADot(CharSequence text, int end) {
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int n = text.length();
        int i = end;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == end || i == n || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        int spaces = i;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        return i > spaces && i < n && Character.isLowerCase(text.charAt(i))
                && !PARTICLE_AT.matcher(text).region(i, n).lookingAt();
    }

    /**
     * HOUSE_NUMBER_BEFORE in the 16 characters before {@code start}: a matcher's region with its
     * default bounds (opaque, anchoring) is read as that stretch on its own would be.
     *
     * @param before a matcher of HOUSE_NUMBER_BEFORE over the text
     * @return the length of the house number and spaces before {@code start}, 0 when there are none
     */
    /**
     * A flat, suite or unit with its number right before a street, a comma or spaces between ("Flat 2, 19 Victoria
     * Road", a Scottish tenement's floor and flat with its comma "Flat 3/2, 71 Perth Road"; without it, "Flat 3/2 15 King
     * Street" reads as the Australian unit and number "2/15"): the address's first part (alone, "unit" scores under the threshold).
     */
    static final Pattern UNIT_BEFORE = Pattern.compile("(?<![\\w-])" + alternation(UNIT_WORDS) + "\\.?[ \\t]?#?\\d{1,5}(?:/\\d{1,2})?[A-Za-z]?,?[ \\t]{1,4}$");

    /**
     * Whether a part from {@code from} to {@code to} begins the next line with a word that is not a place's: one a
     * form's next field, a price or a sentence goes on from ("City / State / ZIP", "City/Town:", "Rent $690 per week",
     * "Scuola dell'infanzia"); a town's line ends after it, or goes on with a comma, a number, a capital or a particle of
     * three letters or fewer ("Bristol", "Springfield, IL 62704", "Torroella de Montgrí").
     */
    static boolean lineStartsWithoutAPlace(CharSequence text, int from, int to) {
        int k = from;
        while (k < to && text.charAt(k) != '\n') {
            k++;
        }
        if (k == to) {
            return false; // on the street's line
        }
        while (k < to && !Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        if (k == to || !Character.isLetter(text.charAt(k))) {
            return false; // a postal code or a unit's number
        }
        int after = to;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after == text.length()) {
            return false;
        }
        char c = text.charAt(after);
        if (c == '/' || c == ':' || c == '$' || c == '\u20ac' || c == '\u00a3' || c == '=') {
            return true;
        }
        int word = after;
        while (word < text.length() && Character.isLowerCase(text.charAt(word))) {
            word++;
        }
        // a town's particle goes on with it ("Caxias do Sul", "Črni Vrh nad Idrijo", "Newcastle upon Tyne")
        return after > to && word - after > 3 && !TOWN_PARTICLES.contains(text.subSequence(after, word).toString());
    }

    /** Particles of four letters or more inside towns' names ("Newcastle upon Tyne", "Castiglione delle Stiviere"). */
    private static final Set<String> TOWN_PARTICLES = Set.of("upon", "delle", "della", "dello", "degli", "unter", "under", "près",
            "sous", "sull", "nell");

    /** Whether a space or a comma and a space stand right before {@code start}: what a unit before a street ends with. */
    private static boolean unitMayStandBefore(CharSequence text, int start) {
        char c = text.charAt(start - 1);
        return c == ' ' || c == '\t';
    }

    static int houseNumberBefore(Matcher before, int start) {
        before.region(Math.max(0, start - 16), start);
        return before.find() ? before.end() - before.start() : 0;
    }

    /**
     * NEXT_PART in the 80 characters from {@code end}, read as that stretch on its own would be (as in
     * {@link #houseNumberBefore}); the pattern begins with ^: only the window's start can match, which
     * lookingAt() tries alone.
     *
     * @param next a matcher of NEXT_PART over the text
     * @param length the text's length
     * @return the length of the part at {@code end}, -1 when there is none
     */
    static int nextPart(Matcher next, int end, int length) {
        next.region(end, Math.min(length, end + 80));
        return next.lookingAt() ? next.end() - end : -1;
    }

    /**
     * @return how many characters before an address's house number are a unit's number and a slash, as Australian and
     *     New Zealand addresses write the flat before the house ("8/214 Hay Street", "11/97 Wattle Street"), and Canadian
     *     ones with a dash ("1203-85 Queens Wharf Rd"): one to four digits and "/" or "-" right before a digit, nothing of
     *     a word or number before them (not a date's "12/03/214")
     */
    private static int unitAndSlash(CharSequence text, int start) {
        if (start < 2 || text.charAt(start - 1) != '/' && text.charAt(start - 1) != '-' || !Character.isDigit(text.charAt(start))) {
            return 0;
        }
        int k = start - 1;
        while (k > 0 && start - 1 - k < 4 && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        if (k == start - 1 || k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '/'
                || text.charAt(k - 1) == '.' || text.charAt(k - 1) == '-')) {
            return 0;
        }
        return start - k;
    }

    /**
     * What HOUSE_NUMBER_BEFORE ends with, at its end or before a line end there ({@code $}): a digit,
     * then spaces or tabs and maybe a line end, all in its window. A test before the expression, true
     * wherever it matches (most streets follow a word, not a number: the expression's sixteen
     * attempts are saved there).
     */
    static boolean numberBefore(CharSequence text, int start) {
        int from = Math.max(0, start - 16);
        int i = start - 1;
        while (i >= from && lineSpace(text.charAt(i))) {
            i--;
        }
        return i >= from && i < start - 1 && StreetShortcuts.digit(text.charAt(i));
    }

    /** A space, tab or line end of {@code $} ({@code \n}, {@code \r}, U+0085, U+2028, U+2029). */
    private static boolean lineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * What NEXT_PART begins with: spaces or tabs, one separator, line feed or dash among them, then what
     * every part begins with, a digit, an upper-case letter (ASCII, or any character beyond it), a unit's "#" or a
     * unit's word in lower case ({@link #LOWER_CASE_UNIT_WORDS}). A
     * test before the expression, true wherever it matches (after a street often stands a lower-case
     * word).
     */
    static boolean partAt(CharSequence text, int end) {
        int n = text.length();
        int i = end;
        while (i < n && StreetShortcuts.blank(text.charAt(i))) {
            i++;
        }
        if (i < n && (separator(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
            while (i < n && StreetShortcuts.blank(text.charAt(i))) {
                i++;
            }
        }
        if (i == end || i == n) {
            return false;
        }
        char c = text.charAt(i);
        return StreetShortcuts.digit(c) || c >= 'A' && c <= 'Z' || c >= 128 || c == '#' || c >= 'a' && c <= 'z' && unitWordAt(text, i);
    }

    /** The words of a flat, staircase, box or floor that NEXT_PART takes in lower case ("lgh 1203", "scala B", "st. tv."). */
    private static final Set<String> LOWER_CASE_UNIT_WORDS = Set.of("lgh", "leil", "boîte", "bte", "bus", "scala", "int",
            "interno", "pta", "m", "whg", "lok", "bât", "bat", "esc", "escalier", "oppgang", "porta", "st", "kl",
            // French and Portuguese flats ("48, avenue de la Marne, appt 31", "Rua Padre Anchieta, 2.315, ap. 44")
            "appt", "ap");

    /** Whether one of {@link #LOWER_CASE_UNIT_WORDS} stands at {@code i}, then a dot, a space or a tab. */
    private static boolean unitWordAt(CharSequence text, int i) {
        int n = text.length();
        int e = i;
        while (e < n && e - i < 9 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e < n && (text.charAt(e) == '.' || text.charAt(e) == ' ' || text.charAt(e) == '\t')
                && LOWER_CASE_UNIT_WORDS.contains(text.subSequence(i, e).toString());
    }

    /** One of NEXT_PART's separators, or a line feed: {@code [,>\u00b7?|\n]} */
    private static boolean separator(char c) {
        return c == ',' || c == '>' || c == '\u00b7' || c == '?' || c == '|' || c == '\n';
    }

    /**
     * The matches of pattern {@code k} that {@code Matcher.find()} finds, in order (the expression tried
     * where its shortcut admits, at {@link StreetShortcuts#starts}).
     *
     * @param plain the characters of the text, read by the shortcuts
     * @param starts {@link StreetShortcuts#wordStarts} of the text
     */
    void forEachMatch(int k, CharSequence text, char[] plain, int[][] starts, Consumer<Matcher> action) {
        NamedPattern p = patterns().get(k);
        StreetShortcuts.Test shortcut = StreetShortcuts.shortcut(p.name());
        if (shortcut == null) {
            scanner(k).forEachMatch(text, action);
            return;
        }
        // lookingAt() from a position with transparent bounds is find()'s attempt there; find() resumes
        // after a match, so positions inside one are not tried
        Matcher m = p.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int[] at = StreetShortcuts.starts(p.name(), plain, starts);
        int lastEnd = 0;
        for (int i = 0; i < at.length; i++) {
            if ((i & 0xFF) == 0) {
                text.charAt(at[i]); // a read through the caller's text, which may enforce a deadline
            }
            if (at[i] >= lastEnd && shortcut.admits(plain, at[i])) {
                m.region(at[i], n);
                if (m.lookingAt()) {
                    action.accept(m);
                    lastEnd = m.end();
                }
            }
        }
    }
}
