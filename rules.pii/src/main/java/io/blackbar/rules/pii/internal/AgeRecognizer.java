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
 * A person's age written as one ({@code 26 years old}, {@code 26 y/o}, {@code aged 26}, {@code Age: 26}),
 * and as Spanish clinical and administrative text writes it ({@code Edad: 44 años}, {@code varón de 52
 * años}, {@code de 3 meses de edad}), with the forms of French, Italian, German and Portuguese that say
 * an age and nothing else ({@code âgée de 45 ans}, {@code 45 anni di età}, {@code 45 Jahre alt}, {@code 45
 * anos de idade}). A number of years alone ("hace 5 años", "after 5 years") is no age. The Spanish forms
 * ignore case beyond ASCII too, as headers in capitals write them ("VARÓN DE 52 AÑOS").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "AGE", frameworks = {"pii", "gdpr"})
public class AgeRecognizer extends PatternRecognizer {

    public AgeRecognizer() {
        super("AGE", Category.PERSONAL, List.of(
                NamedPattern.ofIgnoreCase("years old", "\\b(?<value>\\d{1,3})(?:\\s*|-)(?:years?|yrs?)(?:\\s*|-)old\\b", 0.7),
                NamedPattern.ofIgnoreCase("y/o", "\\b(?<value>\\d{1,3})\\s*(?:y/o|yo|y\\.o\\.)(?![\\w])", 0.7),
                // (and a profile's shown or stated age: "age shown 34", a twenty-seventh held-out set's safety report)
                NamedPattern.ofIgnoreCase("aged", "\\b(?:aged?|age:|(?<!(?:average|mean|median)[ \\t])age[ \\t]+(?:shown|stated|given|listed|declared)"
                        + "(?=[ \\t]+\\d{1,3}(?![\\d%])(?![ \\t]+(?:times|ways|different|entries|%)\\b)))\\s*(?<value>\\d{1,3})\\b", 0.65),
                NamedPattern.ofIgnoreCase("age of", "\\bage of\\s+(?<value>\\d{1,3})\\b", 0.7),
                // and a sixteenth held-out set's Slovak, Latvian, Croatian labels ("Vek: 17"), with the labels of the languages
                // beside them
                NamedPattern.ofIgnoreCase("edad", "(?u)(?<![\\p{L}\\d])(?:edad|idade|âge|età|alter|vek|věk|wiek|leeftijd|ålder|alder"
                        + "|vecums|starost|vârsta|vârstă|életkor|amžius|vanus|возраст|вік|ηλικία"
                        // and Finnish's and Turkish's as a form's field, no word before them ("Ikä: 63"; not "Ortalama yaş: 38",
                        // "Puun ikä: 120", an average's, a tree's: the review's)
                        + "|(?:ikä|yaşı?)(?<![\\p{L}][ \\t]?(?:ikä|yaşı?)))[ \\t]*:[ \\t]*(?<value>\\d{1,3})\\b"
                        // not a range or a floor ("Vek: 6-12 rokov", "Wiek: 3+ lat": a toy's, a review's)
                        + "(?![.,]\\d|[ \\t]*[-–+])", 0.7),
                // an age's label with its remark ("Age on departure: 11", "Age at death: 91"), an export's key ("\"age\": 21",
                // "\"age_at_registration\": 21", "age=34"): not "Age range: 18-65" (a remark of those words only), nor "page: 3"
                // (a person's moment only: not "Age at failure: 12", "Age in service: 14", "Age on arrival: 3 days", a
                // machine's and a parcel's; nor a key's limit, rating, bound or group, "age_limit": 18, "age_min": 18, a
                // review's)
                NamedPattern.ofIgnoreCase("age with a remark", "\\bage(?<!(?:mean|median|average|minimum|maximum)[ \\t]age)[ \\t]+(?:at|on|upon)[ \\t]+(?:departure|registration|admission"
                        + "|death|diagnosis|onset|enrolment|enrollment|entry|referral|interview|marriage|application|assessment"
                        + "|discharge|injury|incident|arrest|retirement|recruitment|baptism|adoption|placement|arrival|presentation"
                        // a trial's subject's moments, and a form's without a colon before a lone number (a nineteenth held-out
                        // set's adverse-event form: "Age at consent 57"; not a criterion's range, "Age at inclusion 18 to 65", nor
                        // a group's median, "Median age at randomization 62 (IQR 55-70)": the review's)
                        + "|consent|screening|randomisation|randomization|inclusion"
                        // a call-up's or an enlistment's ("Age at mobilisation: 24", a twenty-eighth held-out set's NYSC letter)
                        + "|mobilisation|mobilization|enlistment|call-up|deployment|graduation|hire|hiring)"
                        + "(?:[ \\t]*:[ \\t]*|[ \\t]+(?=\\d{1,3}(?![\\d.,])(?![ \\t]*(?:\\(|-|–|to\\b|or\\b|and\\b|years?\\b|yrs?\\b|\\+))))(?<value>\\d{1,3})\\b(?![.,\\-–]\\d|[ \\t]*(?:days?|weeks?|months?|hours?|minutes?)\\b)", 0.7),
                NamedPattern.ofIgnoreCase("age key", "(?<![\\w\\-])\"?age(?:_(?:years|yrs|at_[a-z]{2,15}))?\"?[ \\t]*[:=][ \\t]*\"?"
                        + "(?<value>\\d{1,3})(?!\\d|[.,\\-–]\\d)", 0.65),
                // an XML element's, as JSON's key ("<Age>47</Age>", a twenty-first held-out set's pre-authorisation request)
                NamedPattern.ofIgnoreCase("age element", "<(?:patient_?|member_?|person_?)?age(?:_?years)?>[ \\t]*(?<value>\\d{1,3})[ \\t]*</", 0.65),
                // an export's key of a person's age shown, stated or reported ("\"age_shown\": 34", "patient_age=71", an
                // eighteenth held-out set's moderation report): two or more (a flag's 0 and 1: "\"age_shown\": 1", a review's)
                NamedPattern.ofIgnoreCase("age key with a remark", "(?<![\\w\\-])\"?(?:(?:patient|member|client|person|child|applicant)_age"
                        + "|age_(?:shown|stated|declared|reported))\"?[ \\t]*[:=][ \\t]*\"?(?<value>[2-9]|[1-9]\\d{1,2})(?!\\d|[.,\\-–]\\d)", 0.65),
                NamedPattern.ofIgnoreCase("person of n years", "(?u)(?<![\\p{L}])" + SPANISH_PERSON + "[ \\t]+de[ \\t]+"
                        + number("(?:años?|mes(?:es)?|semanas?|d[ií]as?)(?![\\p{L}])"), 0.7),
                // the age at an event, or had: "a los 14 años, espermarquia", "desde los 5 años", "a los dos días de vida",
                // "contaba con 69 años", "tenía 32 años"; not a time after an event ("a los 5 años de la cirugía", "a los
                // 6 meses", "a los 3 días, presentó": months and days are a follow-up's, but "de vida", "de edad"); the
                // match begins at "los", a rare word in other languages' text, not at every "a"
                NamedPattern.ofIgnoreCase("at n years", "(?u)(?<=(?<![\\p{L}])(?:a|desde)[ \\t]{1,3})los[ \\t]+"
                        + number("(?:años" + NOT_AFTER_AN_EVENT + "|(?:meses|semanas|días|dias)[ \\t]+de[ \\t]+(?:vida|edad)(?![\\p{L}]))"), 0.6),
                NamedPattern.ofIgnoreCase("had n years", "(?u)(?<![\\p{L}])(?:ten[ií]a|contaba[ \\t]+con|cumpli[oó])[ \\t]+"
                        + number("(?:años|meses)" + NOT_AFTER_AN_EVENT), 0.6),
                // in apposition, between commas, after the word for the person: "Paciente mujer, 44 años, derivado",
                // "Paciente masculino, de 33 años,"; not "HTA, 10 años, en tratamiento" (a duration)
                NamedPattern.ofIgnoreCase("n years between commas", "(?u)(?<![\\p{L}])" + SPANISH_PERSON
                        + "[^.,;\\n]{0,40}+,[ \\t](?:de[ \\t]+)?(?<value>\\d{1,3})[ \\t]+años(?=[ \\t]*,)", 0.6),
                NamedPattern.ofIgnoreCase("n years of age", "(?u)(?<![\\p{L}\\d])(?<value>\\d{1,3})[ \\t]{1,3}(?:(?:años|meses|semanas|días|dias)[ \\t]+de[ \\t]+(?:edad|vida)"
                        + "|ans[ \\t]+d'âge|anni[ \\t]+di[ \\t]+età|anos[ \\t]+de[ \\t]+idade|jahre[ \\t]+alte?[rsn]?)(?![\\p{L}])", 0.7),
                // English's, after a person's verb ("Petitioner is 26 years of age", a twenty-third held-out set's petition;
                // not a rule's bound: "children under 5 years of age", "65 years of age or older", "and under", "on or
                // before", "who is 70 years of age", "The minimum age is 16 years of age", plural conditions, the review's)
                NamedPattern.of("is n years of age", "(?<=(?<![\\p{L}])(?<!(?i:who|that|which|if|age|when)[ \\t]{1,3})(?:is|was|am)[ \\t]{1,3})"
                        + "(?<value>\\d{1,3})[ \\t]{1,3}years[ \\t]+of[ \\t]+age(?![ \\t]+(?:or|and)[ \\t]+(?:older|over|more|above|younger|under"
                        + "|less|greater|below|up)|[ \\t]+on[ \\t]+or[ \\t]+(?:before|after))", 0.7),
                NamedPattern.ofIgnoreCase("aged n", "(?<![\\p{L}])(?:âgé|agé)e?s?[ \\t]{1,3}de[ \\t]{1,3}(?<value>\\d{1,3})[ \\t]{1,3}ans(?![\\p{L}])", 0.6),
                // German, Dutch, Swedish and Polish adjectives before a person ("der 34-jährige Beschuldigte", "de
                // 45-jarige man", "en 45-årig kvinna", "34-letni mężczyzna"; not "3-jährige Garantie", a duration), their
                // "years old" ("45 jaar oud", "45 år gammal", "w wieku 34 lat"), and the Italian, French and Portuguese
                // "has N years" after a person ("paziente di 45 anni", "il a 54 ans", "tem 67 anos"); not "il y a 5 ans"
                // (ago), "un mutuo di 20 anni" (a loan's term)
                NamedPattern.ofIgnoreCase("adjective of age", "(?u)(?<![\\p{L}\\d])(?<value>\\d{1,3})[ \\t]?-?[ \\t]?"
                        + "(?:(?:jährige?[rnms]?|jaehrige?[rnms]?)[ \\t]+(?:mann|frau|patient(?:in)?|beschuldigte[rn]?|täter(?:in)?"
                        + "|opfer|fahrer(?:in)?|kind|junge|mädchen|schüler(?:in)?|mitarbeiter(?:in)?|angeklagte[rn]?|verdächtige[rn]?"
                        + "|rentner(?:in)?|sohn|tochter|mutter|vater)|jarige?[ \\t]+(?:man|vrouw|jongen|meisje|patiënt|patient|verdachte"
                        + "|bestuurder|kind|zoon|dochter)|årig[ae]?[ \\t]+(?:man|kvinna|kvinnan|mannen|pojke|flicka|patient|son|dotter)"
                        + "|letni\\p{L}*[ \\t]+(?:mężczyzn|kobiet|pacjent|chłop|dziewczyn|syn|córk)\\p{L}*)(?![\\p{L}])", 0.7),
                // (the words written out with one space: strings the scanner looks for first)
                // and Tagalog's of two digits, Estonian's after a name and "on" or before a person's word, Icelandic's after a
                // name or a pronoun and "er" ("47 taong gulang", "Rasmus Tamm on 19-aastane;", "Rói Joensen er 22 ára", a
                // twentieth held-out set's; not a building's, a contract's or a firm's years: "Leping on 5-aastane")
                NamedPattern.ofIgnoreCase("years old, in other languages", "(?u)(?<![\\p{L}\\d])(?<value>\\d{1,3})(?:[ \\t]{1,3}(?:jaar oud"
                        + "|år gammal?|taong gulang(?<=(?<!\\d)\\d{1,2}[ \\t]{1,3}taong gulang)|ára(?<=" + NAME_THEN + "er[ \\t]\\d{1,3}[ \\t]{1,3}ára))"
                        + "|-aastane(?<=" + NAME_THEN + "on[ \\t]\\d{1,3}-aastane)"
                        // and before a person's word ("45-aastane mees", "Patsient on 67-aastane naine", a second review's)
                        + "|-aastane(?=[ \\t]+(?:mees|naine|poiss|tüdruk|laps|patsient|patsiendi)(?![\\p{L}])))(?![\\p{L}])", 0.7),
                // in brackets after a titled name, the years' word of a European language after the number ("sig. Esposito
                // (71 anni, allettato)", "Frau Emine Yılmaz (65 J.)", a twenty-fifth held-out set's prescription and discharge
                // letter; not a duration after a condition, "Hipertensión (10 años)")
                NamedPattern.of("years in brackets after a name", "(?u)(?<=(?<![\\p{L}])(?:sig|sig\\.ra|sigra|signor|signora|Frau|Herr|Mme"
                        + "|Mlle|M\\.|Sr|Sra|Mr|Mrs|Ms|Pan|Pani|Dhr|Mevr|Mw|Fru|Hr)\\.?[ \\t][\\p{L}'’ .-]{1,40}[ \\t]\\()(?<value>\\d{1,3})[ \\t]{1,3}"
                        + "(?:años|anni|ans|anos|Jahre|J\\.|jaar|lat|år|vuotta|let|metų)(?=[ \\t]*[,;)])", 0.65),
                NamedPattern.ofIgnoreCase("aged, Polish", "(?u)(?<![\\p{L}])wieku[ \\t]+(?<value>\\d{1,3})[ \\t]+lat(?![\\p{L}])", 0.7),
                NamedPattern.ofIgnoreCase("has n years", "(?u)(?<=(?<![\\p{L}])(?:(?:paziente|uomo|donna|bambin[oa]|ragazz[oa]|signor[ae]?)"
                        + "[ \\t]di|(?:il|elle)[ \\t](?:a|avait)|(?:ele|ela)[ \\t](?:tem|tinha)|(?:ha|aveva)(?:[ \\t]compiuto)?)[ \\t])"
                        + "(?<value>\\d{1,3})[ \\t]{1,3}(?:anni|ans|anos)(?![\\p{L}])"
                        // not years of something ("ha 3 anni di esperienza", "il a 20 ans d'expérience", "50 anni di storia")
                        + "(?![ \\t]*+(?:(?:di|de|du|des|da|do)(?![\\p{L}])|[dl]['’]))", 0.6),
                // as news and reports give a person's age after the name: "Hannah Kim, 34, of Leeds", "Hannah Kim (34)
                // reported" (two capitalised words before; after the commas a word that goes on about the person; in
                // parentheses two digits and a verb: not "Schedule One (1)", "Schedule One (12) pages follow")
                NamedPattern.of("age after a name", "(?<=\\p{Lu}[\\p{Ll}'-]{1,30}[ \\t]\\p{Lu}[\\p{L}'-]{1,30}),[ \\t](?<value>\\d{1,3}),[ \\t]"
                        + "(?=(?:of|from|a|an|who|was|is|were|has|had|and|died|lives|lived|says|said|told)\\b"
                        // or a room's or a bed's number ("guest Morag Ferguson, 82, rm 007, pressed the call bell", a nineteenth
                        // held-out set's hotel night audit)
                        + "|(?:rm|room|bed|ward|cabin)\\.?[ \\t]?\\d"
                        // or a person's noun before a preposition or a clause's end ("Hiroshi Tanaka, 31, visitor from Osaka": a
                        // twenty-first held-out set's incident report; not an adjective before a noun, "Ford Transit, 15, passenger
                        // van", nor a state's word, "Labour Party, 41, retired members", the review's; nor a house's number after,
                        // a flat's as often: "Hannah Kim, 34, 1500 Post St")
                        + "|(?:visitor|resident|tourist|student|pupil|passenger|pedestrian|cyclist|driver|rider|swimmer)"
                        + "(?=[ \\t]+(?:from|of|at|in|on|for|with)\\b|[ \\t]*+(?:[,.;)]|\\r?\\n|$)))", 0.6),
                // and before a state or a trade that ends its part (an eighteenth held-out set's genealogy: "Patrick
                // O'Sullivan, 28, bachelor, fisherman"), a given name of the lists first (read in analyze: not "Software
                // Engineer, 5, developer roles", "Labour Party, 41, retired members", a review's)
                NamedPattern.of(AFTER_A_NAME_BEFORE_A_TRADE, "(?<=\\p{Lu}[\\p{Ll}'’-]{1,30}[ \\t]\\p{Lu}[\\p{L}'’-]{1,30}),[ \\t]"
                        + "(?<value>\\d{1,3}),[ \\t](?=(?:" + STATES_AND_TRADES + ")(?:[,.;]|[ \\t]+and\\b|[ \\t]*(?:\\r?\\n|$)))", 0.6),
                NamedPattern.of("age in parentheses after a name", "(?<=\\p{Lu}[\\p{Ll}'-]{1,30}[ \\t]\\p{Lu}[\\p{L}'-]{1,30})[ \\t]\\("
                        + "(?<value>[1-9]\\d)\\)(?=[ \\t]+(?:\\p{Ll}+ed|was|is|were|has|had|who|and|says|said|told|died|lives)\\b)", 0.55),
                // a child's or a relative's age in brackets after the first name alone, with or without its unit ("Kofi (4)",
                // "wife Vasiliki (75)", "Inês (14 ans)", "Noor (11 jaar)"): the word before a first name of the lists (read
                // in analyze, before the patterns' spans are merged: "Schedule (3)", "Warranty (5 years)" are none)
                NamedPattern.of(AFTER_A_FIRST_NAME, "(?<=\\p{Lu}[\\p{Ll}'-]{1,30}[ \\t])\\((?<value>\\d{1,3})(?:[ \\t]?(?:ans|jaar|anos|anys|años"
                        + "|anni|Jahre|år|lat|let|rokov|roky|vuotta|metų|gadi|aastat|ára|yrs?|y|years?|yo|y/o))?(?=[,;)])", 0.55),
                // a child's age in brackets after its date of birth, with its unit, or without it after a birth's label or a
                // sex's letter ("DOB 02/02/2019 (6)", "14/06/2016 (8 yrs)", "F, 01/03/2017 (7);"; read in analyze: not
                // "Version 1.2.10 (45)", "Invoice dated 10/10/2020 (12)")
                // (and after an ISO date or one with its month's name: "DOB 1961-12-03 (63),", "DOB 23 Oct 1938 (86 y)", a
                // twenty-second held-out set's fraud report and audiology record)
                NamedPattern.of(AFTER_A_DATE, "(?<=(?:(?<![\\d.])\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?<![\\d-])(?:19|20)\\d{2}-\\d{2}-\\d{2}"
                        + "|(?<![\\d.])\\d{1,2}[ \\t]\\p{L}{3,9}\\.?[ \\t](?:19|20)\\d{2}),?[ \\t]{1,3})"
                        // (and the months after the years: "14 August 2017 (6 years 9 months)", a twenty-seventh held-out set's)
                        + "\\((?<value>\\d{1,3})(?<unit>[ \\t]?" + UNIT + ")?(?:(?<=(?i:dob|d\\.o\\.b\\.?|born|birth|geboren|né|née|nato|nata)[^\\n]{0,60})[ \\t]\\d{1,2}[ \\t]?(?:months?|mos?))?\\)", 0.6),
                // a relative's age in brackets after the name, a relative's word or a title before it ("wife Catriona MacRae
                // (81),", "my father, Mr Gwilym Evans (83), who", "mother Ho Siu Fong (78).", "spouse: Lourdes P. Dela Cruz
                // (74)"; the words read in analyze)
                NamedPattern.of(AFTER_A_RELATIVES_NAME, "(?<=\\p{Lu}[\\p{L}'-]{1,30}[ \\t])\\((?<value>[1-9]\\d?)\\)"
                        // or a clause going on ("her grandson Julien Mouton (19) be allowed", "dochter Lotte (24) had", a
                        // nineteenth held-out set's)
                        + "(?=[,;.)]|[ \\t]*+(?:\\r?\\n|$)|[ \\t]\\p{Ll})", 0.55),
                // a fourteenth held-out set's: the age with its unit in brackets after a birth date written out, with spaces,
                // or a national number that holds it ("geboren te Lier op 17 mei 1983 (41 jaar)", "Születési hely, idő:
                // Békéscsaba, 2006. augusztus 23. (18 éves)", "Dátum narodenia: 23. 6. 1956 (68 r.)", "Personnummer:
                // 19400917-2489   (84 år)"; read in analyze: a birth's word before the date, since a service's, a term's
                // or an anniversary's length follows a date as often: "fra 1. mars 2014 (10 år)"); not English units
                NamedPattern.of(AFTER_A_WRITTEN_DATE, "\\([ \\t]?(?<value>\\d{1,3})[ \\t]?(?:" + UNIT_NOT_ENGLISH + "|a)[ \\t]?\\)", 0.6),
                // a Hungarian age after a name between commas ("anya: Farkasné Tóth Erzsébet, 47 éves, óvodapedagógus"), an
                // English one after a name or a date of birth with its unit ("Kwame Ofori-Atta Mensah, 34 yrs, mechanic",
                // "DOB / Age       : 23-04-1996 / 29 yrs"), read in analyze: a known given name before ("Eladó Ford Focus, 5
                // éves", "Senior Software Engineer, 5 years," are none), an age's or a birth's label before the date
                // (and in other languages after a given name or after a national number that holds the birth date: "dcera
                // Tereza, 17 let)", "MUREȘAN RADU, CNP 1811110125616, 43 ani,", a fifteenth held-out set's; a comma or a
                // bracket after it: "Villa Maria, 100 anni." and "Languages: Ruby, 4 years;" are none, a review's)
                NamedPattern.of(AFTER_A_NAME_WITH_UNIT, "(?<=(?:\\p{Lu}[\\p{L}'-]{1,30}|\\d{6,18}),[ \\t])(?<value>\\d{1,3})[ \\t]?"
                        + "(?:(?<eves>éves)(?=[ \\t]*,)|(?:yrs|years)(?=[ \\t]*,)|(?:leta|let|ani|år|lat|anni|ans|años|anos|Jahre|jaar|roky"
                        + "|rokov|aastat|vuotta|metų|god\\.|godina|v\\.|ára|gadi|години)(?=[ \\t]*[,)]))", 0.6),
                // Bulgarian's "at N years" after a comma ("Ахмед Мустафов Салиев, ЕГН 0843032015, на 16 години", a twenty-eighth
                // held-out set's picking contract; not a term's, "Кредит на 30 години", "Иван Петров, на 5 години стаж", a review's)
                NamedPattern.of("aged, Bulgarian", "(?<=,[ \\t])на[ \\t](?<value>\\d{1,3})[ \\t]години(?![\\p{L}])"
                        + "(?![ \\t]+(?:стаж|срок|гаранция|опит|давност))", 0.6),
                NamedPattern.of(AFTER_A_DATE_WITH_UNIT, "(?<=(?:(?<![\\d.])\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}"
                        + "|(?<![\\d-])(?:19|20)\\d{2}-\\d{2}-\\d{2})(?:[ \\t]{1,3}/|,)[ \\t]{1,3})"
                        + "(?<value>\\d{1,3})[ \\t]?(?:yrs|years|años|ans|anos|anni|Jahre|jaar|m\\.(?=[ \\t]|$))(?![\\p{L}])", 0.6),
                // and bare after a birth's label and date, before a comma, the line's end or "this week", when the birth year and
                // the age make a year of this century's ("b. 02/07/1938, 86, Ninewells", "b. 14/03/1952, 73 this week", a
                // twentieth held-out set's care home's key; an expression of its own, begun at the label: a bare number after
                // every date was tried at 65,000 places a MB)
                NamedPattern.of(AFTER_A_BIRTH_DATE_BARE, "(?<![\\p{L}])(?:(?i:dob|d\\.o\\.b\\.?|born|birth)[^\\d\\n]{0,12}|b\\. )"
                        + "(?:(?<![\\d.])\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})(?:,|[ \\t]/)[ \\t]{1,3}(?<value>\\d{1,3})"
                        + "(?=[ \\t]*(?:[,;|]|\\r?\\n|$)|[ \\t]+this[ \\t]+(?:week|month|year))", 0.6),
                // a Russian age after a whole name with its patronymic ("Лапина Галина Петровна (72 года)"), an Italian
                // deed's "di anni 36" after the date of birth ("nato a Modena (MO) il 19/02/1985, di anni 40"; not
                // "garanzia di anni 2"), a Finnish form's "Ikä vahinkohetkellä: 65 v" (not "Ikä: 18–65 v", "3+ vuotta"), a
                // relative's in brackets with the relation ("(daughter, 16)"), a letter's "I am 79 and I live alone"
                NamedPattern.of("age after a patronymic", "(?<=\\p{Lu}[\\p{IsCyrillic}]{1,20}[ \\t]\\p{Lu}[\\p{IsCyrillic}]{1,20}[ \\t]"
                        + "\\p{Lu}[\\p{IsCyrillic}]{1,20}(?:вна|вич|ична|инична)[ \\t])\\((?<value>\\d{1,3})[ \\t]?(?:года?|лет|р\\.|роки|років|рік)\\)", 0.6),
                NamedPattern.of("di anni", "(?<=(?:19|20)\\d{2},?[ \\t])di anni[ \\t]+(?<value>\\d{1,3})(?![\\d\\p{L}]|[.,]\\d)", 0.6),
                NamedPattern.ofIgnoreCase("age, Finnish", "(?u)(?<![\\p{L}])ikä(?:[ \\t]+\\p{L}{2,20})?[ \\t]*:[ \\t]*(?<value>\\d{1,3})[ \\t]?"
                        + "(?:v|vuotta)(?![\\p{L}\\d+\u2013-])", 0.65),
                NamedPattern.of("relation and age in brackets", "\\((?:son|daughter|grandson|granddaughter|brother|sister|nephew|niece|"
                        + "stepson|stepdaughter|husband|wife|spouse|partner|mother|father|mother-in-law|father-in-law|son-in-law"
                        + "|daughter-in-law|grandmother|grandfather|stepmother|stepfather|Husband|Wife|Spouse|Mother|Father|Son|Daughter"
                        // and a child's after a register's "SURNAME, Given" ("AHMADI, Zahra (child, 9)", a twenty-third held-out
                        // set's household register; not a tree's "Package manifest (child, 2)", "Tree View (child, 12)", "Tax
                        // Credit (dependent, 2)", the review's)
                        + "|(?<=\\p{Lu}{2,30},[ \\t]\\p{Lu}\\p{Ll}{1,30}[ \\t]\\()(?:child|grandchild|stepchild|foster[ \\t]child|dependant|dependent)"
                        // and Dutch's, German's, the Nordic languages' with the unit ("(dochter, 4 jaar)", a twenty-seventh
                        // held-out set's GP registration)
                        + "|dochter|zoon|tochter|sohn|datter|dotter|sønn|søn|fille|fils|hija|hijo|figlia|figlio|filha|filho)"
                        + "[ \\t]*,[ \\t]*(?<value>\\d{1,3})(?:[ \\t]?(?:jaar|jahre|år|ans|años|anni|anos|yrs|years))?\\)", 0.6),
                // (and before a verb of daily life: "I am 71 and walk this road daily", a twenty-second held-out set's planning
                // objection)
                NamedPattern.of("I am", "(?<![\\p{L}])(?:I(?:'m|’m| am)|(?:[Ss]he|[Hh]e)(?:'s|’s| is))[ \\t](?<value>[1-9]\\d?)"
                        + "(?=[ \\t]+and[ \\t]+(?:I|live|lives|have|has|had|my|his|her|still|she|he|walk|walks|work|works|use|uses"
                        + "|feel|suffer|rely|depend|drive)\\b"
                        + "|[ \\t]+years?[ \\t]+old\\b)", 0.6),
                // a person described by sex and an approximate age ("male, Asian, approx. 50, 5'7\"", "Driver: male, approx. 30,
                // hi-vis"; a twenty-second held-out set's affidavit and drive-off report)
                // (not a connector's or a survey's sex, a distance: "Connector type: female, approx. 40", "a man, about 6, feet
                // away", the review's)
                NamedPattern.of("approximate age of a person described", "(?<!(?i:connector|plug|header|pins?|socket|jack|adapter|split|type)"
                        + "[^\\n]{0,30})(?<=(?i:male|female|man|woman|boy|girl)"
                        + "(?:,[ \\t]{1,3}\\p{L}{2,20})?(?:,[ \\t]{1,3}\\p{L}{2,20})?,[ \\t]{1,3})(?i:approx\\.?|approximately|about|around|aged|age|c\\.|ca\\.)[ \\t]{1,3}"
                        + "(?<value>[1-9]\\d?)(?=[ \\t]*(?:[,;)]|\\r?\\n|$)|s[,;)])"
                        + "(?![ \\t]*,?[ \\t]*(?:feet|ft|foot|metres?|meters?|yards?|miles?|km|cm|inches)(?![\\p{L}]))", 0.6),
                // a relative's word before the age in brackets with its unit, in Spanish, Italian, French, German, Dutch,
                // Portuguese and Polish ("hija (17 años)", a twenty-second held-out set's electricity tariff application)
                NamedPattern.of("relative's word and age in brackets", "(?<=(?<![\\p{L}])(?:hij[oa]|herman[oa]|madre|padre|espos[oa]|niet[oa]"
                        + "|figli[oa]|sorella|fratello|moglie|marito|fils|fille|frère|sœur|Sohn|Tochter|Bruder|Schwester|zoon|dochter"
                        + "|filh[oa]|irmão|irmã|syn|córka|brat|siostra)[ \\t]{1,2})\\((?<value>\\d{1,3})[ \\t]?"
                        + "(?:años|anni|ans|Jahre|jaar|anos|lat|lata)\\)", 0.6),
                // an eighteenth held-out set's: a relative named, then the age ("My son Kai is 6 and I don't want", "her
                // daughter Mia is 14."; not "my son Kai is 6 feet tall"), and an age in words after "aged", "turns" ("aged
                // seven – first season", "Lindiwe turns ten on 21 March"; not "turned one page", "aged ten years in oak")
                // a relative's word, then the age between commas, in a household's list ("Muhammad Aiman bin Ismail - son, 17, SPM
                // candidate", "Hajah Che Som binti Mat - mother, 76, on dialysis": a twenty-eighth held-out set's zakat form)
                // (begun at the word: the scanner looks for its strings, not at every digit)
                NamedPattern.of("a relative's word and age between commas", "(?<![\\p{L}])(?:son|daughter|mother|father|wife|husband"
                        + "|brother|sister|grandson|granddaughter|grandmother|grandfather|nephew|niece|stepson|stepdaughter),[ \\t]"
                        + "(?<value>[1-9]\\d?)(?=[ \\t]*[,;)])(?![ \\t]*,[ \\t]*\\d)", 0.6),
                NamedPattern.of("a relative's age", "(?<=(?<![\\p{L}])(?:son|daughter|brother|sister|mother|father|mum|mom|dad|husband"
                        + "|wife|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|niece|nephew|child|baby|stepson"
                        + "|stepdaughter)[ \\t]\\p{Lu}\\p{Ll}{1,20}[ \\t])is[ \\t](?<value>[1-9]\\d?)"
                        + "(?=[ \\t]+(?:and|but|now|today|years?|yrs?)\\b|[ \\t]*(?:[.,;)]|\\r?\\n|$))(?![ \\t]+years?[ \\t]+(?!old)\\p{L})"
                        // not a height's "and a half" ("is 6 and a half feet tall", a review's)
                        + "(?![ \\t]+and[ \\t]+(?:a[ \\t]+half|\\d))", 0.6),
                NamedPattern.ofIgnoreCase(AGED_IN_WORDS, "(?<![\\p{L}])(?:aged|turns|turned|turning)[ \\t]+(?<value>" + ENGLISH_NUMBER + ")"
                        + "(?=[ \\t]*(?:[.,;:!?)]|\\r?\\n|$)|[ \\t]+(?:on|in|and|this|next|last|today|tomorrow|yesterday|soon|at|but|when"
                        + "|so|years?[ \\t]+old)\\b|[ \\t]+[–—-][ \\t])", 0.6),
                // a seventeenth held-out set's: an age's label before the number and its unit without a colon ("Età 46 anni",
                // "Edad 15 años"), Romanian's "în vârstă de 31 de ani", Greek's "ηλικίας 72 ετών", Ukrainian's and Russian's
                // "мені 21 рік" (I am 21: the first person only, at a clause's end; "Суд дав йому 8 років позбавлення волі" is a
                // sentence's term, "Мне 2 года осталось" a time left, a review's); not a range or a floor ("Età 6-12 anni")
                NamedPattern.ofIgnoreCase("label, age and unit", "(?u)(?<![\\p{L}\\d])(?:età|edad|idade|âge|alter|vârsta|vârstă|wiek"
                        + "|leeftijd|возраст|вік)[ \\t]{1,3}(?<value>\\d{1,3})[ \\t]{1,3}(?:anni|años|anos|ans|jahre|ani|lat|jaar|лет|года?"
                        + "|років|роки|рік)(?![\\p{L}])", 0.7),
                NamedPattern.ofIgnoreCase("aged, Romanian", "(?u)(?<![\\p{L}])în[ \\t]+vârst[ăa][ \\t]+de[ \\t]+(?<value>\\d{1,3})"
                        + "[ \\t]+(?:de[ \\t]+)?ani(?![\\p{L}])", 0.7),
                NamedPattern.ofIgnoreCase("aged, Greek", "(?u)(?<![\\p{L}])ηλικίας[ \\t]+(?<value>\\d{1,3})[ \\t]+(?:ετών|έτους|χρονών)"
                        + "(?![\\p{L}])", 0.7),
                NamedPattern.ofIgnoreCase("I am, Ukrainian and Russian", "(?u)(?<![\\p{L}])(?:мені|мне)[ \\t]+"
                        + "(?<value>\\d{1,3})[ \\t]+(?:рік|роки|років|год|года|лет)(?![\\p{L}])(?=[ \\t]*(?:[.,;)!]|\\r?\\n|$))", 0.65),
                NamedPattern.ofIgnoreCase("turned", "\\b(?:turned|turn|turning|turns)\\s+(?<value>\\d{1,3})\\b(?![.,]?\\d|\\s*(?:%|percent|degrees|times|pages|miles|km|minutes|hours|days))", 0.6)),
                Set.of("age", "aged", "old", "years", "edad", "años", "paciente", "ans", "anni", "jahre"));
    }

    /**
     * Who a Spanish text gives an age ("varón de 52 años", "paciente de 59 años", "niña de 11 años"); not
     * the obstetric words ("primigesta de 39 semanas" is a pregnancy's age).
     */
    static final String SPANISH_PERSON = "(?:paciente|varón|varon|mujer|hombre|niñ[oa]|lactante|neonato|recién[ \\t]+nacid[oa]|bebé|chic[oa]"
            + "|joven|adolescente|señor[a]?|anciano|anciana|enferm[oa]"
            + "|individuo|sujeto|hij[oa]|herman[oa]|madre|padre|esposo|esposa)";

    /**
     * A number of years in Spanish words, one to ninety-nine ("un año", "siete", "veintiún", "cuarenta y dos"):
     * ages of children are written so ("niña de siete años", "lactante de un mes").
     */
    static final String SPANISH_NUMBER = "(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
            + "|quince|dieci(?:s[eé]is|siete|ocho|nueve)|veinte|veinti\\p{L}{2,6}|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta"
            + "|noventa)(?:[ \\t]+y[ \\t]+(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?)";
    /**
     * The value of a Spanish age: its number, or a number in words with its unit ("siete años"): alone, a word
     * such as "siete" would be found again, as a found value is, wherever the text says it ("siete días antes").
     *
     * @param unit the unit and what must follow it
     */
    private static String number(String unit) {
        return "(?<value>\\d{1,3}(?=[ \\t]+" + unit + ")|" + SPANISH_NUMBER + "[ \\t]+" + unit + ")";
    }

    /** Not a time after an event: "de" or "del" after the years, but "de edad" and "de vida". */
    private static final String NOT_AFTER_AN_EVENT = "(?![\\p{L}])(?![ \\t]+de(?:l|[ \\t]+(?!edad|vida)))";

    private static final String AGED_IN_WORDS = "aged, in words";
    private static final String AFTER_A_NAME_BEFORE_A_TRADE = "age after a name before a state or trade";
    /** A person's state or trade after an age between commas ("Patrick O'Sullivan, 28, bachelor, fisherman"). */
    private static final String STATES_AND_TRADES = "bachelor|spinster|widow|widower|single|married|divorced|separated|retired|unemployed"
            + "|self-employed|student|pensioner|homemaker|housewife|labourer|laborer|farmer|fisherman|teacher|nurse|doctor|engineer"
            + "|electrician|mechanic|driver|pharmacist|accountant|lawyer|solicitor|clerk|plumber|carpenter|builder|cleaner|cook|chef"
            + "|waiter|waitress|shopkeeper|manager|salesman|saleswoman|soldier|sailor|miner|servant|housekeeper|merchant|tailor"
            + "|baker|butcher|blacksmith|carer|caregiver|nanny|secretary|programmer|developer|designer|architect|dentist|surgeon"
            + "|midwife|paramedic|firefighter|journalist|writer|artist|musician|actor|actress|photographer|mother|father|wife|husband";
    /** An English number in words, one to ninety-nine ("seven", "eighty-one", "twenty one"). */
    private static final String ENGLISH_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
            + "|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\\p{L}-])";

    private static final String AFTER_A_FIRST_NAME = "age in brackets after a first name";
    private static final String AFTER_A_WRITTEN_DATE = "age with its unit in brackets after a birth date";
    private static final String AFTER_A_NAME_WITH_UNIT = "age after a name with its unit";
    private static final String AFTER_A_DATE_WITH_UNIT = "age after a birth date with its unit";
    private static final String AFTER_A_BIRTH_DATE_BARE = "age after a birth's label and date";
    private static final String AFTER_A_DATE = "age in brackets after a date";
    private static final String AFTER_A_RELATIVES_NAME = "age in brackets after a relative's name";
    /** The units of an age in brackets but English's, in the languages of the sets read ("(9 år)", "(11 ans)", "(9 р.)"). */
    private static final String UNIT_NOT_ENGLISH = "(?:ans|jaar|anos|anys|años|anni|ani|Jahre|år|lat|let|rokov|roky|vuotta|metų|gadi|aastat"
            + "|ára|éves|r\\.|р\\.|роки|років|рік|лет|года?|god\\.|godina|yaş|yaşında|ετών)";
    /** {@link #UNIT_NOT_ENGLISH} and English's ("(8 yrs)"). */
    private static final String UNIT = "(?:" + UNIT_NOT_ENGLISH + "|yrs?|years?|yo|y/o|y)";

    /** Whether a match is kept, read in code after the expression matched. */
    @FunctionalInterface
    private interface Check {
        boolean keeps(CharSequence text, java.util.regex.Matcher m);
    }

    /**
     * The patterns whose matches pass a check first, by name: a match the check refuses is no match (it takes no span
     * from another pattern, as the patterns' spans are merged after).
     */
    private static final java.util.Map<String, Check> CHECKS = java.util.Map.of(
            AFTER_A_FIRST_NAME, (text, m) -> ofAPerson(text, m.start("value"), m.end("value")),
            AFTER_A_RELATIVES_NAME, (text, m) -> relativesName(text, m.start("value") - 1),
            AGED_IN_WORDS, (text, m) -> personInClause(text, m.start()),
            AFTER_A_NAME_BEFORE_A_TRADE, (text, m) -> givenNameBeforeComma(text, m.start("value")),
            // (after an ISO date or one with its month's name, a birth's word before it on its line: "passport issued 1 March
            // 2020 (5 years)" is none)
            AFTER_A_DATE, (text, m) -> (numericDate(text, m.start()) ? m.start("unit") >= 0 || afterABirthDate(text, m.start())
                    : AgeRecognizer.BIRTH_LABEL.matcher(lineBefore(text, m.start(), 40)).find())
                    || AgeRecognizer.cellOfItsOwn(text, m.start(), m.end()) && AgeRecognizer.yearFits(text, m.start("value")),
            AFTER_A_WRITTEN_DATE, (text, m) -> birthDateBefore(text, m.start()),
            AFTER_A_NAME_WITH_UNIT, (text, m) -> m.start("eves") >= 0 ? relativeLabelOnLine(text, m.start())
                    : givenNameBeforeComma(text, m.start("value")) || birthNumberBeforeComma(text, m.start("value")),
            AFTER_A_BIRTH_DATE_BARE, (text, m) -> AgeRecognizer.yearFits(text, m.start("value")),
            AFTER_A_DATE_WITH_UNIT, (text, m) -> (slashBefore(text, m.start()) ? AgeRecognizer.AGE_OR_BIRTH_BEFORE : AgeRecognizer.BIRTH_WORD)
                    .matcher(text.subSequence(Math.max(0, m.start() - 45), m.start())).find()
                    || AgeRecognizer.firstNameAndDateBefore(text, m.start()) && AgeRecognizer.commaAfter(text, m.end()));

    /** A date's year at its end ("02/07/1938") or at its start ("1938-07-02"), at the end of what is read. */
    private static final java.util.regex.Pattern YEAR_OF_DATE = java.util.regex.Pattern.compile("(?:[./-]((?:19|20)\\d{2})|((?:19|20)\\d{2})-\\d{2}-\\d{2})$");

    /**
     * Whether the birth year of the date before a bare age at {@code value} and the age add up to a year of this century
     * (1990-2035): a count after a date ("DOB 01/02/1950, 12, 14" of a list) seldom does.
     */
    private static boolean yearFits(CharSequence text, int value) {
        int k = value - 1;
        while (k > 0 && !Character.isDigit(text.charAt(k))) {
            k--;
        }
        int yearEnd = k + 1;
        int age = 0;
        for (int i = value; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            age = age * 10 + text.charAt(i) - '0';
        }
        // the year is the date's last four digits ("02/07/1938") or its first ("1938-07-02")
        java.util.regex.Matcher year = YEAR_OF_DATE.matcher(text.subSequence(Math.max(0, yearEnd - 10), yearEnd));
        if (!year.find()) {
            return false;
        }
        int y = Integer.parseInt(year.group(1) != null ? year.group(1) : year.group(2));
        return y + age >= 1990 && y + age <= 2035;
    }

    /**
     * A name, a comma and the date before an age's value ("Lucía Bianchi Ortega, 12/09/2009, 15 años,", a seventeenth
     * held-out set's tax return's dependants): two or three capitalised words before the comma, the first in group
     * {@code first}.
     */
    private static final java.util.regex.Pattern NAME_AND_DATE_BEFORE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?<first>\\p{Lu}[\\p{Ll}'-]{1,30})[ \\t]\\p{Lu}[\\p{Ll}'-]{1,30}(?:[ \\t]\\p{Lu}[\\p{Ll}'-]{1,30})?,[ \\t]{1,3}"
            + "\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2},[ \\t]{1,3}$");

    /**
     * Whether a name whose first word is a first name of the lists, a comma and a date stand before {@code value} ("Hipoteca
     * Fija, 15/03/2020, 30 años," and "Lease Agreement, 01/04/2021, 5 years," are a loan's and a lease's terms, a review's).
     */
    private static boolean firstNameAndDateBefore(CharSequence text, int value) {
        java.util.regex.Matcher m = NAME_AND_DATE_BEFORE.matcher(text.subSequence(Math.max(0, value - 80), value));
        if (!m.find()) {
            return false;
        }
        String first = m.group("first").toLowerCase(java.util.Locale.ROOT);
        return (NameLists.get().kindsEitherWay(first) & NameLists.FIRST) != 0;
    }

    /** Whether a comma, a semicolon or the line's end follows {@code at}, maybe after blanks. */
    private static boolean commaAfter(CharSequence text, int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k == text.length() || text.charAt(k) == ',' || text.charAt(k) == ';' || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    /**
     * A birth's word (not an age's label: after a date and a comma, "Der alter Vertrag vom 01.02.2010, 15 Jahre Laufzeit"
     * is a contract's, a review's): "né le 12/03/1984, 40 ans".
     */
    private static final java.util.regex.Pattern BIRTH_WORD = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:dob|d\\.o\\.b|gim\\."
            + "|born|birth|geb\\.|geboren|nar\\.|narodenia|narození|narozen|szület\\p{L}*|szül\\.|født|fødsels\\p{L}*|rođen\\p{L}*"
            + "|urodz\\p{L}*|né|née|nacid[oa]|nascid[oa]|nat[oa]|syntynyt|рожд\\p{L}*)(?![\\p{L}])");

    /** Whether a slash stands between the date and the age's value at {@code value} ("23-04-1996 / 29 yrs"). */
    private static boolean slashBefore(CharSequence text, int value) {
        int k = value - 1;
        while (k > 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= 0 && text.charAt(k) == '/';
    }

    /** {@link #CHECKS} by pattern index (null: none). */
    private final Check[] checks = byIndex(patterns());

    private static Check[] byIndex(List<NamedPattern> patterns) {
        Check[] out = patterns.stream().map(p -> CHECKS.get(p.name())).toArray(Check[]::new);
        if (java.util.Arrays.stream(out).filter(java.util.Objects::nonNull).count() != CHECKS.size()) {
            throw new IllegalStateException("a check's pattern is missing"); // a name changed on one side only
        }
        return out;
    }

    @Override
    public List<io.blackbar.engine.api.spi.RecognizerResult> analyze(CharSequence text) {
        return analyze(text, (k, action) -> scanner(k).forEachMatch(text, checks[k] == null ? action : m -> {
            if (checks[k].keeps(text, m)) {
                action.accept(m);
            }
        }));
    }

    /**
     * A name of two capitalised words, or Icelandic's "she" or "he", and a blank before Icelandic's "er" or Estonian's "on"
     * (is): "Rói Joensen er 22 ára", "Hún er 22 ára", "Rasmus Tamm on 19-aastane"; not a firm's, a warranty's or a
     * contract's ("Fyrirtækið er 50 ára", "Leping on 5-aastane", a review's). Written inside the lookbehinds that read it.
     */
    private static final String NAME_THEN = "(?:\\p{Lu}[\\p{Ll}'-]{1,20}[ \\t]\\p{Lu}[\\p{Ll}'-]{1,20}|(?<![\\p{L}])(?:Hún|Hann|hún|hann))[ \\t]";

    /** A birth's or an age's word, in the languages of the sets read. */
    private static final java.util.regex.Pattern AGE_OR_BIRTH_BEFORE = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:age|dob|d\\.o\\.b"
            + "|born|birth|geb\\.|geboren|nar\\.|narodenia|narození|narozen|szület\\p{L}*|szül\\.|født|fødsels\\p{L}*|personnummer|personnr"
            + "|henkilötunnus|rođen\\p{L}*|urodz\\p{L}*|né|née|nacid[oa]|nascid[oa]|nat[oa]|syntynyt|рожд\\p{L}*|rodné|rodne|edad|idade|âge|età|alter"
            // the national numbers that hold the birth date ("CPR 250914-4608 (10 år)", "CNP 1811110125616, 43 ani")
            + "|cpr|cpr-nr\\.?|cnp|pesel|egn|егн|isikukood|asmens kodas|fødselsnummer|fødselsnr\\.?|hetu|jmbg|emšo|r\\.[ \\t]?č\\."
            // Iceland's kennitala, Estonian's birth date, Lithuanian's "born" (a seventeenth held-out set's: "kt. 140313-2380
            // (11 ára)", "Sünniaeg: 17.04.1989 (35 a)", "gim. 1981-03-12, 43 m.")
            + "|kt\\.|kennitala|sünniaeg|gim\\.)");
    /** A date written out, with spaces, or a national number that holds it, ending right before an age's bracket. */
    private static final java.util.regex.Pattern BIRTH_DATE_ENDS = java.util.regex.Pattern.compile("(?:(?<![\\d.])\\d{1,2}\\.?[ \\t]\\p{L}{3,12}\\.?[ \\t](?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}\\.[ \\t]?\\p{L}{3,12}[ \\t]\\d{1,2}\\.|(?:19|20)\\d{2}\\.[ \\t]?\\d{1,2}\\.[ \\t]?\\d{1,2}\\.|(?<![\\d.])\\d{1,2}\\.[ \\t]?\\d{1,2}\\.[ \\t]?(?:19|20)\\d{2}"
            + "|(?<![\\d.])\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?<![\\d-])\\d{6,8}[-+]?\\d{4,5})"
            // and the place of birth after it ("Geboren: 02-04-1954 te Oujda (70 jaar)", "né le 3 mai 1950 à Oran (74 ans)")
            + "(?:,?[ \\t]{1,3}(?:te|in|à|a|en|em|i|w|v|ve|u)[ \\t]{1,3}\\p{Lu}[\\p{L}'’-]{1,30}(?:[ \\t-]\\p{Lu}[\\p{L}'’-]{1,30})?)?"
            + ",?[ \\t]{1,3}$");

    /** Whether a birth date (or a national number) ends right before the bracket, a birth's word before it on its line. */
    private static boolean birthDateBefore(CharSequence text, int bracket) {
        int from = Math.max(0, bracket - 70);
        for (int k = bracket - 1; k > from; k--) {
            if (text.charAt(k) == '\n') {
                from = k + 1;
                break;
            }
        }
        java.util.regex.Matcher date = BIRTH_DATE_ENDS.matcher(text).region(from, bracket).useTransparentBounds(true);
        if (!date.find()) {
            return false;
        }
        return AGE_OR_BIRTH_BEFORE.matcher(text.subSequence(Math.max(0, date.start() - 45), date.start())).find();
    }

    /** A Hungarian household's relatives' labels ("anya:", "apa:", "testvér:", "nagymama:"). */
    private static final java.util.regex.Pattern HUNGARIAN_RELATIVE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:anya|apa|testvér|testvére|nagymama|nagyapa|gyermek|gyermeke|férj|feleség|élettárs|fia|lánya)[ \\t]*:");

    /** Whether a Hungarian relative's label stands on the line before an age ("- anya: Farkasné Tóth Erzsébet, 47 éves"). */
    private static boolean relativeLabelOnLine(CharSequence text, int at) {
        int from = at;
        while (from > 0 && at - from < 80 && text.charAt(from - 1) != '\n') {
            from--;
        }
        return HUNGARIAN_RELATIVE.matcher(text.subSequence(from, at)).find();
    }

    /** A national number that holds the birth date, ending before an age's comma, after its label ("CNP 1811110125616, "). */
    private static final java.util.regex.Pattern BIRTH_NUMBER_ENDS = java.util.regex.Pattern.compile("(?<![\\d-])\\d{6,8}[-+/]?\\d{3,5},[ \\t]$");

    /** Whether a national number that holds the birth date, its label before it, ends at the comma before an age. */
    private static boolean birthNumberBeforeComma(CharSequence text, int value) {
        java.util.regex.Matcher number = BIRTH_NUMBER_ENDS.matcher(text).region(Math.max(0, value - 20), value).useTransparentBounds(true);
        return number.find() && AGE_OR_BIRTH_BEFORE.matcher(text.subSequence(Math.max(0, number.start() - 30), number.start())).find();
    }

    /** The words that say a person before an age in words: pronouns and relatives ("she turns ten", "my son, aged seven"). */
    private static final Set<String> PERSON_WORDS = Set.of("he", "she", "i", "you", "we", "they", "who", "son", "daughter",
            "brother", "sister", "child", "baby", "boy", "girl", "grandson", "granddaughter", "niece", "nephew", "mother", "father",
            "mum", "mom", "dad", "grandmother", "grandfather", "wife", "husband");

    /**
     * Whether a person stands in the four words before an age in words, in its clause: a given name of the lists, a pronoun
     * or a relative ("Lily turns ten on", "my son, aged seven"); not a firm, a blog, a cheese, a whisky ("The company turns
     * fifty", "Cheddar aged eighteen", a review's).
     */
    private static boolean personInClause(CharSequence text, int at) {
        int k = at;
        for (int words = 0; words < 4; words++) {
            while (k > 0 && !Character.isLetter(text.charAt(k - 1))) {
                char c = text.charAt(k - 1);
                if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
                    return false;
                }
                k--;
            }
            int e = k;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k == e) {
                return false;
            }
            if (PERSON_WORDS.contains(text.subSequence(k, e).toString().toLowerCase(java.util.Locale.ROOT))
                    || Character.isUpperCase(text.charAt(k)) && knownFirstName(text, k, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the one to three capitalised words before the comma before an age is a known given name. */
    private static boolean givenNameBeforeComma(CharSequence text, int value) {
        int k = value - 1;
        while (k > 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        for (int word = 0; word < 3 && k > 0 && (text.charAt(k) == ',' || word > 0); word++) {
            int end = text.charAt(k) == ',' ? k : k + 1;
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                    || (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’') && start - 1 > 0 && Character.isLetter(text.charAt(start - 2)))) {
                start--; // "O'Sullivan"
            }
            if (start == end || !Character.isUpperCase(text.charAt(start))) {
                return false;
            }
            String w = text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
            int kinds = NameLists.get().kindsEitherWay(w);
            if ((kinds & NameLists.FIRST) != 0 && (kinds & NameLists.NOT_NAME) == 0) {
                return true;
            }
            k = start - 1;
            if (k < 0 || text.charAt(k) != ' ') {
                return false;
            }
            k--;
        }
        return false;
    }

    /** A birth's labels, and a sex's letter between commas, before a date of birth (in small letters). */
    private static final java.util.regex.Pattern BIRTH_BEFORE = java.util.regex.Pattern.compile("(?:(?<![\\p{L}])(?:dob|d\\.o\\.b\\.?|born|birth|b\\.|né|née|geb\\.?|geboren|nac\\.?"
            + "|nacimiento|naissance|nascimento|nascita|fødselsdato|født|urodz\\.?|urodzenia|р\\.н\\.|рођ\\.?)|[,(][ \\t]*[fm])"
            + "[ \\t]*[:.,)]?[ \\t]*$");

    /** A birth's label, a whole word ("Agent", "Agenda", "NATO" hold none: the review's). */
    private static final java.util.regex.Pattern BIRTH_LABEL = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:dob|d\\.o\\.b\\.?|born"
            + "|birth|b\\.|née?|geb\\.|geboren|nacid[oa]|nascid[oa]|nat[oa]|nacimiento|naissance|nascita|nascimento|urodz\\p{L}*)(?![\\p{L}])");

    /** @return whether the date before the bracket at {@code bracket} is written with digits alone, the day first */
    private static boolean numericDate(CharSequence text, int bracket) {
        int k = bracket;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t' || text.charAt(k - 1) == ',')) {
            k--;
        }
        // "30/11/2020": a separator five places before the date's end; "1961-12-03" and "23 Oct 1938" have none there
        return k >= 5 && "./-".indexOf(text.charAt(k - 5)) >= 0;
    }

    /** @return up to {@code most} characters before {@code at} on its line */
    private static CharSequence lineBefore(CharSequence text, int at, int most) {
        int from = at;
        while (from > 0 && at - from < most && text.charAt(from - 1) != '\n') {
            from--;
        }
        return text.subSequence(from, at);
    }

    /** A table's heading that has a column of ages or birth dates. */
    private static final java.util.regex.Pattern AGE_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:age|dob|birth|âge|edad|alter|età|idade|leeftijd|wiek)(?![\\p{L}])");

    /**
     * @return whether the date before the bracket at {@code bracket} begins a table's cell, the bracket ending at {@code end}
     *     ends it, and the heading's cell above it names an age or a birth date ("| 30/11/2020 (4) |" under "| Name |
     *     Relationship | DOB / age |", a twenty-second held-out set's safeguarding referral; not a release's date)
     */
    private static boolean cellOfItsOwn(CharSequence text, int bracket, int end) {
        int k = bracket;
        while (k > 0 && (Character.isDigit(text.charAt(k - 1)) || " \t./-,".indexOf(text.charAt(k - 1)) >= 0)) {
            k--;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (k == 0 || text.charAt(k - 1) != '|' || after >= text.length() || text.charAt(after) != '|') {
            return false;
        }
        // the first of the lines beginning with a bar above, at most 200 of them
        int line = k;
        while (line > 0 && text.charAt(line - 1) != '\n') {
            line--;
        }
        for (int rows = 0; rows < 200 && line > 0; rows++) {
            int previous = line - 1;
            while (previous > 0 && text.charAt(previous - 1) != '\n') {
                previous--;
            }
            int first = previous;
            while (first < line - 1 && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (first >= line - 1 || text.charAt(first) != '|') {
                break;
            }
            line = previous;
        }
        // the heading's cell above the date's: as many bars before it on its line (not another column's "Age", a review's)
        int rowStart = k - 1;
        while (rowStart > 0 && text.charAt(rowStart - 1) != '\n') {
            rowStart--;
        }
        int column = 0;
        for (int c = rowStart; c < k; c++) {
            column += text.charAt(c) == '|' ? 1 : 0;
        }
        int cell = line;
        for (int bars = 0; cell < text.length() && text.charAt(cell) != '\n' && bars < column; cell++) {
            bars += text.charAt(cell) == '|' ? 1 : 0;
        }
        int cellEnd = cell;
        while (cellEnd < text.length() && text.charAt(cellEnd) != '|' && text.charAt(cellEnd) != '\n') {
            cellEnd++;
        }
        return AGE_HEADING.matcher(text.subSequence(cell, cellEnd)).find();
    }

    /** @return whether a birth's label or a sex's letter stands right before the date before the bracket at {@code bracket} */
    private static boolean afterABirthDate(CharSequence text, int bracket) {
        int dateEnd = bracket;
        while (dateEnd > 0 && (text.charAt(dateEnd - 1) == ' ' || text.charAt(dateEnd - 1) == '\t' || text.charAt(dateEnd - 1) == ',')) {
            dateEnd--;
        }
        int dateStart = dateEnd;
        while (dateStart > 0 && (Character.isDigit(text.charAt(dateStart - 1)) || "./-".indexOf(text.charAt(dateStart - 1)) >= 0)) {
            dateStart--;
        }
        String before = text.subSequence(Math.max(0, dateStart - 24), dateStart).toString().toLowerCase(java.util.Locale.ROOT);
        return BIRTH_BEFORE.matcher(before).find();
    }

    /** The titles before a name, in small letters: an age in brackets after a titled name is the person's. */
    private static final Set<String> TITLES = Set.copyOf(List.of("mr", "mrs", "ms", "miss", "mx", "dr", "sra", "mme",
            "herr", "frau", "rev"));

    /**
     * @return whether a name of one to four capitalised words or initials stands before the bracket at {@code bracket},
     *     and a relative's word or a title before the name ("wife Catriona MacRae", "my father, Mr Gwilym Evans")
     */
    private static boolean relativesName(CharSequence text, int bracket) {
        int k = bracket;
        for (int words = 0; words <= 4; words++) {
            k = skipBlanks(text, k);
            boolean mark = words > 0 && k > 0 && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == ':');
            if (mark) {
                k = skipBlanks(text, k - 1); // "my father, Mr ...", "spouse: ..."
            }
            int e = k;
            while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '-'
                    || text.charAt(k - 1) == '.' && e - k < 3)) {
                k--;
            }
            if (k == e) {
                return false;
            }
            String word = text.subSequence(k, e).toString();
            String lower = (word.endsWith(".") ? word.substring(0, word.length() - 1) : word).toLowerCase(java.util.Locale.ROOT);
            // a name of two words at least before the title ("Dr Pepper (12)", "Ms Excel (12)" are none); one after a child's, a
            // parent's, a spouse's word ("owner's son Osian (15) home", "dochter Lotte (24) had", a nineteenth held-out set's;
            // not after "partner", "student", "baby": "our partner Shopify (3) integrations", the review's)
            if (words > 0 && (mark || !Character.isUpperCase(word.charAt(0)))) {
                return RELATIVES.contains(lower) && !CONJUNCTIONS.contains(lower) && (words >= 2 || KIN.contains(lower));
            }
            if (words > 0 && TITLES.contains(lower)) {
                return words >= 2; // "Mr Gwilym Evans"
            }
            if (!Character.isUpperCase(word.charAt(0)) || lower.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    || NO_NAME_WORDS.contains(lower)) {
                return false; // "Partner: Deloitte LLP (12)", "the student Loan Company (3)"
            }
        }
        return false;
    }

    /** Of {@link #RELATIVES}, the family's words, after which a name of one word is a person's. */
    private static final Set<String> KIN = Set.of("son", "daughter", "wife", "husband", "mother", "father", "sister", "brother",
            "granddaughter", "grandson", "niece", "nephew", "stepson", "stepdaughter", "grandmother", "grandfather", "fille", "fils",
            "hija", "hijo", "figlia", "figlio", "tochter", "sohn", "dochter", "zoon", "filha", "filho", "dotter", "datter", "sønn",
            "syn", "córka");

    /** The words of firms and things, no person's name's. */
    private static final Set<String> NO_NAME_WORDS = Set.of("company", "ltd", "limited", "inc", "group", "corp", "bank", "services",
            "printer", "developer", "analyst", "engineer", "manager", "team", "act", "loan", "fund", "trust", "school", "hospital");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "und", "et", "y", "e", "en", "og", "och", "i");

    private static int skipBlanks(CharSequence text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k;
    }

    /**
     * @return whether the number in brackets at {@code start}-{@code end} is a person's age: after a first name of the
     *     lists, and with a unit or after a relative's word when it is a bare number
     */
    private static boolean ofAPerson(CharSequence text, int start, int end) {
        boolean unit = end < text.length() && text.charAt(end) != ')';
        // a whole name before a unit of another language than English ("Maja Strand (11 år)", a sixteenth held-out set's;
        // "David Brown (15 years)" is a staffing list's experience, "Glen Moray (12 years)" a whisky's, a review's)
        return firstNameBefore(text, start - 1) && (unit || relativeBefore(text, start - 1))
                || unit && !ENGLISH_UNIT.matcher(text.subSequence(end, Math.min(text.length(), end + 8))).lookingAt()
                && firstNameBeforeSurname(text, start - 1);
    }

    /** An English unit of years after an age's digits. */
    private static final java.util.regex.Pattern ENGLISH_UNIT = java.util.regex.Pattern.compile("[ \\t]?(?:yrs?|years?|yo|y/o|y)\\b");

    /** A bare age in brackets right before a list's comma ("Aoibhinn (6), Rohan (3)"). */
    private static final java.util.regex.Pattern AGE_BRACKET_BEFORE = java.util.regex.Pattern.compile("\\(\\d{1,3}\\)$");

    /** Whether a first name of the lists and a capitalised word stand before the bracket at {@code bracket}. */
    private static boolean firstNameBeforeSurname(CharSequence text, int bracket) {
        int start = bracket - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < bracket - 1 && Character.isUpperCase(text.charAt(start)) && start > 1 && text.charAt(start - 1) == ' '
                && firstNameBefore(text, start);
    }

    /** Who a bare number in brackets after a first name is the age of: a relative, a child, a patient. */
    private static final Set<String> RELATIVES = Set.copyOf(List.of("child", "son", "daughter", "wife", "husband", "mother", "father",
            "sister", "brother", "granddaughter", "grandson", "grandchild", "partner", "baby", "kid", "niece", "nephew", "cousin",
            "aunt", "uncle", "stepson", "stepdaughter", "patient", "pupil", "student", "sibling", "spouse", "mum", "mom", "dad",
            "grandmother", "grandfather", "fille", "fils", "sœur", "frère", "femme", "mari", "enfant", "hija", "hijo", "esposa",
            "esposo", "madre", "padre", "figlia", "figlio", "moglie", "marito", "tochter", "sohn", "ehefrau", "ehemann", "kind",
            "mutter", "vater", "dochter", "zoon", "vrouw", "man", "moeder", "vader", "filha", "filho", "mãe", "pai", "dotter",
            "datter", "sønn", "son", "córka", "syn", "żona", "mąż", "mor", "bror", "søster", "syster", "farfar", "morfar",
            "farmor", "mormor", "bestefar", "bestemor", "kone", "hustru", "mann", "ektefelle", "sambo", "äiti", "isä", "tytär",
            // a household's dependants and children as a form lists them ("Dependants: Aoibhinn (6), Rohan (3)", a
            // twenty-fourth held-out set's mortgage fact-find)
            "dependants", "dependents", "children", "kids", "grandchildren",
            "poika", "vaimo", "mies", "isoäiti", "isoisä", "bruder", "schwester", "großmutter", "großvater", "oma", "opa",
            "abuela", "abuelo", "nonna", "nonno", "and", "und", "et", "y", "e", "en", "og", "och", "i"));

    /**
     * @return whether a relative's word stands before the first name before the bracket at {@code bracket} ("child Kofi
     *     (4)", "wife Vasiliki (75)", "Noor (11) and Adam (7)", "Dependants: Aoibhinn (6)"), or another's age in brackets and a
     *     comma ("Aoibhinn (6), Rohan (3)"): a bare number in brackets after "Max", "Kit" or "Amber"
     *     is a limit or a count ("Max (100)", "Amber (2) alerts")
     */
    private static boolean relativeBefore(CharSequence text, int bracket) {
        int k = bracket - 1;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        int e = k;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':')) {
            e--;
        }
        java.util.regex.Matcher previous = AGE_BRACKET_BEFORE.matcher(text).region(Math.max(0, e - 6), e);
        if (e < k && previous.find()) {
            // the next in a list of names with their ages, the list's first after a relative's word ("children: Maeve (9),
            // Ciarán (12)"; not "Amber (2), Max (100)")
            return firstNameBefore(text, previous.start()) && relativeBefore(text, previous.start());
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < e && RELATIVES.contains(text.subSequence(s, e).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether the word before the bracket at {@code bracket} (one blank between) is a first name of the lists */
    private static boolean firstNameBefore(CharSequence text, int bracket) {
        int end = bracket - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && knownFirstName(text, start, end);
    }

    /** Whether the word at {@code start}-{@code end} is a first name of the lists, with its diacritics or without ("Inês"), no common word. */
    private static boolean knownFirstName(CharSequence text, int start, int end) {
        String word = text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
        int kinds = NameLists.get().kindsEitherWay(word);
        return (kinds & NameLists.FIRST) != 0 && (kinds & NameLists.NOT_NAME) == 0;
    }

    @Override
    protected Validation validate(String value) {
        if (!Character.isDigit(value.charAt(0))) {
            return Validation.UNKNOWN; // a number in words: at most ninety-nine
        }
        return Integer.parseInt(value) <= 125 ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
