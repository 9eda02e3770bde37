package io.blackbar.rules.hipaa.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Validation;

/**
 * The name of a care facility, as the capitalised words before "Hospital", "Medical Center",
 * "Clinic", "Emergency Dept" and the like ({@code SILVER RIDGE EMERGENCY DEPT}, {@code St. Jude
 * Medical Center}): it places a patient. The finding is the name, not the kind of facility; a
 * name made only of generic words ("County Hospital", "The Clinic") is not one. Where the kind comes
 * first, as in Spanish, French, Italian and German ("Hospital Universitario La Paz", "Hôpital
 * Saint-Louis"), the kind is part of the name and of the finding.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LOCATION", frameworks = "hipaa")
public class HospitalRecognizer extends PatternRecognizer {

    /** A capitalised word; with a dot only when an abbreviation of at most four letters ("St."), not a sentence's end. */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}'-]{0,25}|\\p{L}{0,3}\\.)";
    /**
     * The kinds of facility that Spanish, French, Italian and German write before the name ("Hospital
     * Universitario La Paz", "Complejo Hospitalario de Toledo", "Centro de Salud Las Águilas", "Hôpital
     * Saint-Louis", "Ospedale San Raffaele", "Klinikum Großhadern").
     */
    private static final String KINDS_BEFORE = "(?:Hospital|HOSPITAL|Hôpital|Ospedale|Complejo[ \\t]+Hospitalario|Centro[ \\t]+Hospitalario"
            + "|Centre[ \\t]+Hospitalier|Clínica|Clinica|Policlínica|Policlinica|Policlinico|Centro[ \\t]+de[ \\t]+Salud|Centro[ \\t]+M[ée]dico|Sanatorio"
            + "|Klinikum|Krankenhaus"
            // Italian's nursing home, Danish's practice, Greek's hospital and rehabilitation centre ("Casa di Cura Villa
            // Rosalba", "Lægehuset Søvej", "Γενικό Νοσοκομείο Πυλαίας", "Κέντρο Αποκατάστασης Αναγέννηση": a seventeenth
            // held-out set's)
            + "|Casa[ \\t]+di[ \\t]+Cura|Lægehuset|Lægecentret|Sundhedshuset|Γενικό[ \\t]+Νοσοκομείο|Νοσοκομείο|Κέντρο[ \\t]+Αποκατάστασης"
            // a French clinic and health house, a Portuguese hospital unit, an Italian hospital's seat, a Polish hospital, a
            // German birth centre, a Spanish care home ("Clinique Rhône-Dauphiné", "Maison de santé de la Krutenau", "Unidade
            // Hospitalar de Ramalde", "PRESIDIO OSPEDALIERO SAN ZENO", "Szpital Miejski", "Geburtshaus Plagwitz", "Residencia
            // Virgen de la Victoria": a twenty-first held-out set's)
            // (a clinic after French's article, not a cosmetics brand, "Clinique Moisture Surge"; a birth centre not before a
            // page's noun, "Geburtshaus Termine"; a care home by its kind's or a saint's words, not a residence permit, a
            // students' hall or a kennel, "Residencia y Trabajo", "Residencia de Estudiantes", "Residencia Canina": the review's)
            + "|(?<=\\b[Ll]a[ \\t])Clinique|Maison[ \\t]+de[ \\t]+santé|Unidade[ \\t]+Hospitalar|Presidio[ \\t]+Ospedaliero|PRESIDIO[ \\t]+OSPEDALIERO"
            + "|Szpital|Geburtshaus(?![ \\t]+(?:Termine|Anmeldung|Kosten|Kurse|Team|Info|Informationen|Leistungen|Hebammen|Geburt|Kontakt"
            + "|Vorteile|Angebote|Führung|Besichtigung)(?![\\p{L}]))"
            + "|Residencia(?=[ \\t]+(?:de[ \\t]+(?:Mayores|Ancianos)|Geriátrica|Virgen|San|Santa|Santo|Nuestra)(?![\\p{L}]))"
            // a Dutch GP's practice, care centre, hospital, nursing home and health centre, an Italian sports medicine centre
            // and outpatients' clinic ("Huisartsenpraktijk Assendorp", "Zorgcentrum De Molenhoek", "Centro di Medicina dello
            // Sport Orobico": a twenty-second held-out set's)
            // (not a heading's word after the kind: "Ziekenhuis Financiering", "Verpleeghuis Zorg", "Poliambulatorio Orari",
            // "Centro di Medicina Generale", the review's)
            + "|(?:Huisartsenpraktijk|Huisartsenpost|Zorgcentrum|Woonzorgcentrum|Ziekenhuis|Verpleeghuis|Gezondheidscentrum"
            + "|Centro[ \\t]+di[ \\t]+Medicina[ \\t]+dello[ \\t]+Sport|Poliambulatorio)(?![ \\t]+(?:Financiering|Zorg|Orari|Informatie|Contact"
            + "|Afdeling|Openingstijden|Prenotazioni|Servizi|Nieuws|Vacatures|Bezoektijden)(?![\\p{L}])))";
    /** The words that join the parts of such a name ("de la", "y", "i", "della", "im."). */
    private static final String JOINS = "(?:de[ \\t]+la|de[ \\t]+los|de[ \\t]+las|de[ \\t]+l'|del|de|d'|y|i|e|di|della|dello|du|des|la|el|los|las"
            // Polish "named after (Saint)" ("Szpital Miejski im. św. Łukasza")
            + "|im\\.[ \\t]+św\\.|im\\.)";
    /** A word of such a name, in quotes or not ("Hospital Universitario \"San Cecilio\""). */
    private static final String NAME_WORD = "\"?\\p{Lu}[\\p{L}'-]{0,25}\"?";
    /** Each kind in capitals and as written: "HOSPITAL|Hospital|MEDICAL CENTER|Medical Center|...". */
    private static String bothCases(String... kinds) {
        return java.util.Arrays.stream(kinds).map(k -> k.toUpperCase(Locale.ROOT) + "|" + k)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * The kinds that are part of a facility's name, and so of its finding: a hospital's, a practice's or a home's
     * ("Arbor Hill Medical Group", "Kingsbridge Family Practice", "Northshore Internal Medicine", "Sunrise Manor", "Cedar
     * Grove Rehab"), British spelling, and a practice named by its specialty ("St. Mary's Health Centre", "Milton
     * Cardiology", "Cape Cod Hospice", "Fresenius Dialysis", "Kenmore Dentistry").
     */
    private static final List<String> NAME_KIND_LIST = List.of("Hospital", "Medical Center", "Medical Centre", "Clinic", "Health Center",
            "Infirmary", "Nursing Home", "Rehabilitation Center", "Medical Group", "Medical Associates", "Family Practice",
            "Family Medicine", "Internal Medicine", "Manor", "Rehab", "Health Care Center", "Healthcare", "Urgent Care",
            "Health Centre", "Hospice", "Dialysis", "Cardiology", "Orthopedics", "Orthopaedics", "Dentistry", "Dermatology",
            // a health system's and a teaching centre's ("Cambridge Health Alliance", "Sunnybrook Health Sciences Centre")
            "Health Alliance", "Health System", "Health Sciences Centre", "Health Sciences Center", "Rheumatology",
            "Gastroenterology", "Pediatrics", "Paediatrics", "Oncology", "Urology", "Neurology", "Ophthalmology", "Psychiatry",
            // a dental centre and a periodontist's practice, Estonian family doctors' and health centres ("Lonsdale Quay Dental
            // Centre", "Capilano Periodontics", "Pelgulinna Perearstikeskus", "Nõmme Tervisekeskus": a seventeenth held-out set's)
            "Dental Centre", "Dental Center", "Periodontics", "Orthodontics", "Perearstikeskus", "Tervisekeskus",
            // a care home, a GP's practice, a family dental practice, a diagnostic centre and a community laboratory ("Tayview
            // House Care Home", "Ferry Medical Practice", "Cascade Family Dental", "Zindabazar Diagnostic Centre", "Canterbury
            // Community Laboratories": a twentieth held-out set's)
            "Care Home", "Medical Practice", "Family Dental", "Diagnostic Centre", "Diagnostic Center", "Community Laboratories",
            // an urgent treatment centre, an Ontario family health team, a physiotherapist's ("Shirley Park Urgent Treatment
            // Centre", "Westdale Family Health Team", "Bayfront Physiotherapy": a twenty-first held-out set's)
            "Urgent Treatment Centre", "Family Health Team", "Physiotherapy");
    private static final String NAME_KINDS = bothCases(NAME_KIND_LIST.toArray(String[]::new));
    /**
     * Every match has one to four words and then the first word of a kind: a cheap lookahead that changes no match but
     * gives up on a capitalised word with no kind after it in a few steps. Made from the kinds' first words.
     */
    private static final String GATE = "(?=(?:[\\p{L}'.-]++[ \\t]+){1,4}(?:" + bothCases(java.util.stream.Stream.concat(
            NAME_KIND_LIST.stream(), java.util.stream.Stream.of("Emergency")).map(k -> k.split(" ")[0]).distinct()
            .toArray(String[]::new)) + "))";
    /**
     * The kinds a facility's name stands before: those of its name and a department ("BLUE HARBOR EMERGENCY DEPT"). Not
     * "Associates" nor "Centre" alone, a firm's and a shopping centre's ("Lakeside Associates", "Westfield Centre"): they
     * only extend a name another kind found ({@link #KIND_OF_NAME}: "Fairhaven Cardiology Associates").
     */
    private static final String KINDS = "(?:" + NAME_KINDS + "|" + bothCases("Emergency Dept", "Emergency Department") + ")";
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "our", "this", "your", "general", "county", "city",
            "community", "regional", "university", "state", "children's", "veterans", "emergency", "medical", "memorial",
            "private", "public", "local", "district", "teaching", "mental", "dental", "eye", "women's", "main", "new", "old",
            // the kinds written before a name, the words that join its parts, and the generic words of
            // Spanish, French, Italian and German facility names
            "hospital", "hôpital", "ospedale", "complejo", "hospitalario", "centro", "centre", "hospitalier", "clínica", "clinica",
            "policlínica", "policlinica", "policlinico", "salud", "médico", "medico", "sanatorio", "klinikum", "krankenhaus",
            "de", "del", "la", "el", "los", "las", "y", "i", "e", "di", "della", "dello", "du", "des", "l'", "d'",
            "universitario", "universitaria", "universitaire", "clínico", "clinico", "provincial",
            "comarcal", "militar", "central", "infantil", "materno", "maternal", "nacional", "municipal", "privado", "privada",
            "público", "pública", "psiquiátrico", "día", "dia", "universitätsklinikum", "städtisches", "régional", "civile",
            // what English writes after "Hospital" that is no name: a clinical note's "Hospital Course"
            "course", "day", "days", "stay", "admission", "discharge", "record", "records", "room", "bed", "visit", "staff",
            "policy", "name", "number", "information", "department", "service", "services", "system", "network", "trust",
            "group", "foundation", "center", "authority", "corporation", "association", "care", "acquired", "based", "wide",
            // a specialty's clinic is no facility's name ("Internal Medicine Clinic", "CARDIOLOGY CLINIC NOTE", "Med Onc Clinic",
            // "Ortho Trauma Clinic", "Pediatric Clinic Visit")
            "internal", "medicine", "cardiology", "oncology", "neurology", "renal", "pediatric", "pediatrics", "paediatric", "ortho",
            "orthopedic", "orthopaedic", "trauma", "med", "onc", "surgery", "surgical", "urgent", "primary", "family", "practice",
            "specialty", "outpatient", "inpatient", "sleep", "pain", "wound", "travel", "fertility", "dialysis", "heart", "vascular",
            "spine", "sports", "student", "employee", "anticoagulation", "coumadin", "lipid", "transplant", "hiv", "gi", "ent", "ob",
            "gyn", "psychiatry", "psychiatric", "behavioral", "dermatology", "endocrine", "endocrinology", "rheumatology",
            "hematology", "urology", "nephrology", "pulmonary", "gastroenterology", "geriatric", "geriatrics", "diabetes", "cancer",
            "casa", "cura", "lægehuset", "lægecentret", "sundhedshuset", "γενικό", "νοσοκομείο", "κέντρο", "αποκατάστασης",
            "periodontics", "orthodontics",
            // a course's, a technique's or an advertisement's adjective before a kind, a kind's Italian, Greek and Danish
            // remarks, an Estonian sentence's first word ("Advanced Orthodontics", "Best Dental Center", "Casa di Cura
            // Privata", "Νοσοκομείο Ημέρας", "Lægehuset Holder Lukket", "Uus Tervisekeskus", a review's)
            "best", "advanced", "digital", "lingual", "graduate", "modern", "invisible", "privata", "convenzionata",
            "accreditata", "ημέρας", "αναφοράς", "holder", "lukket", "åbner", "åben", "uus", "tavaline", "paljud", "ühe", "pöördu",
            "meie", "iga", "see", "kohalik",
            // a service or a treatment, not a facility (the review's: "Cardiac Rehab", "Peritoneal Dialysis", "Home Hospice",
            // "Cosmetic Dentistry", "Hand Orthopedics", "Interventional Cardiology")
            "cardiac", "peritoneal", "hemodialysis", "haemodialysis", "home", "cosmetic", "hand", "interventional", "acute",
            "chronic", "adult", "physical", "occupational", "speech", "respiratory", "stroke", "pulmonology", "continue",
            "continued", "started", "start", "restart", "resume", "resumed",
            // the services the kinds added with "Psychiatry", "Oncology", "Urology" name ("Consult Psychiatry", "Child
            // Psychiatry", "Radiation Oncology", "Female Urology", "Neuro Ophthalmology")
            "consult", "consults", "consultation", "liaison", "child", "adolescent", "reproductive", "perinatal", "fetal", "neonatal", "radiation", "gynecologic", "gynecological", "gynecology", "neuro", "female", "male",
            "infectious", "forensic", "addiction", "clinical", "ophthalmology",
            // which hospital, not its name ("AT THE OUTSIDE HOSPITAL", "the referring hospital")
            "outside", "other", "another", "previous", "prior", "referring", "receiving", "nearest", "nearby", "same",
            "different", "that", "first", "second",
            // the kinds a twentieth held-out set added ("Care Home", "Medical Practice", "Diagnostic Centre", "Family Dental")
            // after an adjective, a body's or a guide's word (the review's: "Nursing Care Home", "Residential Care Home", "GMC
            // Good Medical Practice", "Rapid Diagnostic Centre", "Affordable Family Dental plans")
            "nursing", "residential", "specialist", "dementia", "nhs", "social", "weekly", "rural", "evidence-based", "veterinary",
            "mobile", "accredited", "affordable", "rapid", "good", "gmc", "under", "independent", "registered", "approved",
            "quality", "safe", "standard", "national", "scottish", "english", "welsh", "british", "irish", "sheltered",
            "supported", "respite", "elderly", "older", "people's", "council", "visits", "census", "act", "in", "into", "to", "at",
            // the twenty-first set's kinds: a Polish hospital's kinds, a physiotherapist's speciality or treatment, a mobile
            // unit ("Szpital Kliniczny", "Szpital Specjalistyczny Nr", "Pelvic Physiotherapy", "Chest Physiotherapy", "Unidade
            // Hospitalar Móvel")
            "clinique", "maison", "santé", "unidade", "hospitalar", "presidio", "ospedaliero", "szpital", "geburtshaus", "residencia",
            "miejski", "wojewódzki", "powiatowy", "kliniczny", "specjalistyczny", "psychiatryczny", "tymczasowy", "polowy",
            "uniwersytecki", "dziecięcy", "nr", "physiotherapy", "pelvic", "musculoskeletal", "neurological", "vestibular", "chest",
            "manual", "aquatic", "cardiorespiratory", "post-operative", "postoperative", "móvel");

    public HospitalRecognizer() {
        // at most 8 blanks before the kind: with every part bounded, the scanner knows how far into a
        // match the kind stands, and looks for the few kinds in the text before it tries any name
        super("LOCATION", Category.LOCATION, List.of(
                NamedPattern.of("facility name", "(?<![\\p{L}])" + GATE + "(?<value>" + WORD + "(?:[ \\t]" + WORD + "){0,3}?)[ \\t]{1,8}"
                        + KINDS + "(?![\\p{L}])", 0.6),
                NamedPattern.of("facility kind and name", "(?<![\\p{L}])(?<value>" + KINDS_BEFORE + "(?:[ \\t]+(?:" + JOINS + "[ \\t]+)?"
                        + NAME_WORD + "){1,6})", 0.6),
                // a patient's room or bed ("Admit to L&D rm 14", "PACU, then bed 12", "(Medicine, room 5B)"), an i2b2 note's
                // ROOM; not a count ("2 beds"), nor a room's kind ("room air", "bed rest": no number)
                // (not "rm": two letters leave the scanner no string to look for, and it tried every word)
                NamedPattern.ofIgnoreCase("room or bed", "\\b(?:room|bed|bay|cubicle)\\.?[ \\t]*#?[ \\t]*"
                        + "(?<value>\\d{1,4}[A-Za-z]?|[A-Za-z]\\d{1,3})\\b(?![ \\t]*(?:%|percent|days?|hours?|minutes?|mg|ml)\\b|[.,:]\\d)",
                        0.6)),
                Set.of("hospital", "admitted", "transferred", "discharged", "seen at", "visit"));
    }

    /**
     * The words that mark a name after "Hospital" as a Romance language's ("Hospital Universitario La
     * Paz", "Hospital Ramón y Cajal"), where English writes the kind first only before a common noun.
     */
    private static final Set<String> ROMANCE = Set.of("de", "del", "la", "las", "los", "el", "y", "i", "san", "santa", "santo",
            "sant", "virgen", "nuestra", "universitario", "universitaria", "clínico", "clinico", "provincial", "comarcal",
            "infantil", "materno", "militar", "general universitario");

    /** @return whether a name after "Hospital" has a letter beyond ASCII or a word of {@link #ROMANCE} */
    private static boolean romance(String value) {
        for (int k = 0; k < value.length(); k++) {
            if (value.charAt(k) >= 128) {
                return true;
            }
        }
        for (String w : value.split("[ \\t]+")) {
            if (ROMANCE.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kinds that are part of a facility's name, which the finding takes too ("Lakeside General Hospital", "Whittier
     * Street Health Center", "Arbor Hill Medical Group"): an i2b2 note's hospital is the whole name. Not a department
     * after the name ("SILVER RIDGE EMERGENCY DEPT": the hospital is "SILVER RIDGE"), nor a kind that begins a name of its
     * own, as Romance languages write it.
     */
    private static final java.util.regex.Pattern KIND_OF_NAME = java.util.regex.Pattern.compile("[ \\t]{1,8}(?:" + NAME_KINDS
            + "|" + bothCases("Associates", "Centre", "Center") + ")(?![\\p{L}])");

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> found = super.analyze(text);
        return Results.changed(found, r -> {
            if (!r.explanation().startsWith("pattern 'facility name'")) {
                return r;
            }
            int end = r.end();
            java.util.regex.Matcher m = KIND_OF_NAME.matcher(text);
            // kind after kind ("Fairhaven Cardiology Associates")
            while (m.region(end, Math.min(text.length(), end + 40)).lookingAt() && !startsWithin(found, end, m.end())) {
                end = m.end();
            }
            int start = nameStart(text, r.start(), end); // the finding's words and its kinds: "BY" + "CARDIOLOGY"
            if (end == r.end() && start <= r.start()) {
                return r;
            }
            if (start > r.start() && (start >= r.end() || validate(text.subSequence(start, r.end()).toString()) == Validation.REJECTED)) {
                return null; // only the kind and generic words after the cut: "BY CARDIOLOGY", "MISSED DIALYSIS"
            }
            // the kind in the finding stands for the context word it was ("Followed at Mercy Hospital": 0.95 before)
            double score = end > r.end() ? Math.max(r.score(), 0.8) : r.score();
            return new RecognizerResult(r.entityType(), start, end, score, r.explanation());
        });
    }

    /**
     * Words a note writes capitalised or in capitals before a facility's name that are not part of it: verbs ("Sees
     * Northside Orthopedics", "Consult Mercy Hospital"), and in a dictation in capitals the prepositions, pronouns and verbs
     * of the sentence ("FOR DKA AT BAYSTATE MEDICAL CENTER", "SEEN BY CARDIOLOGY FELLOW", "SHE MISSED DIALYSIS").
     */
    private static boolean allCapitals(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> CUT_WORDS = Set.of("sees", "seen", "see", "consult", "consulted", "refer", "referred",
            "follows", "followed", "transfer", "transferred", "discharged", "admitted", "call", "called", "contact", "per", "via",
            "visit", "visited", "attends", "attended", "continue", "schedule", "scheduled", "at", "for", "to", "by", "in", "from",
            "with", "into", "onto", "she", "he", "they", "we", "i", "his", "her", "their", "was", "is", "were", "had", "has",
            "missed", "secondary", "after", "before", "since", "until", "during", "while", "post", "page", "paged", "notify",
            "notified", "contacted", "discussed");

    /**
     * @return the start of a facility's name past the last word of {@link #CUT_WORDS} in it written in capitals (the
     *     kind's words are none), or past those that lead it in any case ("Sees Northside Orthopedics"; not "Banner Health
     *     Page Hospital"), or its start
     */
    private static int nameStart(CharSequence text, int start, int end) {
        int cut = start;
        int s = start;
        boolean leading = true;
        while (s < end) {
            int e = s;
            while (e < end && Character.isLetter(text.charAt(e))) {
                e++;
            }
            boolean cutWord = e < end && text.charAt(e) == ' ' && e > s
                    && CUT_WORDS.contains(text.subSequence(s, e).toString().toLowerCase(Locale.ROOT));
            if (cutWord && (leading || allCapitals(text, s, e))) {
                cut = e + 1;
            } else {
                leading = false;
            }
            while (e < end && !Character.isLetter(text.charAt(e))) {
                e++;
            }
            s = e;
        }
        return cut;
    }

    /**
     * @return whether a result begins between two positions: the kind begins a name of its own ("Urología Hospital
     *     Universitario Miguel Servet"), which is not the name before it
     */
    private static boolean startsWithin(List<RecognizerResult> found, int from, int to) {
        for (RecognizerResult r : found) {
            if (r.start() >= from && r.start() < to) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Validation validate(String value) {
        if ((value.startsWith("Hospital ") || value.startsWith("HOSPITAL ")) && !romance(value)) {
            return Validation.REJECTED; // "Hospital Acquired Pneumonia", "HOSPITAL COURSE BY SYSTEM", "Hospital Medicine"
        }
        for (String w : value.split("[ \\t]+")) {
            if (!GENERIC.contains(w.replace("\"", "").toLowerCase(Locale.ROOT))) {
                return Validation.UNKNOWN;
            }
        }
        return Validation.REJECTED;
    }
}
