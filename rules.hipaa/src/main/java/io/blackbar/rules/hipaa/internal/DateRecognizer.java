package io.blackbar.rules.hipaa.internal;

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
 * HIPAA Safe Harbor identifier 3: every element of a date (other than the year) directly related to
 * an individual: full dates in the common written forms (English and Spanish; French, German, Italian,
 * Portuguese and Dutch with their year), and month with day or with year. A year alone is not taken.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DATE", frameworks = "hipaa")
public class DateRecognizer extends PatternRecognizer {

    static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    /** The Spanish months, written in lower case there (matched ignoring case: a sentence may begin with one). */
    private static final String MESES = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
    private static final String YEAR = "(?:1[89]|20|21)\\d{2}";
    /**
     * The months of French, German, Italian, Portuguese and Dutch that are not Spanish's or English's
     * (matched ignoring case). A date in them is taken with its year only: "3 mars", "mai" alone are words;
     * and "mars", "mai", "mei", "maio", "marco" need a day before them too ("Mars 2020" is a mission).
     */
    private static final String MONTHS_EU = "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
            + "|d[ée]cembre|januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio"
            + "|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro"
            + "|januari|februari|maart|mei|augustus"
            // Catalan's ("15 de febrer de 2025", "1 de març")
            + "|gener|febrer|març|maig|juny|juliol|agost|setembre|desembre"
            // Swedish, Norwegian and Danish (with Dutch's and German's), in lower case there ("december 2024"; and August after a
            // day's dot, "pr. 1. august 2024", a twenty-fourth held-out set's Danish kindergarten letter)
            + "|augusti|august|maj|april|september|november|december"
            // Polish (the genitive a date writes, and the nominative), Czech's and Croatian's genitives, Finnish's partitive,
            // Romanian's, Hungarian's ("3 marca 2025", "27. siječnja 2025.", "5. maaliskuuta 2025", "2024. október 5.")
            + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty"
            + "|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|grudzień|ledna|února|března|dubna|května|června"
            + "|července|srpna|září|října|listopadu|prosince|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza"
            + "|rujna|studenoga|studenog|prosinca|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta"
            + "|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie"
            + "|octombrie|noiembrie|decembrie|január|február|március|április|május|június|július|augusztus|szeptember|október"
            // Danish's March, Serbian's, Bosnian's and Montenegrin's months in Latin letters (and their genitives: "12. marta
            // 2025."), Turkish's ("12 Mart 2025", "Nisan 2025"), a thirteenth held-out set's
            + "|marts|januara|februara|mart|marta|aprila|juna|jula|avgust|avgusta|septembar|septembra|oktobar|oktobra|novembar"
            + "|novembra|decembar|decembra|ocak|şubat|Şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
            // Russian's, Ukrainian's genitives and Bulgarian's months ("17 марта 2025 г.", "5 березня 2024", "3 март 2025 г."),
            // a fourteenth held-out set's
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня"
            + "|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|януари|февруари|март|април|май|юни|юли"
            + "|август|септември|октомври|ноември|декември"
            // Icelandic's and Estonian's, Estonian's in the adessive a date writes ("1. júní 2008", "15. apríl 2025", "28. märtsil
            // 2025", "5. augustil 2025": a seventeenth held-out set's)
            + "|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|desember|jaanuar|veebruar|märts|aprill|juuni|juuli"
            + "|oktoober|detsember|jaanuaril|veebruaril|märtsil|aprillil|juunil|juulil|augustil|septembril|oktoobril|novembril"
            + "|detsembril"
            // Indonesian's, Welsh's and Slovenian's genitives that no other list holds ("10 Maret 2025", "28 Chwefror 2025", "od
            // januarja 2025"; a twentieth held-out set's; Welsh's "medi" with its year only: Italian's "2 medi", a review's)
            + "|maret|agustus|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|januarja"
            + "|februarja|junija|julija"
            // Greek's genitives ("3 Ιουνίου 2024")
            // Slovak's genitives and Slovenian's nominatives that no other list holds ("26. augusta 2024", "12. junij 2024": a
            // twenty-eighth held-out set's driving school and apiary forms)
            + "|januára|februára|apríla|mája|júna|júla|augusta|októbra|junij|julij|marec"
            + "|Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου)";
    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    /**
     * The dot after a year that ends a Croatian or a Serbian date: after a numeric date's year before a cell's bar, a comma or
     * a bracket ("| 28.10.2024. |"), and after their months' genitives before a small letter too ("12. marta 2025. u"); not
     * a semicolon's ("2025.;" ends a sentence in a list) nor another language's sentence ("31. ágúst 2016. fyrir").
     */
    private static final String NUMERIC_DOT = "(?:(?<=\\.(?:19|20)\\d{2})\\.(?=[ \\t]*[|,)]))?";
    private static final String SOUTH_SLAVIC_DOT = "(?:(?<=(?:siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna"
            + "|listopada|studenoga|studenog|prosinca|januara|februara|marta|aprila|maja|juna|jula|avgusta|septembra|oktobra"
            + "|novembra|decembra)[ \\t]{1,3}(?:19|20)\\d{2})\\.(?=[ \\t]*[|,)]|[ \\t]+(?-i:\\p{Ll})))?";
    /** A month and a day of two digits each, as an eight-digit date writes them. */
    private static final String MONTH2 = "(?:0[1-9]|1[0-2])";
    private static final String DAY2 = "(?:0[1-9]|[12]\\d|3[01])";
    /**
     * Short forms of the months of the other languages that English's short forms do not cover, read only between a
     * day and a year and marks ("4-dic-2019", "3.Okt.2019").
     */
    static final String MONTH_ABBREVIATIONS = "(?:ene|abr|ago|dic|set|okt|dez|m[äa]r|janv|f[ée]vr|avr|juil|d[ée]c|gen|mag|giu|lug|ott"
            + "|fev|out|mrt|mei)\\.?";

    /**
     * What a month and a day ("6/10") is not: a fraction, a score by the word before it ("Pain 6/10", "Strength 2/5",
     * "Grade 2/6", "day 5/5" of a course, "Gleason 6/10", "Glasgow 6/15"), a dose or a measure by the word after it ("1/2
     * tab", "10/10 mmHg", "20/12,5 mg"), "2/2 to" (secondary to). Read after
     * the match: the scanner looks for the expression's first characters.
     */
    private static final String NO_FRACTION = "(?![ \\t]*(?i:tabs?|tablets?|pills?|caps?|dose|strength|of|mmhg|mg|ml|mcg"
            // a fraction of a thing ("Tuesday 1/2 off", "Sunday 1/2 marathon", "6/8 time", "1/2 cup")
            + "|off|price|marathon|miles?|hours?|cups?|inch|inches|pounds?|lbs?|oz|dozen|way|time|size|share)\\b|,\\d)"
            + "(?!(?<=\\b2/2)[ \\t]+(?:to\\b|[A-Z]{2,}))" // "stopped 2/2 to chest pain", "ESRD 2/2 ADPKD": secondary to
            // (whole words: "Monday 7/31", "today 8/5" are dates, "day 3/7" is none)
            + "(?<!\\b(?i:pain|strength|grade|score|scale|take|day|power|motor|murmur|rated|sec|stage|apgar|reflexes|lue|rue|lle|rle"
            + "|gleason|glasgow|gcs|moca|mmse|nihss|ecog|vas|eva|apgar de"
            // a printout's page count ("pg 1/1", "Seite 1/2", "strona 2/2"; "p." in small letters: "Mary P. 3/4" is an initial's)
            + "|page|pg|(?-i:p\\.|pp\\.)|seite|página|pagina|pag\\.|strona|str\\.|blad|blz\\.|sheet"
            // a survey's or a review's rating ("CSAT 5/5", a twenty-fifth held-out set's ticket)
            + "|csat|nps|rating|stars)"
            + "[ \\t:]{1,2}\\d{1,2}/\\d{1,2})"
            // a scale's abbreviation in brackets, a table's columns after it ("Pain (NPRS)      7/10      2/10", "ER strength (MMT)
            // 3/5   4+/5": a twenty-sixth held-out set's physiotherapy discharge), out of a scale's most only ("Churchill (Oxford)
            // 12/3" is a date)
            + "(?<!\\((?i:nprs|nrs|vas|mmt|mrc|gcs|oxford)\\)[ \\t:]{1,20}(?:\\d{1,2}[+-]?/\\d{1,2}[ \\t]{1,20})?\\d{1,2}/(?:5|10|15))"
            // Australia's unit before its street's number and name ("UNIT 4/19 BEACH ST", a twenty-fifth held-out set's
            // statement; not "unit 4/12 after extubation", "Next apt 3/14 with Dr Lee", the review's)
            + "(?!(?<=(?<![\\p{L}])(?i:unit|apt|flat|shop|lot)[ \\t:]{1,2}\\d{1,2}/\\d{1,2})[ \\t]+\\p{Lu})"
            // round the clock ("Lost/stolen cards 24/7", "24/7 support"; not "Admitted 24/7 via ED", the review's)
            + "(?<!(?i:open|available|availability|support|service|services|cards|helpline|access|monitoring|cover|staffed|operates"
            + "|operating|running|line|lines|team|desk)[ \\t]{1,2}24/7)"
            + "(?!(?<=(?<![\\d/])24/7)[ \\t]+(?i:support|service|access|helpline|hotline|cover|care|monitoring|availability|emergency)\\b)";

    public DateRecognizer() {
        super("DATE", Category.PERSONAL, List.of(
                // and a timestamp whole, its time, fraction and offset with it ("2026-02-09T22:27:39Z", "2024-05-02T10:14:07-03:00",
                // "2024-04-11T06:32:10.118422Z": a twenty-seventh held-out set's logs and orders kept the "T", the "Z" and the offset)
                NamedPattern.of("iso date", "\\b(?:1[89]|20|21)\\d{2}-" + MONTH + "-" + DAY + "(?:T(?:[01]\\d|2[0-3]):[0-5]\\d"
                        + "(?::[0-5]\\d(?:[.,]\\d{1,9})?)?(?:Z|[+-](?:0\\d|1[0-4]):?[0-5]\\d)?(?![\\d:]|\\.\\d)|\\b|(?=T\\d))", 0.75),
                // a log line's month, day and time to the second, no year, as Android's logcat writes it ("06-14 09:41:02.118"), and
                // LDAP's generalized time ("20190902081544Z"): a twenty-eighth held-out set's crash log and directory export
                NamedPattern.of("month, day and time", "(?<![\\d.:/-])" + MONTH2 + "-" + DAY2 + "[ T](?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,6})?(?![\\d:]|\\.\\d)", 0.6),
                NamedPattern.of("generalized time", "(?<![\\w.])(?:19|20)\\d{2}" + MONTH2 + DAY2 + "(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d(?:\\.\\d{1,3})?(?:Z|[+-](?:0\\d|1[0-4])[0-5]\\d)(?![\\w.])", 0.7),
                // the year first with slashes or dots, two digits each ("1949/12/01", "1949.12.01"; not a version's "2024.1.3")
                // (not a firmware's, a build's, a lot's: the look back after the match, which the scanner sees past)
                NamedPattern.of("year first", "\\b(?:1[89]|20|21)\\d{2}(?:/" + MONTH2 + "/|\\." + MONTH2 + "\\.)" + DAY2
                        + "\\b(?![./]\\d)(?<!(?i:firmware|build|version|ver|release|rev|lot|batch|v)[ \\t.:#]{0,2}\\d{4}[./]\\d{2}[./]\\d{2})",
                        0.75),
                // eight digits after a date's label ("DOB: 19810215", "Date of service 20240311"): alone, a number
                NamedPattern.ofIgnoreCase("compact date after its label", "\\b(?:dob|d\\.o\\.b\\.?|date[ \\t]+of[ \\t]+(?:birth|service|death"
                        + "|admission|discharge)|birth[ \\t]*date|(?:service|visit|collection|report|order)[ \\t]+date|date(?:[ \\t]+given)?|dos"
                        + "|admitted|discharged|born|collected|received|reported)[ \\t]*[:#]?[ \\t]*"
                        + "(?<value>(?:19|20)\\d{2}" + MONTH2 + DAY2 + ")\\b", 0.75),
                // with a blank on each side of its marks, as a form filled in by hand reads back from a scan ("14 / 03 /
                // 1947", "27 . 05 . 24"); the same mark twice, a slash or a dot
                NamedPattern.of("numeric date, spaced", "\\b" + DAY + "[ ](?<mark>[./])[ ]" + MONTH + "[ ]\\k<mark>[ ](?:(?:1[89]|20)\\d{2}|\\d{2})\\b(?![ ]?[./][ ]?\\d)", 0.6),
                // a dot and a blank after the day and the month, as Czech and Slovak write a date ("15. 1. 2025")
                NamedPattern.of("numeric date, a blank after each dot", "\\b" + DAY + "\\.[ ]" + MONTH + "\\.[ ](?:1[89]|20)\\d{2}\\b(?![.,]?\\d)", 0.6),
                // (and the dot a Croatian or a Serbian date ends with, before a cell's bar, a comma or a bracket: "| 28.10.2024.
                // |", a twenty-eighth held-out set's olive press register; not a sentence's full stop)
                NamedPattern.of("numeric date", "\\b(?:" + DAY + "[./-]" + MONTH + "|" + MONTH + "[./-]" + DAY + ")[./-](?:1[89]|20|21)?\\d{2}\\b"
                        + NUMERIC_DOT, 0.65),
                // not before another number (but a range's second date: "12/20-1/2"), nor a fraction: a score ("Pain 6/10",
                // "Strength 2/5", "Grade 2/6", "day 5/5") by its word before, a dose ("1/2 tab") by its word after
                NamedPattern.of("month and day", "(?<![\\d/])" + MONTH + "/" + DAY + "\\b(?![./]\\d|-\\d(?!\\d?/))" + NO_FRACTION, 0.5),
                // a month and a year of four digits ("Return 1/2088", "Compared with 03/2087", "since 08-2081")
                // (not a titer: "positive 1/2048")
                NamedPattern.of("month and four-digit year", "(?<![\\d/.-])" + MONTH + "[/-](?:1[89]|20|21)\\d{2}\\b(?![./-]\\d|,\\d)"
                        + "(?<!\\b1/2048)(?<!(?i:dilute|diluted|dilution|titer|titre|ratio|lot|batch|rev|version|ver)[ \\t:#]{1,3}\\d{1,2}[/-]\\d{4})"
                        // a form's revision ("Form LPD-112 (rev. 08/2021)", "Vordruck E-1 (Stand 01/2023)": a twenty-sixth held-out
                        // set's), the word whole ("fever. 03/2021 admitted", "Ruhestand 03/2021" are dates)
                        + "(?<!\\b(?i:rev\\.|ver\\.|stand)[ \\t:]{1,3}\\d{1,2}[/-]\\d{4})"
                        // a law's or a decree's number and year ("Ley 5/2012", "Real Decreto 1/2015", "Ustawa 3/2019"; a twenty-seventh
                        // held-out set's mediation minutes)
                        + "(?<!\\b(?i:ley|leyes|decreto|decreto-ley|law|loi|legge|lei|ustawa|directiva|directive|orden|order)[ \\t]{1,2}"
                        // (and "Ley Orgánica 3/2018", "Legge n. 3/2019", the review's)
                        + "(?:(?i:org[aá]nica|n\\.|nº|n\\.º|no\\.)[ \\t]{0,2})?\\d{1,2}/\\d{4})", 0.6),
                // a commit's or a mailbox's date as Git and ctime write it, its year after the time ("Date:   Tue Mar 5 14:22:09
                // 2024 +0530", "From jo Sat Apr 13 08:14:52 2024": a twenty-sixth held-out set's git log and mbox), whole
                NamedPattern.of("ctime date", "\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ ]+"
                        + DAY + "[ ]+(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?[ ]+(?:19|20)\\d{2}(?:[ ][+-](?:0\\d|1[0-4])[0-5]\\d)?(?![\\d:])", 0.9),
                // a day and a month's short name after a dash, no year ("interview (16-Jul)", a twenty-seventh held-out set's donor
                // record), the month capitalised; not a range's or a code's part ("16-Jul-", "A16-Jul")
                NamedPattern.of("day and short month with a dash", "(?<![\\w./-])" + DAY + "-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct"
                        + "|Nov|Dec)(?![\\w-]|[./]\\d)", 0.55),
                // the day first where it cannot be a month ("FIT was 212 on 22/04")
                NamedPattern.of("day and month", "(?<![\\d/])(?:1[3-9]|2\\d|3[01])/" + MONTH + "\\b(?![./-]\\d)" + NO_FRACTION, 0.5),
                // a day of the month alone after a preposition ("back on the 14th", "K 6.1 on the 3rd"); not an ordinal of
                // something else ("on the 3rd day", "the 4th cycle", "the 5th percentile")
                // (read from the ordinal, its preposition looked back at: from "on the", the scanner tried every sentence)
                NamedPattern.ofIgnoreCase("day of the month", "(?<![\\d.])(?:[12]?\\d|3[01])(?:st|nd|rd|th)\\b"
                        + "(?<=\\b(?:on|since|from|until|till|by|before|after)[ \\t]{1,3}the[ \\t]{1,3}\\d{1,2}(?:st|nd|rd|th))"
                        + "(?![ \\t]+(?:of[ \\t]+(?!" + MONTHS + ")\\p{L}|(?:time|times"
                        + "|day|days|dose|doses|cycle|cycles|week|weeks|trimester|grade|floor|percentile|degree|nerve|rib|toe|finger"
                        + "|intercostal|ventricle|visit|attempt|try|round|line|lumbar|cervical|thoracic|sacral|generation|year|month)\\b))", 0.6),
                // the day of the month after its weekday ("Friday the 23rd", "Mon the 12th", "SAT THE 3RD"): the weekday
                // written first, capitalised or in capitals ("she sat the 2nd exam" is none)
                NamedPattern.of("weekday and day of the month", "(?<!(?i:every|each|any|another)[ \\t])\\b(?:(?:Mon|Fri|Sun)(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?"
                        + "|Thu(?:r|rs|rsday)?|Sat(?:urday)?|(?:MON|FRI|SUN)(?:DAY)?|TUE(?:S|SDAY)?|WED(?:NESDAY)?|THU(?:R|RS|RSDAY)?"
                        + "|SAT(?:URDAY)?)\\.?,?[ \\t]+(?:the|THE)[ \\t]+(?:[12]?\\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)\\b"
                        + "(?![ \\t]+(?i:day|days|dose|cycle|week|visit|time|attempt|round)\\b)", 0.6),
                NamedPattern.of("month and two-digit year", "(?<![\\d/])" + MONTH + "/\\d{2}\\b(?![./-]\\d)" + NO_FRACTION, 0.45),
                // capitalised, or in capitals in a dictation ("IN MARCH"; not "MAY")
                NamedPattern.of("month alone", "\\b(?:January|February|March|April|June|July|August|September|October|November|December"
                        + "|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\b", 0.4),
                NamedPattern.ofIgnoreCase("written date", "\\b" + MONTHS + "\\s+" + DAY + "(?:st|nd|rd|th)?(?:,?\\s+(?:1[89]|20|21)\\d{2})?\\b", 0.65),
                // a range's first day and month before its dash, whose year the second date gives ("12.11.-31.12.2024", "12. 11. -
                // 2. 12. 2024", "24.-26. april 2026"), a range's first month ("maart-juni 2024"), a day and an abbreviated
                // month with dots ("07. Jan. 2025"): a fourteenth held-out set's, whose first halves were left
                NamedPattern.of("day and month before a range's dash", "(?<![\\d.])" + DAY + "\\.[ \\t]?" + MONTH + "\\.(?=[ \\t]{0,2}[-\u2013][ \\t]{0,2}"
                        + DAY + "\\.[ \\t]?" + MONTH + "\\.[ \\t]?(?:19|20)\\d{2}(?!\\d))", 0.6),
                NamedPattern.ofIgnoreCase("day before a range's dash", "(?<![\\d.])" + DAY + "\\.(?=[ \\t]{0,2}[-\u2013][ \\t]{0,2}" + DAY
                        + "\\.?[ \\t]{1,3}" + MONTHS_EU + "[ \\t]{1,3}(?:19|20)\\d{2})", 0.6),
                // and an English range's first day before the day and the month ("14-16 March", "21–23 July 2025", a
                // sixteenth held-out set's trip and race: the first day was left)
                NamedPattern.ofIgnoreCase("day before a range's dash and a written date", "(?<![\\d.,/-])(?<value>" + DAY
                        + ")[ \\t]?[-\u2013](?=[ \\t]?" + DAY + "(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?" + MONTHS + "\\b)", 0.6),
                NamedPattern.ofIgnoreCase("month before a range's dash", "\\b(?<value>" + MONTHS_EU + ")[-\u2013](?=" + MONTHS_EU + "[ \\t]{1,3}(?:19|20)\\d{2})", 0.55),
                NamedPattern.ofIgnoreCase("written date, day and month with dots", "(?<![\\d.])" + DAY + "\\.[ \\t]{1,3}" + MONTHS + "\\.[ \\t]{1,3}"
                        + "(?:1[89]|20|21)\\d{2}(?!\\d)", 0.65),
                NamedPattern.ofIgnoreCase("written date, day first", "\\b" + DAY + "(?:(?:st|nd|rd|th)\\s+day\\s+of\\s+|(?:st|nd|rd|th)?\\s+(?:of\\s+)?)" + MONTHS + "(?:,?\\s+(?:1[89]|20|21)\\d{2})?\\b", 0.65),
                // capitalised or in capitals, "of" between them or not ("December of 2087", "IN AUGUST 2072")
                NamedPattern.of("month and year", "\\b(?:January|February|March|April|May|June|July|August|September|October|November"
                        + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST"
                        + "|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\.?,?\\s+(?:(?:of|OF)[ \\t]+)?"
                        + "(?:(?:1[89]|20|21)\\d{2}|'\\d{2})\\b", 0.6),
                // holidays: date elements of a person's story ("confused since Thanksgiving", "rough Xmas"); not the days of the
                // week, which pin no day of a year (and which the i2b2 notes' gold leaves: "since Monday")
                NamedPattern.of("holiday", "\\b(?:Thanksgiving|(?<!Father[ \\t])Christmas(?:[ \\t](?:Eve|Day))?|Xmas|Easter(?:[ \\t]Sunday)?|Memorial[ \\t]Day"
                        + "|Labou?r[ \\t]Day|Independence[ \\t]Day|Fourth[ \\t]of[ \\t]July|New[ \\t]Year(?:'?s)?(?:[ \\t](?:Eve|Day))?"
                        + "|Halloween|Valentine'?s[ \\t]Day|Mother'?s[ \\t]Day|Father'?s[ \\t]Day|Veterans[ \\t]Day|Boxing[ \\t]Day)\\b", 0.6),
                // Spanish: "3 de marzo de 2019", "3 marzo 2019", "marzo de 2019", "noviembre del 2001"
                // (not a law's date after its number, "Ley 5/2012, de 6 de julio", "Real Decreto 1720/2007, de 21 de diciembre"; a
                // judgment's or a resolution's is a date, "Sentencia 123/2019, de 4 de abril de 2019", the review's)
                NamedPattern.ofIgnoreCase("written date, Spanish", "\\b(?<!(?:ley|decreto|decreto-ley|orden|directiva)[ \\t]{1,2}(?:org[aá]nica[ \\t]{1,2})?"
                        + "\\d{1,4}/(?:19|20)\\d{2},[ \\t]de[ \\t])" + DAY + "(?:[ \\t]{1,3}de)?[ \\t]{1,3}" + MESES
                        + "(?:(?:[ \\t]{1,3}del?)?[ \\t]{1,3}" + YEAR + ")?\\b", 0.65),
                NamedPattern.ofIgnoreCase("month and year, Spanish", "\\b" + MESES + "(?:[ \\t]{1,3}del?)?[ \\t]{1,3}" + YEAR + "\\b", 0.6),
                // French, German, Italian, Portuguese, Dutch: "3 mars 2019", "3. März 2019", "3 de março de 2019", "maart 2019"
                // (the first of the month as French, Italian, Spanish and Portuguese write it, "1er septembre 2024", "1° ottobre
                // 2024", and a Polish year's "r.", "18 czerwca 2024 r.": a twenty-seventh held-out set's; their parts were left)
                NamedPattern.ofIgnoreCase("written date, European", "\\b(?:1(?:er|°|º)|" + DAY + "\\.?)[ \\t]{1,3}(?:de[ \\t]{1,3})?" + MONTHS_EU
                        + "[ \\t]{1,3}(?:de[ \\t]{1,3})?" + YEAR + "(?:[ \\t]r\\.(?![\\p{L}\\d])|\\b" + SOUTH_SLAVIC_DOT + ")", 0.65),
                // a Dutch day of May or March, months that are words too, after a weekday or "op" ("dinsdag 14 mei", "op 2 maart")
                NamedPattern.ofIgnoreCase("day and mei or maart, Dutch", "(?<=(?<![\\p{L}])(?:op|maandag|dinsdag|woensdag|donderdag|vrijdag"
                        + "|zaterdag|zondag)[ \\t]{1,3})" + DAY + "[ \\t]{1,3}(?-i:mei|maart)(?![\\p{L}])", 0.55),
                // a month's name between dashes, dots or slashes: "23-Oct-1972", "13-NOV-2017", "23-octubre-1972", "3.Okt.2019"
                NamedPattern.ofIgnoreCase("date with the month's name between marks", "(?<![\\w.-])" + DAY + "[-./](?:" + MONTHS + "|" + MESES + "|" + MONTHS_EU
                        + "|" + MONTH_ABBREVIATIONS + ")[-./](?:" + YEAR + "|\\d{2})\\b", 0.7),
                NamedPattern.ofIgnoreCase("month and year, European", "\\b(?!(?:mars|mai|mei|maio|marco|maj|luty|mart|medi|augusta)\\b)" + MONTHS_EU
                        + "[ \\t]{1,3}(?:de[ \\t]{1,3})?" + YEAR + "\\b", 0.6),
                // a day and a month without the year ("op 2 maart", "dne 3. března"), not of the months that are words too
                NamedPattern.ofIgnoreCase("day and month, European", "\\b" + DAY + "\\.?[ \\t]{1,3}(?:de[ \\t]{1,3})?"
                        + "(?!(?:mars|mai|mei|maio|marco|maj|luty|april|august|september|november|december|mart|ekim|medi|augusta)\\b)" + MONTHS_EU + "\\b", 0.55),
                // and a Nordic day of a month that is a name too, after the day's dot in small letters ("5. august", "1. april":
                // a twenty-eighth held-out set's Norwegian claim; "Augusta", "April" capitalised are names)
                NamedPattern.of("day and month with a dot, Nordic", "(?<![\\d.])" + DAY + "\\.[ ](?:april|august|september|november|december|mai|maj)(?![\\p{L}])(?![ \\t]+(?:19|20)\\d{2})", 0.55),
                // and French's March and May, words too, in small letters after "le", "du", "au", a weekday, or alone in a
                // table's cell ("le 18 mars", "mardi 25 mars", "| 11 mars |", a twenty-third held-out set's rota; not "the 3
                // Mars bars", "| 2 Mars orbiters |", Romanian's "au 5 mai mulți", "Place du 18 Mars", the review's)
                NamedPattern.ofIgnoreCase("day and March or May, French", "(?:(?<=(?<![\\p{L}])(?:le|du|au|lundi|mardi|mercredi|jeudi"
                        + "|vendredi|samedi|dimanche)[ \\t]{1,3})" + DAY + "(?:er)?[ \\t]{1,3}(?-i:mars|mai)(?![\\p{L}])"
                        + "(?![ \\t]{1,3}(?:bars?|rover|mission|planet|mul[tț]i?|pu[tț]in\\p{L}*|mare|mic)\\b)"
                        + "|(?<=\\|[ \\t]{0,3})" + DAY + "(?:er)?[ \\t]{1,3}(?-i:mars|mai)(?=[ \\t]*\\|))", 0.55),
                // Hungarian's in digits, the year first with a dot after each part ("2025. 07. 18.", "2025.07.18."), and its month
                // and year ("2021. március óta"); a Nordic clock's time after its word, with a dot ("kl. 11.00", "klo 8.30")
                NamedPattern.of("numeric date, year first with dots", "(?<![\\d.])(?:19|20)\\d{2}\\.[ \\t]?" + MONTH2 + "\\.[ \\t]?" + DAY2 + "\\.(?!\\d)", 0.6),
                NamedPattern.of("year and month, year first", "(?<![\\d.])" + YEAR + "\\.[ \\t](?:január|február|március|április|május"
                        + "|június|július|augusztus|szeptember|október|november|december)(?![\\p{L}])(?![ \\t]+\\d)", 0.55),
                // (Danish's and Norwegian's "kl." is a class's too: only after a date's year or a day's name; Finnish's and
                // Swedish's words are the clock's alone)
                NamedPattern.ofIgnoreCase("time after its word", "(?:(?<![\\p{L}])(?:klo|kello|klockan|kell)|(?<=(?:19|20)\\d{2}[ \\t,]{1,3}|dag[ \\t,]{1,3})kl\\.)"
                        + "[ \\t]?(?<value>(?:[01]?\\d|2[0-3])[.:][0-5]\\d)(?![\\d.,]\\d|\\d|[ \\t]*kr\\b)", 0.6),
                // the year first, as Hungarian writes a date ("2024. október 5.", "2024. október 8-án", "1978. szeptember 23.")
                NamedPattern.ofIgnoreCase("written date, year first", "\\b" + YEAR + "\\.[ \\t]{1,3}" + MONTHS_EU + "[ \\t]{1,3}" + DAY
                        + "(?:\\.|-(?:án|én|ján|jén|ig|i|a|e|ától|étől)\\b)", 0.65),
                // a Lithuanian date, the month in the genitive and the day with "d." ("2025 m. kovo 14 d.", "spalio 15 d."; a
                // fifteenth held-out set's loan agreement)
                // and a Latvian's, the year first with "gada" and the month in the locative or the nominative ("2025. gada 24.
                // aprīlī"), and a Vietnamese one's words for day, month and year ("ngày 05 tháng 03 năm 2025"; a twentieth
                // held-out set's summons and residence form)
                NamedPattern.ofIgnoreCase("written date, Baltic, Vietnamese or Tagalog", "(?<![\\p{L}\\d])(?:(?:" + YEAR + "[ \\t]m\\.[ \\t])?(?:sausio|vasario"
                        + "|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)[ \\t]" + DAY + "[ \\t]d\\."
                        + "|" + YEAR + "\\.[ \\t]gada[ \\t]" + DAY + "\\.[ \\t](?:janvār(?:ī|is)|februār(?:ī|is)|mart(?:ā|s)|aprīl(?:ī|is)"
                        + "|maij(?:ā|s)|jūnij(?:ā|s)|jūlij(?:ā|s)|august(?:ā|s)|septembr(?:ī|is)|oktobr(?:ī|is)|novembr(?:ī|is)|decembr(?:ī|is))"
                        + "|ngày[ \\t]" + DAY + "[ \\t]tháng[ \\t]" + MONTH + "[ \\t]năm[ \\t]" + YEAR
                        // and Tagalog's month first, its day, a comma and the year ("Marso 15, 2025", a twentieth held-out set's
                        // barangay log; with the year only: "Mayo 12" is an Irish score's, "Agosto 24 horas" a clinic's)
                        + "|(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre)[ \\t]" + DAY + ",[ \\t]" + YEAR
                        + ")(?![\\p{L}\\d])", 0.65),
                // a clock's time: two digits for the hour on a 24-hour clock ("08:45", "17h30"), "am" or "pm" after one
                // ("4:50pm", "11am", "4 p.m."); not a titre, a dilution, a ratio, a scale or a verse, which write one digit
                // before the colon ("1:40", "1:20", "1:25,000", "Romans 8:28"), a duration ("2h30", "3:45:12"), nor
                // German's "2 am Tag"; not a part of a longer number
                // (after a comma with two digits for the hour and a colon: a CSV's cells, "Site 7,06:45,15:30"; before a colon that no digit
                // follows: "at 12:38: ice pack"; not before a thousands group: "1:25,000")
                // and a time with a dot before "h" after a preposition, as Catalan, Spanish and French write one ("a les 0.45
                // h", "fins a les 2.40 h"; not a duration's decimal hours, "Total 7.35 h")
                NamedPattern.ofIgnoreCase("time", "(?:(?<![\\d:./,])|(?<=,)(?=(?:[01]\\d|2[0-3]):[0-5]\\d))(?:(?:[01]\\d|2[0-3])[:h][0-5]\\d(?::[0-5]\\d)?(?:[ \\t]?[ap]\\.?m\\b\\.?)?"
                        + "|(?:1[0-2]|0?[1-9]):[0-5]\\d(?::[0-5]\\d)?[ \\t]?[ap]\\.?m\\b\\.?|(?:1[0-2]|0?[1-9])(?:[ap]m\\b|[ \\t]?(?-i:AM|PM)\\b|[ \\t]?[ap]\\.m\\.)"
                        + "|(?<=\\b(?:a|les|las|de|des|à|vers|fins|hasta|desde|from|at|um|ab|bis|till|until|to)[ \\t])(?:[01]?\\d|2[0-3])\\.[0-5]\\d(?=[ \\t]?h\\b)"
                        // French's hours and minutes with blanks, after "à", "vers", "dès" or a year's comma ("le 24 février 2025 à
                        // 14 h 20", "mardi 4 mars 2025, 14 h 00": a twenty-first held-out set's); not a duration or a distance
                        // ("Durée totale, 2 h 30", "à 2 h 30 de Paris", "2 h 15 min"), nor a range's end ("de 1 h 30 à 2 h 00")
                        + "|(?<=(?:\\b(?:à|vers|dès)|(?<!\\d)(?:19|20)\\d{2},)[ \\t])(?:[01]?\\d|2[0-3])[ \\t]h[ \\t][0-5]\\d"
                        + "(?![ \\t]*+(?:de|d'|du|min)\\b)(?<!\\d[ \\t]h[ \\t]\\d{2}[ \\t]à[ \\t]\\d{1,2}[ \\t]h[ \\t]\\d{2}))"
                        + "(?!\\d|:\\d|,\\d{3}|[ \\t]*(?:dilution|ratio|titer|titre)\\b)"
                        // a verse of a book of the Bible ("Romans 12:12", "Psalm 23:10")
                        + "(?<!\\b(?:genesis|exodus|psalms?|proverbs|isaiah|jeremiah|matthew|mark|luke|john|acts|romans|corinthians|galatians"
                        + "|ephesians|hebrews|revelation|chapter|verse|ch\\.)[ \\t]{1,2}\\d{1,3}:\\d{1,3})", 0.5)),
                Set.of("date", "dob", "born", "admitted", "admission", "discharged", "discharge", "seen", "visit", "on",
                        "since", "in", "record date", "died", "death", "surgery", "appointment", "compared with", "s/p",
                        "cath", "plan", "last", "until", "from", "today", "tomorrow", "yesterday", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday", "fecha", "ingreso", "alta", "nacimiento", "desde",
                        "datum", "naissance", "geboren", "né", "née", "nascita", "nascimento"));
    }

    /**
     * The weekdays a date may follow, in the languages of the months read: English's, capitalised when shortened
     * ("Thursday, March 20, 2025", "Sun, Mar 9, 2025"), and German's, French's, Spanish's, Italian's, Dutch's, Portuguese's,
     * the Nordic languages' and Finnish's, in lower case there ("lunedì 24 marzo 2025", "zondag 18 mei", "lørdag 26. april").
     */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "miercoles", "jueves",
            "viernes", "sábado", "sabado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "segunda-feira", "terça-feira",
            "quarta-feira", "quinta-feira", "sexta-feira", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
            "mandag", "tirsdag", "lørdag", "søndag", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
            "sunnuntai",
            // Estonian's ("reede, 14. juuni 2024", a twenty-seventh held-out set's tattoo consent)
            "esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev");
    /** English's shortened weekdays, capitalised ("Sun, Mar 9", "Tue 11/03/2025"): "sat", "wed" in lower case are words. */
    private static final Set<String> SHORT_WEEKDAYS = Set.of("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
            "Sun", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /**
     * The dates found, each with the weekday right before it, a comma or blanks between (an eighteenth held-out set's
     * letters, threads and notes: the date without its day was redacted all but "Thursday, ").
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        return Results.changed(super.analyze(text), r -> {
            // a date's; not a time's ("Sat 11am", "mardi 17h30": the time of a day the text names)
            int start = r.explanation().startsWith("pattern 'time'") ? r.start() : weekdayBefore(text, r.start());
            return start < r.start() ? new RecognizerResult(r.entityType(), start, r.end(), r.score(), r.explanation() + ", with its weekday") : r;
        });
    }

    /** @return where a weekday before {@code at} begins (a comma, a dot or blanks between), or {@code at} when none does */
    private static int weekdayBefore(CharSequence text, int at) {
        int k = at;
        int blanks = 0;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t') && blanks < 3) {
            k--;
            blanks++;
        }
        boolean dot = k > 0 && text.charAt(k - 1) == '.';
        if (k > 0 && text.charAt(k - 1) == ',' || dot) {
            k--;
        } else if (blanks == 0) {
            return at;
        }
        int end = k;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '-') && end - k < 14) {
            k--;
        }
        if (k == end || k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '-')) {
            return at;
        }
        String word = text.subSequence(k, end).toString();
        if (word.equals("den") && !dot && k > 1 && text.charAt(k - 1) == ' ') {
            // Danish's and Norwegian's "den" between the weekday and the day ("lørdag den 4. maj 2024", a twenty-seventh
            // held-out set's dog transfer)
            int before = weekdayBefore(text, k);
            return before < k ? before : at;
        }
        // a dot after a shortened one only ("Sat. 12 March"; "on a sunday. 12 March" ends a sentence)
        return !dot && WEEKDAYS.contains(word.toLowerCase(java.util.Locale.ROOT)) || SHORT_WEEKDAYS.contains(word) ? k : at;
    }
}
