package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Dates of birth: any full date, but only in a birth context ({@code DOB}, {@code born},
 * {@code date of birth}, {@code birthday}, and their words in Spanish, French, German, Italian,
 * Portuguese and Dutch: "Fecha de nacimiento", "née le", "Geburtsdatum", and of the languages of Europe to Bulgarian's "родена"):
 * alone a date is not personal data.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DATE_OF_BIRTH", frameworks = {"pii", "gdpr"})
public class DateOfBirthRecognizer extends PatternRecognizer {

    static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** The months of Spanish, French, German, Italian, Portuguese and Dutch, as rules.hipaa's date recognizer reads them. */
    private static final String MESES = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|januar|j[äa]nner"
            + "|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre"
            + "|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart"
            + "|mei|augustus)";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";

    /** Full dates in the common written forms; shared with the HIPAA date recognizer's idea of a date. */
    static final List<String> DATE_FORMS = List.of(
            // written without marks ("DOB 19850304") or with spaces ("Date of Birth 03 04 1985"): only in a birth context
            // right after its label ("Born 1985; employee ID 20150615" is none)
            "(?<=(?i:dob|d\\.o\\.b\\.?|birth|born|birthdate)[ \\t:.]{1,3})(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\b",
            "(?<=(?i:dob|d\\.o\\.b\\.?|birth|born|birthdate)[ \\t:.]{1,3})(?:(?:0?[1-9]|[12]\\d|3[01]) (?:0?[1-9]|1[0-2])"
                    + "|(?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\\d|3[01])) (?:19|20)\\d{2}\\b",
            // a month's name between marks, or none as travel documents write it (passports, PNR, APIS): "23-Oct-1972",
            // "23-octubre-1972", "3.Okt.1972", "03JUN1991"
            "(?<![\\w.-])" + DAY + "[-./]?(?:" + MONTHS + "|" + MESES + "|(?:ene|abr|ago|dic|set|okt|dez|m[äa]r|janv|f[ée]vr|avr|juil|d[ée]c|gen|mag|giu"
                    + "|lug|ott|fev|out|mrt|mei)\\.?)[-./]?(?:19|20)?\\d{2}\\b",
            // Spanish, French, German, Italian, Portuguese, Dutch: "3 de marzo de 1972", "3 mars 1972", "3. März 1972"
            "\\b" + DAY + "\\.?[ \\t]{1,3}(?:de[ \\t]{1,3})?" + MESES + "(?:[ \\t]{1,3}del?)?[ \\t]{1,3}(?:19|20)\\d{2}\\b",
            // the year first, with dashes or slashes: "1990-06-05", "1990/06/05"
            "\\b(?:19|20)\\d{2}(?:-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])|/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01]))\\b",
            "\\b(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\\d{2}\\b",
            // Hungarian, the year first, a dot after each part and maybe a space, month and day in two digits: "1979. 05. 21.",
            // "2012.09.14." (not a version's "2023.1.2")
            "(?<![\\d.])(?:19|20)\\d{2}\\. ?(?:0[1-9]|1[0-2])\\. ?(?:0[1-9]|[12]\\d|3[01])\\.?(?!\\d)",
            // Czech and Slovak with a space after each dot: "7. 1. 1983"
            "(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])\\. (?:0?[1-9]|1[0-2])\\. (?:19|20)\\d{2}\\b",
            "\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)?\\d{2}\\b",
            "\\b" + MONTHS + "\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b",
            "\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(?:19|20)\\d{2}\\b",
            // the year in two digits after an apostrophe: "Mar 4, '85", "4 March '85"
            "\\b" + MONTHS + "\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+['\u2019]\\d{2}\\b",
            "\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+['\u2019]\\d{2}\\b");

    public DateOfBirthRecognizer() {
        super("DATE_OF_BIRTH", Category.PERSONAL, patterns(0.2),
                Set.of("dob", "d.o.b", "born", "birth", "date of birth", "birthday", "birthdate", "geboren", "né", "née",
                        // Spanish, French, German, Italian, Portuguese, Dutch
                        "nacimiento", "nacido", "nacida", "naissance", "geburtsdatum", "nascita", "nascimento",
                        "nascido", "nascida", "geboortedatum",
                        // "geb." (German, Dutch), "nato il / a" (not NATO), Swedish, Danish, Norwegian, Polish, Finnish
                        "geb", "geburtstag", "nato il", "nata il", "nato a", "nata a", "nato/a", "nata/o", "data di nascita", "född", "födelsedatum",
                        "født", "fødselsdato", "urodzenia", "urodzony", "urodzona", "ur", "syntynyt", "syntymäaika",
                        // Czech ("nar. 7. 1. 1983"), Slovak, Hungarian, Croatian, Romanian, Greek
                        "nar", "narozen", "narozena", "datum narození", "narodený", "narodená", "dátum narodenia", "született",
                        "szül", "rođen", "rođena", "datum rođenja", "născut", "născută", "data nașterii", "γέννησης",
                        "γεννήθηκε",
                        // Slovenian, Estonian, Latvian, Lithuanian, Bulgarian; a Spanish record's XML element
                        "születési", "rojstva", "rojen", "rojena", "sünniaeg", "sündinud", "sünnikuupäev", "dzimšanas", "dzimis", "dzimusi",
                        "gimimo", "gimęs", "gimusi", "роден", "родена", "раждане", "fechanacimiento"));
    }

    /** A four-digit year of 19xx or 20xx in a date. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * No birth lies in a later year than this one: a passport's expiry or a booking's date near "date of birth" ("12JUN2030")
     * is none.
     */
    @Override
    protected Validation validate(String value) {
        java.util.regex.Matcher y = YEAR.matcher(value);
        return y.find() && Integer.parseInt(y.group()) > java.time.Year.now(java.time.ZoneOffset.UTC).getValue()
                ? Validation.REJECTED : Validation.UNKNOWN;
    }

    static List<NamedPattern> patterns(double score) {
        return DATE_FORMS.stream().map(f -> NamedPattern.ofIgnoreCase("date", f, score)).toList();
    }
}
