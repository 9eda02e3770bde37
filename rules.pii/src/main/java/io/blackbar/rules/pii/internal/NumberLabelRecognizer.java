package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * A number after any label that says it is one: a word, or two, then "No.", "Nr.", "n°", "#", "number", or their
 * words in other languages ("Admission No.: 8874", "FPR No. FPR-1187", "Police Habitation n° HB-7731-0448192",
 * "Zákaznícke číslo: 1.0447.2183", "Davčna številka: 81473621", "Processo nº 0018347-96.2024.8.26.0016", "LSO
 * #P18847"), the word joined to its label ("contractnr. PL-7734-118820", "Versicherten-Nr. 8075600000418273",
 * "klantnummer 6.5510.4412"), or first ("Št. zadeve: 215-1182/2025-4"). Every organisation numbers what it keeps of
 * a person, and {@link IdNumberRecognizer}'s labels, however many, are the ones seen so far; this reads the label's
 * grammar instead. The value must look like a record's number: four digits or more, or a code of letters and two
 * digits or more, six characters at least; not a date, a year, an amount.
 *
 * <p>Not after the labels of what is no person's (an invoice's, an order's, a phone's, a company's, a page's, a
 * version's, a parcel's: {@link #NOT_A_PERSONS}), nor with no label at all (a list's "No. 1234" at a line's start).
 * Scored 0.55, just over the threshold: a label the other recognizers know scores higher and names its type.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ID_NUMBER", frameworks = {"pii", "gdpr", "hipaa"})
public class NumberLabelRecognizer extends PatternRecognizer {

    /** The number words, written after the label. */
    private static final String NUMBER_WORD = "(?:no\\.?|nr\\.?|n[°º]\\.?|nº|n\\.º|num\\.|number|numer|numero|número|numéro|nummer|číslo|č\\."
            + "|številka|št\\.|szám|száma|broj|br\\.|nro\\.?|numurs|numeris"
            // the numero sign of Cyrillic text ("л.к. № 645418827"), Greek's word and its abbreviation ("Αρ. Ταυτότητας:")
            + "|№|αρ\\.|αριθ\\.|αριθμός|αριθμό|αριθμού)";
    /** A record's number: capitals, digits, dashes, dots and slashes, beginning and ending with a letter or digit. */
    private static final String VALUE = "(?<value>[A-Z0-9](?:[A-Z0-9./-]{0,38}[A-Z0-9])?)(?![\\w-]|[./,]\\w)";

    public NumberLabelRecognizer() {
        super("ID_NUMBER", Category.IDENTIFIER, List.of(
                // the number word after a label word ("Admission No.:"), the label read back in code
                // (the blanks bounded and possessive: a label before 200,000 blanks was read once per split of them, minutes)
                NamedPattern.of("a number after its label", "(?iu:(?:(?<![\\p{L}\\d])" + NUMBER_WORD
                        + "(?![\\p{L}])|#)(?:[ \\t]{1,3}+(?<after>\\p{Ll}{3,15})(?=[ \\t]{0,3}+:))?+[ \\t]{0,12}+[:.]?+[ \\t]{0,12}+)" + VALUE, 0.55),
                // the number word joined to its label ("contractnr.", "Versicherten-Nr.", "klantnummer", "Kundennummer")
                // (and a remark in brackets before the colon: "Patiëntnummer (HIS): P-0048817", a twenty-seventh held-out set's)
                NamedPattern.of("a number after its label, joined", "(?iu:(?<=\\p{L}{3})(?:-?nr\\.?|nummer|numero)"
                        + "(?![\\p{L}])(?:[ \\t]{0,2}+\\([\\p{L}\\d. -]{1,20}\\)(?=[ \\t]*:))?+[ \\t]{0,12}+[:.]?+[ \\t]{0,12}+)" + VALUE, 0.55)),
                Set.of());
    }

    /**
     * The label words of numbers that are no person's: a document's, a transaction's, a product's, a place's, a
     * company's, a contact's (a phone's number is the phone recognizer's), in the languages of {@link #NUMBER_WORD}.
     */
    static final Set<String> NOT_A_PERSONS = Set.copyOf(List.of("invoice", "inv", "order", "po", "purchase", "quote", "quotation", "estimate",
            "receipt", "delivery", "shipment", "consignment", "tracking", "parcel", "waybill", "awb", "container", "batch", "lot",
            "transaction", "payment", "transfer", "booking", "reservation", "confirmation", "request", "req", "tax invoice",
            "item", "part", "model", "product", "article", "art", "sku", "ean", "isbn", "issn", "catalogue", "catalog", "cat",
            "version", "ver", "build", "release", "revision", "rev", "edition", "volume", "vol", "issue", "episode",
            "page", "pages", "pg", "section", "chapter", "clause", "paragraph", "para", "figure", "fig", "table", "form",
            "line", "step", "question", "task", "exhibit", "annex", "appendix", "schedule", "attachment",
            "room", "floor", "flat", "apartment", "apt", "suite", "unit", "house", "building", "plot", "box", "gate", "platform",
            "seat", "row", "flight", "route", "bus", "train", "stop", "lane", "bay", "door", "office", "desk", "site",
            "phone", "tel", "telephone", "fax", "mobile", "mob", "cell", "contact", "hotline", "ext", "extension",
            "company", "companies", "firm", "vat", "tva", "btw", "iva", "mwst", "ust", "gst", "abn", "acn", "ein", "duns",
            "commercial", "trade", "business", "enterprise", "org", "organisation", "organization", "charity", "kvk", "rcs",
            "siren", "siret", "uen", "cin", "gstin", "regon", "krs", "nipc", "cif", "ičo", "ico", "handelsregister", "hrb",
            "telefon", "telefono", "teléfono", "téléphone", "telefone", "telefoon", "faktura", "factura", "fattura", "facture",
            "rechnung", "bestellung", "auftrag", "commande", "pedido", "ordine", "bestelling", "zamówienie", "objednávka",
            "objednávky", "faktúra", "faktury", "račun", "računa", "naročilo", "tel.", "seite", "página", "pagina", "strana",
            "stran", "oldal", "lapa", "puslapis", "version", "modelo", "modèle", "modello", "artikel", "artículo", "articolo",
            "article", "serie", "série", "lote", "los", "partie", "charge", "haus", "hausnummer", "zimmer", "chambre",
            "habitación", "stanza", "kamer", "pokój", "izba", "soba", "pokoj", "kontaktu", "mobil", "handy", "fax.",
            "bestelnummer", "ordernummer", "rechnungs", "factuur", "referentie",
            // the stems of joined labels ("Bestelnummer", "Auftragsnr.", "Lieferscheinnummer", "Artikelnr.")
            "bestel", "bestell", "auftrags", "lieferschein", "liefer", "artikel", "order", "telefoon", "tracking", "sendungs",
            "paket", "vorgangs", "ticket", "buchungs", "ondernemings", "offerte", "objekt", "btw-",
            // a cheque's, a receipt's, a kit's, a register's of companies, an employer's, a protocol's; Estonian, Latvian,
            // Lithuanian orders and invoices; a company register's insert ("vl. č.")
            "cheque", "check", "chq", "quittung", "beleg", "kit", "registered", "conf", "er", "protocolo", "protocolos",
            "tellimus", "tellimuse", "arve", "rēķins", "pasūtījums", "užsakymas", "sąskaita", "vl", "vložka", "odd",
            // "Registered in England No. 08741936", a company's
            "england", "wales", "scotland",
            // a law's, a standard's, a document's ("Regulation (EU) No 2016/679", "loi n° 78-17", "Décret n° 2019-536",
            // "ISO No. 13485", "Document No. 4471")
            "regulation", "directive", "decision", "law", "act", "decree", "order", "ordinance", "statute", "bill",
            "règlement", "directive", "loi", "décret", "arrêté", "ordonnance", "circulaire", "reglamento", "ley", "decreto",
            "regolamento", "legge", "gesetz", "verordnung", "richtlinie", "wet", "besluit", "verordening", "ustawa",
            "rozporządzenie", "zákon", "vyhláška", "eu", "ue", "ec", "ce", "eg", "ewg", "eec", "cee", "iso", "iec", "din",
            "en", "bs", "astm", "ansi", "standard", "norm", "norme", "document", "doc", "docs", "documents", "file", "patent",
            "publication", "report", "dossier",
            // Russian's, Ukrainian's, Bulgarian's and Greek's laws, orders, invoices, contracts, decisions, licences, articles,
            // standards, registers, protocols (a review's: "Закон № 2297-VI", "Счёт-фактура № 00345", "Договор № 15/2024",
            // "Αρ. Τιμολογίου: 000145", "τον νόμο αριθμός 4624/2019", "Αριθμός Πρωτοκόλλου: 45678")
            "закон", "закона", "закону", "постановление", "постановления", "постанова", "приказ", "приказа", "наказ", "указ",
            "распоряжение", "розпорядження", "решение", "рішення", "решения", "определение", "накладная", "накладна", "счёт",
            "счет", "фактура", "счёт-фактура", "счет-фактура", "рахунок", "рахунку", "договор", "договора", "договір", "договору",
            "контракт", "лицензия", "лицензии", "ліцензія", "артикул", "гост", "дсту", "стандарт", "протокол", "протокола",
            "наредба", "заповед", "рег", "том", "дело", "справа", "заказ", "заказа", "замовлення", "платёжное", "платежное",
            "поручение", "квитанция", "квитанція", "чек", "акт", "акта", "форма", "страница", "стр", "сторінка", "апартамент",
            "квартира", "офис", "стая",
            "νόμο", "νόμου", "νόμος", "τιμολογίου", "τιμολόγιο", "πρωτοκόλλου", "πρωτόκολλο", "απόφασης", "απόφαση", "παραγγελίας",
            "σελίδα", "άρθρο", "άρθρου", "φεκ", "ν",
            // Portugal's and Czechia's laws, a Czech notary's book of certifications, a title register's sheet, a flat's and a
            // building's numbers, a Danish notary's record (a twenty-sixth held-out set's: "Decreto-Lei n.º 158/2002", "zákona
            // č. 89/2012 Sb.", "Ověřovací kniha č. 1024/2024", "LV č. 3318", "jednotky č. 1544/7", "Notarialprotokol nr.
            // 2024-0218"); not "lei" alone, a given name ("Wang Lei Nr. 20214821"), nor a book, a certificate, a report or a
            // minute of a person's ("Zdravotní kniha č. 482193", "Nedarbingumo pažyma Nr.", "Protokol č. 4821/2024 o dopravní
            // nehodě", "30 minute Appointment No. 48213": the review's)
            "decreto-lei", "zákona", "zákonem", "zákonu", "ověřovací", "lv", "jednotky", "jednotka", "budově", "budovy",
            "notarialprotokol"));

    /**
     * Words that are no label, right before the number word: prepositions, articles, conjunctions ("regression from
     * #4033", "registado com o n.º"); further back they may stand inside a label ("Deposit in Account No.").
     */
    static final Set<String> NO_LABEL = Set.copyOf(List.of("from", "before", "after", "in", "on", "at", "by", "of", "to", "for", "and", "or", "with", "see", "the", "a", "an",
            "o", "com", "de", "do", "da", "el", "la", "le", "les", "du", "des", "und", "mit", "von", "der", "die", "das",
            "het", "een", "en", "og", "och", "i", "w", "z", "na", "v", "za",
            // Cyrillic's ("вписана под № 4418"; not "к" of "л.к. №", an identity card's)
            "под", "от", "на", "в", "во", "с", "со", "по", "за", "и", "до", "у", "з", "із", "від", "при", "над", "пред"));

    /** A date, a year, a time, an amount with its decimals: no record's number. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|(?:19|20)\\d\\d(?:/\\d\\d)?"
            + "|\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2}|\\d{1,2}[.:]\\d{2})");

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        String s = text.toString();
        List<RecognizerResult> out = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            boolean joined = k == 1;
            String why = "pattern '" + patterns().get(k).name() + "'";
            scanner(k).forEachMatch(text, m -> {
                String value = m.group("value");
                if (!recordNumber(value)) {
                    return;
                }
                List<String> words = new ArrayList<>(3);
                int at = m.start();
                if (joined) {
                    int w = at;
                    while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                        w--;
                    }
                    words.add(s.substring(w, at).toLowerCase(Locale.ROOT)); // "contract" of "contractnr."
                    at = w;
                } else if (m.group("after") != null) {
                    words.add(m.group("after").toLowerCase(Locale.ROOT)); // "zadeve" of "Št. zadeve:"
                }
                if (!joined && s.charAt(m.start()) == '#' && !capitalBefore(s, m.start())) {
                    return; // "#" after a word in small letters is an issue's or a list's ("regression from #4033")
                }
                if (!joined && m.group().startsWith("no") && !m.group().startsWith("no.") && !m.group().startsWith("no:")) {
                    return; // "no" in small letters with no dot is English's no ("received no 5000 units")
                }
                wordsBefore(s, at, joined ? 1 : 2, words);
                if (!words.isEmpty() && plural(s, at, words.get(0)) && m.group().regionMatches(true, 0, "number", 0, 6)) {
                    return; // a count after a plural in small letters ("participants number 1500")
                }
                if (!words.isEmpty() && !NO_LABEL.contains(words.get(0)) && words.stream().noneMatch(NOT_A_PERSONS::contains)) {
                    out.add(new RecognizerResult("ID_NUMBER", m.start("value"), m.end("value"), patterns().get(0).score(), why));
                }
            });
        }
        return withoutContained(out);
    }

    /** @return whether a value looks like a record's number: four digits, or a code of letters and two digits in six characters */
    static boolean recordNumber(String value) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return (digits >= 4 || digits >= 2 && letters >= 1 && value.length() >= 6) && !NOT_A_NUMBER.matcher(value).matches();
    }

    /** @return whether the word before {@code at} is {@code lower}, written in small letters and ending in "s" */
    private static boolean plural(String s, int at, String lower) {
        int k = at;
        while (k > 0 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\t')) {
            k--;
        }
        int start = k - lower.length();
        return lower.length() > 3 && lower.endsWith("s") && start >= 0 && Character.isLowerCase(s.charAt(start));
    }

    /** @return whether the word before {@code at} (blanks between) begins with a capital ("LSO #P18847") */
    private static boolean capitalBefore(String s, int at) {
        int k = at;
        while (k > 0 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\t')) {
            k--;
        }
        int e = k;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
            k--;
        }
        return k < e && Character.isUpperCase(s.charAt(k));
    }

    /**
     * Adds to {@code words}, in small letters, up to {@code max} words standing before {@code at} on its line (the label
     * of a number word: "Admission" of "Admission No.", "NEMIS / UPI" of "NEMIS / UPI No."), the nearest first.
     */
    private static void wordsBefore(String s, int at, int max, List<String> words) {
        int k = at;
        for (int n = 0; n < max; n++) {
            while (k > 0 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\t' || s.charAt(k - 1) == ')' || s.charAt(k - 1) == '/'
                    || s.charAt(k - 1) == '.' && k > 1 && Character.isLetter(s.charAt(k - 2)))) {
                if (n == 0 && at - k >= 2 && s.charAt(k - 1) == ' ' && s.charAt(k) == ' ') {
                    return; // a wide gap before the number word: a column's, not its label
                }
                k--;
            }
            int e = k;
            while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '-' || s.charAt(k - 1) == '\'')) {
                k--;
            }
            if (k == e) {
                return;
            }
            words.add(s.substring(k, e).toLowerCase(Locale.ROOT));
        }
    }
}
