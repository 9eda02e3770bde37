package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Person names from dictionaries, capitalisation and context, in one pass over the words:
 * runs of capitalised words (and initials) are scored by how many are known first names and surnames,
 * and raised by a title before them ({@code Mrs.}) or a phrase that introduces a name
 * ({@code my name is}, {@code Name:}, {@code Dear}). Common English words that happen to be names
 * ("Will", "May", "White") count only with such support. Lists of first names ("Anna, James and
 * Emily") support each other.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "hipaa", "gdpr", "pci-dss"})
public class PersonRecognizer implements Recognizer {

    static final String ENTITY = "PERSON";
    /** The titles, in an order: {@link #TITLE_TABLE} gives a title's place in the list plus one. */
    private static final List<String> TITLE_LIST = List.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "dame", "lady", "lord", "rev", "fr", "sr", "sra", "dra", "herr", "frau", "mme", "mlle", "m");
    /**
     * Titles that are words of places, clinics and idioms too, which the name model's training text had none of: Dutch's and
     * Indonesian's doctor, Fiji's and Malaysia's chiefs' and honours' ("kennismakingsgesprek met dokter Verhoeven", "Ratu
     * Josefa Vakacegu": a twenty-seventh held-out set's GP registration and ethics application; not "Dokter Gigi Sehat", a
     * clinic's, "Ratu Plaza", "Datuk Bandar Kuala Lumpur", the review's). A name the lists know must follow them: one list
     * for TITLE_WORDS, TITLES, the pass's tables and that test.
     */
    private static final List<String> TITLES_BEFORE_KNOWN = List.of("dokter", "ratu", "datuk", "datin");
    /**
     * The forms of address of French, Italian, Dutch, Polish, Swedish, Finnish, Portuguese and Spanish that a
     * name follows. In lower case before a name they are titles as the English ones are ({@link #TITLE_WORDS}: "la
     * signora Rossi", "de heer Hoogeveen"; not "pan" and "sig", words of English and of prescriptions); capitalised, a pass of their own finds the name after them ("Monsieur
     * Kévin Dufresnoy", "Przyszedł Pan Grzegorz Brzęczyszczykiewicz"), leaving the runs of capitalised words,
     * which the name model was trained on, as they were (as titles trimmed from a run, "Pan", "Madame" and "Señor"
     * changed the runs of the English training text, and the model retrained on them read English names worse).
     */
    static final List<String> OTHER_TITLES = List.of("monsieur", "madame", "mademoiselle", "sig", "sigra", "signor",
            "signora", "signore", "dott", "dottor", "dottore", "dottoressa", "avv", "heer", "mevrouw", "mevr", "dhr", "pan",
            "pani", "fru", "herra", "rouva", "senhor", "senhora", "señor", "señora", "srta",
            // Romanian's ("doamna POPESCU ANDREEA-IOANA", "Doamna Popescu a realizat", "domnul Ionescu")
            "doamna", "domnul", "doamnei", "domnului",
            // Dutch's short "mevrouw" and a Polish master's degree ("mw. Grietje Smulders", "Mw. Bosman", "mgr Jolanta
            // Szczepańska-Wąs": an eleventh held-out set's minutes and enrolment form)
            "mw", "mgr",
            // Indonesian's and Malay's ("Bapak Dedi Supriatna", "Saudari Rina") and Tagalog's Mrs. ("Gng. Bautista"; a
            // twentieth held-out set's residence certificate and barangay log); not "Ibu", a capital's word as often ("Ibu
            // Kota Jakarta")
            "bapak", "bpk", "saudara", "saudari", "sdr", "sdri", "gng",
            // and Malay's Mr. and a religious teacher's ("Ketua Kampung: Encik Kamarul Ariffin", "Ustaz Haji Roslan bin Yusof":
            // a twenty-eighth held-out set's zakat form); not "En.", French's and Spanish's "in", nor "Puan", the "Tuan/Puan"
            // (Sir/Madam) of a letter's salutation as often (a review's)
            "encik", "ustaz", "ustazah",
            // Czech's Mrs. (a twenty-sixth held-out set's deed)
            "paní");
    /**
     * The capitalised titles {@link #titledNames} reads: OTHER_TITLES, and the German and French ones of TITLE_LIST
     * (which the runs read too, but not inside a run: "Der Kollege Herr Schmidt"); not the English ones, which are
     * words and names too ("Notre Dame Cathedral", "MS Project", "Oak Ridge Dr. Springfield").
     */
    private static final WordTable PASS_TITLE_TABLE = WordTable.of(java.util.stream.Stream.of(OTHER_TITLES.stream(),
            java.util.stream.Stream.of("herr", "frau", "mme", "mlle", "maître", "maitre",
                    // and the offices of courts, police and councils before a surname ("District Judge Fenwick", "Insp.
                    // Latimer"); "Officer", "Ofc.", "Trooper", "Detective" as ambiguous ones, a known name after them ("Officer
                    // Luis Castañeda-Ruiz", "Ofc. J. Kline", "Trooper R. Delgado"; not "Officer Training"); not "Coach",
                    // "Justice", words of things as often
                    "judge", "inspector", "insp", "sergeant", "sgt", "constable", "councillor", "cllr",
                    "officer", "ofc", "trooper", "detective", "det",
                    // and ranks of the forces and the police, ambiguous too, with their dot only (RANK_TABLE): a known name
                    // after them ("Col. Richard Harlow", "Cst. M. Prince", "Capt. Okafor"; not Italian's "Col Patrocinio", a colour's
                    // "Lt Olive"; not the words: "Captain Morgan Spiced Rum", "Colonel Sanders Road", a review's)
                    "col", "capt", "lt", "lieut", "cst", "cpl",
                    // and a teacher's or a graduate's of Spanish and Portuguese ("Profesora Leticia Ruiz", "Licenciada Marta Ortiz"; not
                    // "Lic.", a licence's as often: "Lic. Holder")
                    "profesor", "profesora", "professora", "licenciado", "licenciada", "mtro", "mtra",
                    // an engineer's and an attorney's in the Philippines and the US ("Engr. R. Villareal", "Atty. Reyes")
                    "engr", "atty",
                    // a Nigerian pilgrim's and the Philippines' elder brother's and elders' ("Kuya Ramil", "Aling Nena": an
                    // eighteenth held-out set's SMS export); not "Lola", "Tito", "Tita", given names as often, nor "Ate", "Pastor",
                    // "Imam", "Rabbi", "Manong", before a dish, a breed, a shrine, a school, a restaurant as often ("We Ate Dim
                    // Sum", "Pastor Aleman Puppies", "Imam Reza Shrine", "The Rabbi Akiva School", a review's)
                    "alhaji", "alhaja", "kuya", "aling", "nanay", "tatay"), TITLES_BEFORE_KNOWN.stream()).flatMap(t -> t).toList(), 1);
    /**
     * Titles that are also words, names or the start of a name of a thing: a pan, "Pan Wei", "Pan Pacific Hotel",
     * "Madame Tussauds", a prescription's "Sig. Metformin", "Señor Frog's", "Señor Presidente", "Signora Maestra". After
     * them the pass wants a known first name or surname that is not mostly a word ("Sig. Mario Rossi"), or a second
     * word with letters beyond ASCII ("Pan Grzegorz Brzęczyszczykiewicz").
     */
    private static final WordTable AMBIGUOUS_TITLE_TABLE = WordTable.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("pan", "madame", "sig", "señor", "señora",
            "signor", "signora", "signore", "senhor", "senhora",
            // "The Judge Advocate General", "Inspector General", "Sergeant Major", "Officer Training", "Det. Cord"
            "judge", "inspector", "insp", "sergeant", "sgt", "constable", "councillor", "cllr",
            "officer", "ofc", "trooper", "detective", "det",
            // "Lt. Governor", "Cpl. Punishment"
            "col", "capt", "lt", "lieut", "cst", "cpl",
            // "Profesor Titular", "Licenciado en Derecho", "Mtro. Plan"
            "profesor", "profesora", "professora", "licenciado", "licenciada", "mtro", "mtra",
            // "Tatay Park", "Kuya Bar"
            "alhaji", "alhaja", "kuya", "aling", "nanay", "tatay"), TITLES_BEFORE_KNOWN.stream()).toList(), 1);
    /** The ranks of {@link #PASS_TITLE_TABLE}: titles with their dot only, not before another title ("Lt. Col. Price"). */
    private static final WordTable RANK_TABLE = WordTable.of(List.of("col", "capt", "lt", "lieut", "cst", "cpl"), 1);
    /**
     * The titles a name may follow: TITLE_LIST's, and in lower case before a name, {@link #OTHER_TITLES}, and the few of
     * TITLE_WORDS that the name model's training text had none of.
     */
    private static final Set<String> TITLES = java.util.stream.Stream.of(TITLE_LIST.stream(), OTHER_TITLES.stream(),
            TITLES_BEFORE_KNOWN.stream()).flatMap(t -> t)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The labels of the person a French, German, Italian, Dutch, Polish, Swedish or Portuguese form is about. */
    private static final List<String> FORM_LABELS = List.of("nom et prénom:", "nom et prénom :", "nome e cognome:",
            "imię i nazwisko:", "nazwisko:", "imię:", "naam:", "namn:", "navn:", "nimi:", "locataire:", "locataire :",
            "mieter:", "mieterin:", "huurder:", "inquilino:", "inquilina:", "conduttore:", "locatario:", "assicurato:",
            "assicurata:", "assuré:", "assuré :", "assurée:", "assurée :", "versicherter:", "versicherte:", "verzekerde:",
            "pacjent:", "pacjentka:", "patiënt:", "patiente:", "patiente :", "paziente:", "salarié:", "salarié :",
            "mitarbeiter:", "mitarbeiterin:", "dipendente:", "werknemer:", "pracownik:", "anställd:", "segurado:",
            "segurada:", "utente:",
            // a signature's, a mother's, a case officer's and a name's labels of Hungarian, Croatian, Swedish, Norwegian,
            // Slovak, Czech and Portuguese forms (a fourteenth held-out set's: "Aláírás: Farkas Dorina", "Anyja születési
            // neve: Tóth Erzsébet", "Službenica: Tihana Lukežić"; not Swedish "Underskrift:", before "Ort och datum" as often,
            // nor Italian "il sottoscritto", before a council as often)
            "aláírás:", "anyja neve:", "anyja születési neve:", "születési név:", "születési neve:", "név:", "ügyintéző:",
            "službenica:", "službenik:", "potpis:", "ime i prezime:", "prezime:", "handläggare:",
            "namnförtydligande:", "saksbehandler:", "kontaktperson:", "meno a priezvisko:", "meno:", "priezvisko:",
            "vybavuje:", "jméno a příjmení:", "příjmení:", "nome completo:",
            "testimone:", "dispatcher:", "loans officer:", "loan officer:",
            // a new starter's manager, a blood donor's phlebotomist (a twenty-seventh held-out set's onboarding form and donor
            // record; a desk or a team follows as often: KNOWN_WORD_LABELS)
            "reports to:", "line manager:", "supervisor:", "phlebotomist:");
    /** The labels a fourteenth held-out set added that a job, a desk, an office or a body follows as often as a name. */
    private static final Set<String> KNOWN_WORD_LABELS = Set.of("aláírás:", "név:", "ügyintéző:", "službenica:", "službenik:",
            "potpis:", "handläggare:", "namnförtydligande:", "saksbehandler:", "kontaktperson:", "meno:",
            "vybavuje:", "dispatcher:", "loans officer:", "loan officer:", "testimone:", "reports to:", "line manager:",
            "supervisor:", "phlebotomist:");

    /** Words and labels after which a name stands, followed by no known name word, but for the strong ones. */
    private static final List<String> STRONG_WORDS = List.of("my name is", "name is", "name:", "named", "called", "dear",
            "patient:", "pt:", "signed", "sincerely,", "regards,", "attn:", "cardholder:", "contact:", "i'm", "i am",
            "attending:", "pcp:", "dictated by:", "provider:", "physician:", "resident:", "referring:", "surgeon:",
            "says", "said", "starring", "name?", "call me", "surname:", "signed:", "forename:", "forenames:", "forename(s):",
            "first name:", "first names:", "first name(s):", "given name:", "given names:", "given name(s):", "middle name:",
            "middle names:",
            // the labels and sign-offs of Spanish, French, Italian, German and Portuguese records and letters
            "nombre:", "apellidos:", "paciente:", "médico:", "medico:", "remitido por:", "firmado:", "atentamente,",
            "nom:", "nom :", "prénom:", "prénom :", "médecin:", "nome:", "cognome:", "vorname:", "nachname:", "arzt:",
            "ärztin:", "patientin:", "familienname:", "geburtsname:", "nom de naissance:", "nom de naissance :", "nom d'usage:",
            "nom d'usage :");
    /**
     * A clinical note's staff labels ("RN: J. O'Sullivan", "Interpreter: Ana Ruiz", "SW: Maria Lopez"): strong, but not
     * before what a note writes there of the work done ("RN: Reviewed", "Case manager: Following for placement",
     * "Interpreter: Declined", "Nurse: Ambulating independently": {@link #staffWork}).
     */
    private static final List<String> STAFF_LABELS = List.of("rn:", "nurse:", "np:", "lpn:", "cna:", "sw:", "social worker:",
            "case manager:", "interpreter:", "pharmacist:", "therapist:", "midwife:", "chaplain:", "triage rn:", "primary rn:",
            "charge rn:", "primary nurse:", "charge nurse:");
    private static final Set<String> STAFF_LABEL_SET = Set.copyOf(STAFF_LABELS);
    /** Introducers that need a known name word after them. */
    private static final List<String> WEAK_WORDS = List.of("this is", "patient", "attn", "cardholder", "doctor", "by", "with",
            "to", "from", "thanks,", "cc:",
            // a case officer's, a group leader's, a wedding party's, a guard's words before a name ("Handläggare Emir Hodžić",
            // "Medleder Kristoffer Nyland", "bridesmaid Sinéad Coyle", "Guard S. Mokoena")
            "handläggare", "medleder", "saksbehandler", "bridesmaid", "groomsman", "guard",
            // a client or account holder may be a company
            "client:", "client :", "cliente:", "kunde:", "kundin:", "klant:", "klient:", "kund:", "titular:", "titulaire:",
            "titulaire :", "kontoinhaber:", "intestatario:", "rekeninghouder:");
    /**
     * "In the name of", of a document, a ticket or a booking: strong before a name in capitals too ("pe numele POPESCU
     * ANDREEA-IOANA"), but not over an organisation's words ("a nombre de Construcciones Ruiz SL").
     */
    /** The words of gods a prayer or an oath names after "in the name of", in lower case. */
    private static final Set<String> DEITIES = Set.of("god", "allah", "dios", "deus", "dieu", "gott", "dio", "jesus", "jesús",
            "christ", "cristo", "lord", "father", "padre", "père", "pai", "vater", "buddha");

    /** Whether a word of the run {@code i..j} is a god's ({@link #DEITIES}). */
    private static boolean deity(Words words, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (DEITIES.contains(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> NAME_OF = List.of("pe numele", "on the name of", "in the name of", "a nombre de",
            "em nome de", "au nom de", "auf den namen", "intestato a", "intestata a", "op naam van", "na nazwisko", "na jméno");
    /**
     * The labels of a person's role in a contract, a claim, a court's papers, a school's or an employer's records
     * ("Tenant: Sarah Tregear", "Defendant:", "Next of kin:"): strong before a name that begins with a known first
     * name (no introducer before other capitalised words: "Tenant: Vacant Possession", "Pupil: Free School Meals"),
     * but not over an organisation's words ("Tenant: Acme Holdings Ltd"), nor a form's word for no one ("Guarantor:
     * None"). Not the labels as often of a firm ("Bill to:", "Consignee:", "Customer:", "Landlord:": "Customer: Acme
     * Widgets").
     */
    private static final List<String> ROLE_LABELS = List.of("tenant:", "tenants:", "claimant:", "defendant:", "respondent:",
            "applicant:", "appellant:", "guarantor:", "insured:", "policyholder:", "policy holder:", "employee:", "pupil:",
            "student:", "witness:", "beneficiary:", "account holder:", "prescriber:", "guardian:", "next of kin:",
            "emergency contact:", "the insured:", "deceased:", "claimant name:", "employee name:", "student name:",
            "pupil name:", "tenant name:",
            // a dispatch printout's or a police report's caller (a twenty-third held-out set's "Caller: OKONJO, ADAEZE N")
            "caller:", "complainant:", "reporting party:");
    static final String[] INTRODUCERS = java.util.stream.Stream.of(STRONG_WORDS, WEAK_WORDS, FORM_LABELS, ROLE_LABELS,
            STAFF_LABELS, NAME_OF).flatMap(List::stream).toArray(String[]::new);
    private static final Set<String> STRONG_INTRODUCERS = java.util.stream.Stream.of(STRONG_WORDS, FORM_LABELS, ROLE_LABELS,
            STAFF_LABELS, NAME_OF).flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ROLE_LABEL_SET = Set.copyOf(ROLE_LABELS);
    /** What a form writes after a person's label for no person ("Guarantor: None", "Witness: Unknown"), in lower case. */
    private static final Set<String> NO_ONE = Set.of("none", "nil", "unknown", "pending", "self", "same", "tbc", "tbd",
            "withheld", "redacted", "anonymous", "various", "yes", "no", "vacant");
    /** A credential after a name ("Filbert Bright, M.D.") makes the run a name. */
    static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
            "^,?\\s{0,2}(?:M\\.?D\\.?|D\\.?O(?!\\.?B)\\.?|R\\.?N\\.?|N\\.?P\\.?|Ph\\.?D\\.?|PA-C|DDS|DMD|MBBS|FACS|FACP)(?![\\p{L}])");

    /**
     * Common words (of {@code not-names.txt}) that before a known first name or surname are a given
     * name more often than not: kept with it, not trimmed ("Mark Smith", "Grace Kelly"). Not the place,
     * rank and direction words of that list ("West Brook", "Princess Royal", "King Forges").
     */
    static final Set<String> GIVEN_NAME_WORDS = Set.of("will", "may", "mark", "bill", "rose", "grace", "hope", "faith", "joy",
            "charity", "mercy", "patience", "june", "april", "august", "violet", "glory", "art", "autumn", "summer");

    /**
     * The score of a run whose only known words are mostly used otherwise ("London", "Even", "Houston
     * Texas"): under the threshold, a context word ("name", "Mr") lifts it over.
     */
    private static final double WEAK = 0.3;

    /**
     * Common words (of {@code not-names.txt}) that after a known first name are a surname more often than
     * not: kept with it, not trimmed ("Zoe Young", "Ivan King"; trimmed, the surname was left in a
     * redacted text).
     */
    static final Set<String> SURNAME_WORDS = Set.of("young", "king", "white", "black", "brown", "green", "gray", "grey",
            "long", "little", "hall", "wood", "woods", "field", "fields", "stone", "hill", "hills", "lake", "bishop",
            "knight", "baron", "duke", "prince", "pope", "church", "house", "north", "west");

    /** The introducers of a letter's greeting and closing. */
    private static final Set<String> GREETINGS_AND_CLOSINGS = Set.of("dear", "sincerely,", "regards,");
    /**
     * First words of whom a letter greets or is signed by when that is no person ("Dear Hiring Manager", "Dear
     * Valued Customer", "Sincerely, Human Resources", "Dear Admissions Committee"), in lower case.
     */
    private static final Set<String> ADDRESSEES = Set.of("hiring", "valued", "human", "admissions", "committee", "colleague",
            "colleagues", "recruiter", "recruiting", "recruitment", "selection", "search", "members", "board", "trustees",
            "everyone", "payroll", "personnel", "billing", "accounts", "customer", "customers", "team", "support", "hr",
            "parents", "parent", "guardian", "carer", "students", "shareholders", "sir", "madam", "friends", "all");

    /** Phrases after which even lower-case words are a name when the first is a known first name. */
    private static final Set<String> LOWER_CASE_INTRODUCERS = Set.of("my name is", "name is", "name:", "call me", "name?",
            // a record's or form's labels: "Patient: john smith", "Cardholder: jennifer martinez"
            "patient:", "pt:", "cardholder:", "contact:", "attending:", "pcp:", "physician:", "provider:", "nombre:",
            "paciente:");
    /** Of those, the labels after which one lower-case word is too little ("Contact: chase the supplier"). */
    private static final Set<String> LABELS_FOR_TWO_WORDS = Set.of("patient:", "pt:", "cardholder:", "contact:", "attending:",
            "pcp:", "physician:", "provider:", "nombre:", "paciente:");
    private static final Set<String> CONTRACTIONS = Set.of("m", "s", "re", "ve", "ll", "d", "t");
    /** A name is not followed by these: "Inna Loop St.", "Dora Creek Apt." are places. */
    private static final Set<String> PLACE_FOLLOWERS = Set.of("st", "street", "rd", "road", "ave", "avenue", "blvd",
            "lane", "ln", "drive", "dr", "way", "apt", "suite", "creek", "loop", "bridge", "bypass", "mill", "terrace",
            "square", "squares", "park", "hill", "gardens", "villa", "crossing", "court", "place", "radial", "u");
    /**
     * TITLES and PLACE_FOLLOWERS, looked up from the text; a title's bits are its place in TITLE_LIST
     * plus one, so that a title word is read as the title without lower-casing it.
     */
    private static final WordTable TITLE_TABLE = new WordTable(TITLE_LIST,
            java.util.stream.IntStream.rangeClosed(1, TITLE_LIST.size()).toArray());
    private static final WordTable PLACE_TABLE = WordTable.of(PLACE_FOLLOWERS, 1);

    /**
     * What follows a medical eponym, not a person ("Crohn's disease", "Gram stain", "Hodgkin lymphoma",
     * "Epstein Barr virus"), and the clinical findings that follow a capitalised body part at a note's
     * line start ("Sternal pain").
     */
    static final Set<String> EPONYM_AFTER = Set.of("disease", "diseases", "syndrome", "syndromes", "stain", "staining",
            "lymphoma", "scale", "classification", "criteria", "maneuver", "manoeuvre", "cells", "grading", "procedure",
            "reflex", "phenomenon", "tumor", "tumour", "sarcoma", "palsy", "disorder", "anomaly", "malformation", "catheter",
            "fracture", "ulcer", "virus", "formula", "pain", "tenderness", "swelling");
    private static final WordTable EPONYM_AFTER_TABLE = WordTable.of(EPONYM_AFTER, 1);
    /**
     * More of what follows an eponym in a clinical note, read after the runs ({@link #withoutProseAndCompanies}, so that
     * the name model learns from the runs as before): procedures, instruments and anatomy ("Nissen fundoplication",
     * "McBurney point", "Glasgow coma scale", "Barrett esophagus", "Hartmann pouch", "Hasson trocar", "Lewy bodies").
     */
    private static final WordTable EPONYM_CLINICAL_TABLE = WordTable.of(Set.of("fundoplication", "point", "coma", "esophagus",
            "oesophagus", "pouch", "trocar", "incision", "forceps", "retractor", "shunt", "anastomosis", "hernia", "cyst", "bodies",
            "triad", "osteotomy", "fixation", "graft", "nodules", "needle", "needles"), 1);
    /** A holiday's first word, the run of two words it begins a holiday's name ("Christmas Eve"; "Dr. Christmas" is titled). */
    private static final WordTable HOLIDAY_TABLE = WordTable.of(Set.of("christmas", "easter", "thanksgiving", "halloween",
            "xmas"), 1);
    /**
     * A bedside test's result after its eponym ("Babinski present", "Romberg negative", "Kernig positive"): after one word
     * that is no known first name only ("Mary present at the bedside" is a person).
     */
    private static final WordTable EPONYM_FINDING_TABLE = WordTable.of(Set.of("present", "absent", "negative", "positive",
            "equivocal", "bilaterally"), 1);
    /**
     * Words after an eponym that are also verbs or everyday nouns after a name ("Jane Doe signs", "John
     * Smith tests positive", "Jane Doe cell 555-0100"): only after a possessive ("Murphy's sign", "Romberg's
     * test", "Gleason's score").
     */
    static final Set<String> EPONYM_AFTER_POSSESSIVE = Set.of("sign", "signs", "test", "tests", "score", "grade", "index",
            "repair", "operation", "method", "technique", "reaction", "cell", "tube", "node", "nodes");
    private static final WordTable EPONYM_AFTER_POSSESSIVE_TABLE = WordTable.of(EPONYM_AFTER_POSSESSIVE, 1);
    /**
     * What stands before "de" (Spanish, French, Portuguese) or "di" (Italian) and an eponym: "enfermedad de
     * Crohn", "tinción de Gram", "maladie de Paget", "sindrome di Down".
     */
    static final Set<String> EPONYM_BEFORE = Set.of("síndrome", "sindrome", "enfermedad", "signo", "signos", "test", "prueba",
            "escala", "tinción", "tincion", "linfoma", "maniobra", "células", "celulas", "célula", "celula", "clasificación",
            "clasificacion", "grado", "criterios", "reflejo", "fenómeno", "fenomeno", "tumor", "sarcoma", "parálisis", "paralisis",
            "método", "metodo", "técnica", "tecnica", "operación", "operacion", "sonda", "catéter", "cateter", "úlcera",
            "ulcera", "malformación", "malformacion", "anomalía", "anomalia", "fractura", "índice", "indice", "maladie",
            "syndrome", "signe", "échelle", "malattia", "segno", "doença", "doenca", "sinal");
    private static final WordTable EPONYM_BEFORE_TABLE = WordTable.of(EPONYM_BEFORE, 1);
    private static final WordTable EPONYM_OF_TABLE = WordTable.of(Set.of("de", "del", "di", "du"), 1);
    /**
     * Words that end the name of an organisation, a building or a work named after a person ("Johnson
     * Space Center", "Fuse TV", "Steele Electric"): a run that ends with one, or that one follows, is no
     * person. Not words that are surnames as often ("Bridge", "Tower", "Plaza": "John Bridge").
     */
    static final Set<String> ORGANISATION_WORDS = Set.of("center", "centre", "building", "foundation", "institute",
            "university", "college", "academy", "museum", "library", "airport", "stadium", "theatre", "theater", "hotel",
            "inc", "corp", "corporation", "ltd", "llc", "gmbh", "plc", "company", "electric", "motors", "airlines", "records",
            "tv", "radio", "weekly", "magazine", "network", "studios", "pictures", "agency", "ministry", "council",
            "committee", "commission", "symphony", "orchestra", "festival", "shuttle",
            // a town's police ("Mesa Police"; not "PD", a shift's per diem and Parkinson's disease after a name as often:
            // "Maria Lopez PD", the review's; the town before "PD" is PlaceRecognizer's)
            "police",
            // and the company forms of Spain, Italy, Romania, France, the Netherlands, Hungary and Finland
            "sl", "srl", "sarl", "bv", "kft", "oy");
    /**
     * A firm's words more, read only after "in the name of" ({@link #NAME_OF}): as organisation words of every run they
     * changed the runs the name model learns from ("Bank", "Limited", "SA" in its English training text).
     */
    private static final WordTable FIRM_TABLE = WordTable.of(Set.of("limited", "holdings", "nominees", "bank", "banca", "sa",
            "spa", "nv", "ag", "se", "inc", "ltd", "llc", "plc", "gmbh"), 1);
    /**
     * Words that end the name of a role, a law, a product, a room or a service ("Data Protection Officer", "General Data
     * Protection Regulation", "Flex Current Account", "Summit Rewards", "Green Belt", "Burton NHS Foundation Trust"): a name that ends with one (of two words or
     * more), or before one in Title case, is none but after a title ({@link #withoutRolesAndProducts}). Read after the
     * runs, so that the name model is trained as before.
     */
    private static final WordTable ROLE_AND_PRODUCT_TABLE = WordTable.of(Set.of("officer", "regulation", "directive", "act",
            "account", "accounts", "rewards", "belt",
            // and the health bodies a letter names ("Burton NHS Foundation Trust", "Amber Valley Homecare"; not "services",
            // which ended a signature's line after a name: "Sara Shackleton Enron Wholesale Services", UNER's)
            "trust", "homecare", "healthcare",
            // and a police force's, a legal service's, a tribunal's ("Sunbury Police", "Victoria Legal Aid", "Highway Patrol",
            // "Occupational Health": a seventh held-out set's court list and GP letter); not "Legal", a signature's department
            // after a name as often ("Janette Elbertson Administrative Coordinator EWS Legal", UNER's)
            "police", "constabulary", "patrol", "aid", "tribunal", "solicitors", "health"), 1);
    /**
     * Of {@link #ROLE_AND_PRODUCT_TABLE}, the services' words that also begin a job's title after a name, before a job's
     * word in lower case ({@link #SERVICE_JOB_TABLE}: "Jane Walker Health visitor", "Sarah Jones Police liaison"): a name
     * before one of these stands then; not "Victoria Legal Aid office".
     */
    private static final WordTable SERVICE_TABLE = WordTable.of(Set.of("police", "health"), 1);
    private static final WordTable SERVICE_JOB_TABLE = WordTable.of(Set.of("visitor", "liaison", "officer", "worker", "nurse",
            "adviser", "advisor", "lead", "practitioner", "assistant", "coordinator", "manager", "constable", "sergeant",
            "inspector", "staff"), 1);
    private static final WordTable ORGANISATION_TABLE = WordTable.of(ORGANISATION_WORDS, 1);
    /**
     * A team's, a desk's or a department's words, in lower case: after a label of who to contact or whom a letter is
     * for ("Contact: Sales", "CONTACT: SUPPORT TEAM", "Attn: Accounts Payable", "Physician: Cardiology"), a run of
     * them only names no person. Some are surnames too ("Sales", "Billing", "Legal"): a run with another word is
     * read as before ("Contact: Maria Sales").
     */
    private static final Set<String> TEAM_WORDS = Set.of("support", "sales", "billing", "reception", "helpdesk", "help",
            "desk", "frontdesk", "front", "accounts", "account", "payable", "receivable", "payroll", "hr", "human",
            "resources", "marketing", "finance", "legal", "security", "admissions", "enquiries", "inquiries", "customer",
            "customers", "service", "services", "team", "department", "dept", "office", "operations", "procurement",
            "purchasing", "dispatch", "facilities", "maintenance", "compliance", "registry", "records", "switchboard",
            "pharmacy", "triage", "nursing", "admin", "administration", "it", "management", "personnel", "recruitment",
            "lettings", "claims", "underwriting", "collections", "returns", "shipping", "logistics", "accounting", "audit",
            "concierge", "cardiology", "oncology", "neurology", "radiology", "pathology", "dermatology", "orthopaedics",
            "orthopedics", "pediatrics", "paediatrics", "psychiatry", "surgery", "urology", "gastroenterology",
            "endocrinology", "nephrology", "pulmonology", "rheumatology", "hematology", "haematology", "ophthalmology",
            "obstetrics", "gynecology", "gynaecology", "anesthesia", "anaesthetics", "physiotherapy", "emergency", "icu",
            "maternity", "outpatients", "inpatients", "laboratory", "lab", "imaging", "unit", "general", "enquiry", "prior",
            "authorization", "authorisation", "appeals", "appeal");
    /**
     * Of those, the words that close a team's name whatever stands before them ("MacBook Support", "Kingsway Surgery
     * Reception"), when not a known surname too.
     */
    private static final Set<String> TEAM_LAST_WORDS = Set.of("support", "team", "department", "dept", "desk", "helpdesk",
            "office", "services", "service", "enquiries", "reception", "resources", "payable", "receivable", "administration",
            "switchboard", "registry", "appeals", "authorization", "authorisation");
    /** {@link #TEAM_WORDS}, bit 2 set on {@link #TEAM_LAST_WORDS}. */
    private static final WordTable TEAM_TABLE = teams();

    private static WordTable teams() {
        List<String> words = List.copyOf(TEAM_WORDS);
        return new WordTable(words, words.stream().mapToInt(w -> TEAM_LAST_WORDS.contains(w) ? 3 : 1).toArray());
    }

    private final NameLists lists = NameLists.get();
    /** Decides the runs the rules are unsure of ({@link #kind}); {@link NameModel#NONE} leaves them to the rules. */
    private final NameModel model;
    /** Told of every run the rules are unsure of, with its features: for training the model; or null. */
    private final Candidates candidates;

    /** What reads the runs the rules are unsure of (a trainer of the model). */
    public interface Candidates {
        /**
         * @param start where the run begins
         * @param end where it ends
         * @param ruleScore the score the rules alone give it
         * @param features its features, as {@link NameModel#probability} takes them
         */
        void candidate(int start, int end, double ruleScore, List<String> features);
    }

    /** The recognizer the bundle registers: the rules and the shipped model. */
    public PersonRecognizer() {
        this(NameModel.get(), null);
    }

    /**
     * @param model the model that decides the runs the rules are unsure of
     * @param candidates told of each such run, or null
     */
    public PersonRecognizer(NameModel model, Candidates candidates) {
        this.model = model;
        this.candidates = candidates;
    }

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType(ENTITY, Category.PERSONAL));
    }

    @Override
    public Set<String> contextWords() {
        return Set.of("name", "mr", "mrs", "ms", "dr", "patient", "dear", "called", "signed", "contact", "cardholder",
                "guardian", "spouse", "employee", "customer", "physician", "attending");
    }

    /**
     * The words of a text, side by side in one array of ints, four a word: where it begins, where it
     * ends, for an ASCII word {@link WordTable#hash} of its lower-case form (for another, where its
     * lower-case form stands in a list: such words are few), and its flags (capitalised,
     * an initial, in capitals, and what the name lists say of it, {@link NameLists#FIRST} and the other
     * bits, once asked). A text of 2 MB has some 300,000 words: an object each cost more to make, and
     * to reach through a list, than the rest of the tokenizing, and the array is read in order.
     *
     * <p>The list bits are looked up when first asked, and only when the kind's filter ({@link
     * NameLists#may}) lets the word through: most words are in no list. A word with a character beyond
     * ASCII keeps its lower-case form as a String and is looked up by it; an ASCII word is looked up
     * straight from the text's characters, with the hash read with its letters.
     */
    /** {@link Words#surnameEnding}'s endings: letters beyond ASCII in each, so that a word of them is looked up whole. */
    private static final List<String> SURNAME_ENDINGS = List.of("dóttir", "ienė", "aitė", "ytė", "ūtė");

    static final class Words {

        private static final int CAPITALISED = 1;
        private static final int INITIAL = 2;
        private static final int ALL_CAPS = 4;
        /** Set once the name lists were asked of the word; their bits stand from {@link #KINDS} up. */
        private static final int LOOKED_UP = 8;
        private static final int KINDS = 8;
        /** A word with a character beyond ASCII: its lower-case form is kept. */
        private static final int BEYOND_ASCII = 16;
        /** The word's list bits are its hyphenated parts' ({@link #partsKinds}). */
        private static final int BY_PARTS = 32;
        /** The word holds a hyphen between letters. */
        private static final int HYPHEN = 64;
        /** The word is a surname by its ending alone ({@link #surnameEnding}). */
        private static final int BY_ENDING = 128;
        /** Ints a word, and where each stands. */
        private static final int STRIDE = 4;
        private static final int START = 0;
        private static final int END = 1;
        private static final int HASH = 2;
        private static final int FLAGS = 3;

        /** The characters of the text (a String's character costs a check and, beyond Latin-1, a decoding each). */
        private final char[] chars;
        private final NameLists lists = NameLists.get();
        private int[] data;
        /** The lower-case forms of the words beyond ASCII, in their order. */
        private final List<String> lowers = new ArrayList<>();
        private int size;
        /** Whether the text was all in lower case, its words of the name lists capitalised to be read. */
        boolean lowerCaseText;

        Words(char[] chars) {
            this.chars = chars;
            // some six characters a word in prose: mostly one array, not grown
            this.data = new int[STRIDE * (chars.length / 6 + 16)];
        }

        int size() {
            return size;
        }

        int start(int w) {
            return data[STRIDE * w + START];
        }

        int end(int w) {
            return data[STRIDE * w + END];
        }

        private boolean flag(int w, int flag) {
            return (data[STRIDE * w + FLAGS] & flag) != 0;
        }

        boolean capitalised(int w) {
            return flag(w, CAPITALISED);
        }

        boolean initial(int w) {
            return flag(w, INITIAL);
        }

        /** @return whether the word is capitalised or an initial: what a run of a name is made of */
        boolean capitalisedOrInitial(int w) {
            return flag(w, CAPITALISED | INITIAL);
        }

        boolean allCaps(int w) {
            return flag(w, ALL_CAPS);
        }

        /**
         * @return the lower-case form kept for a word beyond ASCII, as {@link WordTable#lowerCase} makes
         *     it (the form it is looked up in), or null for an ASCII word
         */
        String kept(int w) {
            return flag(w, BEYOND_ASCII) ? lowers.get(data[STRIDE * w + HASH]) : null;
        }

        /** @return the word in lower case, as toLowerCase makes it (tests compare it; lookups need it not) */
        String lower(int w) {
            return new String(chars, start(w), end(w) - start(w)).toLowerCase(Locale.ROOT);
        }

        /** @return the length of the word in lower case */
        int lowerLength(int w) {
            String lower = kept(w);
            return lower != null ? lower.length() : end(w) - start(w);
        }

        /** @return the word's bits in a table */
        int in(int w, WordTable table) {
            String lower = kept(w);
            return lower != null ? table.get(lower) : table.get(chars, start(w), end(w), data[STRIDE * w + HASH]);
        }

        /** @return whether the word is of a kind, asking the table only when the kind's filter lets it through */
        private boolean is(int w, int kind) {
            int flags = data[STRIDE * w + FLAGS];
            if ((flags & LOOKED_UP) == 0) {
                String lower = kept(w);
                int hash = data[STRIDE * w + HASH];
                boolean hyphen = hyphenated(w);
                if (lower == null && !hyphen && !lists.may(kind, hash)) {
                    return false;
                }
                int kinds = lower != null ? lists.kinds(lower) : lists.kinds(chars, start(w), end(w), hash);
                if (kinds == 0 && hyphen && !lists.censusOnly) {
                    kinds = partsKinds(lower != null ? lower : WordTable.lowerCase(new String(chars, start(w), end(w) - start(w))));
                    flags |= kinds != 0 ? BY_PARTS : 0;
                }
                if (kinds == 0 && lower != null && !lists.censusOnly && surnameEnding(lower)) {
                    kinds = NameLists.SURNAME;
                    flags |= BY_ENDING;
                }
                flags |= LOOKED_UP | kinds << KINDS;
                data[STRIDE * w + FLAGS] = flags;
            }
            return (flags >>> KINDS & kind) != 0;
        }

        /**
         * Whether a word the lists lack ends as surnames do: an Icelandic daughter's patronymic, a Lithuanian wife's or
         * daughter's surname ("Jónsdóttir", "Jankauskienė", "Jankauskaitė"; a twentieth held-out set's crew list and
         * inheritance certificate); three letters before the ending at least; not Czech's "-ová", an adjective's as often
         * ("Bramborová polévka", a review's).
         */
        private static boolean surnameEnding(String lower) {
            for (String ending : SURNAME_ENDINGS) {
                if (lower.length() >= ending.length() + 3 && lower.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        }

        /** @return whether the word holds a hyphen between letters ("Lambert-Mercier", "Marie-Ève"), as read ({@link #hyphenLast}) */
        private boolean hyphenated(int w) {
            return (data[STRIDE * w + FLAGS] & HYPHEN) != 0;
        }

        /** Marks the last word read as holding a hyphen between letters. */
        void hyphenLast() {
            data[STRIDE * (size() - 1) + FLAGS] |= HYPHEN;
        }

        /**
         * The kinds every part of a hyphenated word has that the lists do not know whole: a double surname of known ones
         * ("Tremblay-Gagnon", "Nowak-Schäfer") is a surname, a double first name of known ones a first name; not when a
         * part is a common word or one mostly used otherwise ("Coca-Cola", "Jean-Baptiste" is listed whole). Not while the
         * name model is trained ({@link NameLists#censusOnly}): the model is the same, and reads such a name as one of the
         * lists'.
         */
        private int partsKinds(String lower) {
            int all = NameLists.FIRST | NameLists.SURNAME;
            for (String part : lower.split("-")) {
                int kinds = part.isEmpty() ? 0 : lists.kinds(part);
                if ((kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0) {
                    return 0;
                }
                all &= kinds;
            }
            return all;
        }

        boolean first(int w) {
            return is(w, NameLists.FIRST);
        }

        /**
         * @return whether the word is a surname by its ending alone ("Jankauskienė"): one only beside a given name, as the
         *     ending is a noun's too at a sentence's start ("Mergaitė žaidė", "Systurdóttir hennar", a review's)
         */
        boolean byEnding(int w) {
            is(w, NameLists.SURNAME);
            return (data[STRIDE * w + FLAGS] & BY_ENDING) != 0;
        }

        /** @return whether the word is known by its hyphenated parts alone ("Lambert-Mercier", and "Bence-Jones") */
        boolean byParts(int w) {
            is(w, NameLists.SURNAME);
            return (data[STRIDE * w + FLAGS] & BY_PARTS) != 0;
        }

        boolean surname(int w) {
            return is(w, NameLists.SURNAME);
        }

        /** @return whether the word is a common word, not a name on the dictionary's word alone */
        boolean common(int w) {
            return is(w, NameLists.NOT_NAME);
        }

        /** @return whether the word is the plural of a common word ("Methods"), which the lists do not hold */
        boolean commonPlural(int w) {
            int e = end(w);
            if (e - start(w) < 4 || chars[e - 1] != 's' || chars[e - 2] == 's') {
                return false;
            }
            String singular = lower(w);
            return (lists.kinds(singular.substring(0, singular.length() - 1)) & NameLists.NOT_NAME) != 0;
        }

        /** @return whether the word begins Spanish sentences and headers ({@code starters.txt}) */
        boolean starter(int w) {
            return is(w, NameLists.STARTER);
        }

        /** @return whether the word, in the name lists, is mostly used as something else ("London", "Even") */
        boolean wordName(int w) {
            return is(w, NameLists.WORD_NAME);
        }

        /**
         * Words are adjacent when only spaces (at most two) or a tab stand between them, no line break.
         *
         * @param w a word
         * @return whether word {@code w + 1} is there and adjacent to it
         */
        boolean adjacentToNext(int w) {
            if (w + 1 >= size) {
                return false;
            }
            int from = end(w);
            if (initial(w) && from < chars.length && chars[from] == '.') {
                from++; // "P. Costa"
            }
            int next = start(w + 1);
            int gap = next - from;
            if (gap < 1 || gap > 2) {
                return false;
            }
            for (int k = from; k < next; k++) {
                char c = chars[k];
                if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return true;
        }

        /**
         * The beginnings of surnames longer than two letters after which a capital stands inside the word
         * ("MacLeod", "VanDyke", "FitzGerald", "DelVecchio"); after two letters one always may ("McLeod",
         * "DiMaggio", "O'Neil").
         */
        private static final Set<String> INNER_CAPITAL_AFTER = Set.of("Mac", "Van", "Von", "Fitz", "Vander", "Del", "Della",
                "Dela");

        /**
         * An ASCII word: upper case is A to Z, and upper-casing changes only a to z. A word that does not
         * begin with a capital (most) is neither capitalised, nor an initial, nor in capitals, whatever
         * its other letters: only the others are read letter by letter.
         *
         * @param hash the word's {@link WordTable#hash}, read with its letters by the tokenizer
         */
        void addAscii(int s, int e, int hash, boolean negation) {
            char first = chars[s];
            if (first < 'A' || first > 'Z') {
                add(s, e, hash, 0);
                return;
            }
            boolean initial = e - s == 1;
            boolean restLower = true;
            boolean anyLower = false;
            for (int k = s + 1; k < e; k++) {
                char c = chars[k];
                if (c >= 'A' && c <= 'Z') {
                    char before = chars[k - 1];
                    if (k - s != 2 && (before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z')
                            && !INNER_CAPITAL_AFTER.contains(new String(chars, s, k - s))) {
                        restLower = false; // allows McX, O'X, X-Y, MacX, VanX, FitzX
                    }
                } else if (c >= 'a' && c <= 'z') {
                    anyLower = true;
                }
            }
            boolean allCaps = e - s > 1 && !anyLower;
            if (!restLower && scottishInCapitals(s, e)) {
                restLower = true; // a surname in capitals after its prefix ("McCLUSKEY", "MacDONALD")
            }
            add(s, e, hash, flags((restLower || allCaps) && !initial && !negation, initial, allCaps));
        }

        /** Whether the ASCII word is "Mc" or "Mac" and three or more capitals ("McCLUSKEY", "MacDONALD"). */
        private boolean scottishInCapitals(int s, int e) {
            if (e - s < 5 || chars[s] != 'M') {
                return false;
            }
            int rest = chars[s + 1] == 'c' ? s + 2 : chars[s + 1] == 'a' && e - s > 2 && chars[s + 2] == 'c' ? s + 3 : -1;
            if (rest < 0 || e - rest < 3) {
                return false;
            }
            for (int k = rest; k < e; k++) {
                if (chars[k] < 'A' || chars[k] > 'Z') {
                    return false;
                }
            }
            return true;
        }

        /** A word with a character beyond ASCII, read as a String. */
        void addOther(int s, int e, boolean negation) {
            String token = new String(chars, s, e - s);
            boolean upperFirst = Character.isUpperCase(token.charAt(0));
            boolean initial = token.length() == 1 && upperFirst;
            boolean restLower = true;
            for (int k = 1; k < token.length(); k++) {
                if (Character.isUpperCase(token.charAt(k)) && k != 2 && !(k > 0 && !Character.isLetter(token.charAt(k - 1)))
                        && !INNER_CAPITAL_AFTER.contains(token.substring(0, k))) {
                    restLower = false; // allows McX, O'X, X-Y, MacX, VanX, FitzX
                }
            }
            // upper-cased only when it begins with a capital: most words beyond ASCII do not
            boolean allCaps = token.length() > 1 && upperFirst && token.equals(token.toUpperCase(Locale.ROOT));
            add(s, e, lowers.size(), BEYOND_ASCII
                    | flags((upperFirst && restLower || allCaps) && !initial && !negation, initial, allCaps));
            lowers.add(WordTable.lowerCase(token));
        }

        private static int flags(boolean capitalised, boolean initial, boolean allCaps) {
            return (capitalised ? CAPITALISED : 0) | (initial ? INITIAL : 0) | (allCaps ? ALL_CAPS : 0);
        }

        /** @param hash the word's hash, or for a word beyond ASCII where its lower-case form stands in {@link #lowers} */
        private void add(int s, int e, int hash, int flags) {
            if (STRIDE * (size + 1) > data.length) {
                data = java.util.Arrays.copyOf(data, 2 * data.length);
            }
            int at = STRIDE * size++;
            data[at + START] = s;
            data[at + END] = e;
            data[at + HASH] = hash;
            data[at + FLAGS] = flags;
        }
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence given) {
        // the words are read from a String (a read through an engine's text costs a call and a count
        // each); the one expression that runs over the whole text reads the text given, which may
        // enforce a deadline, and so does a read every few hundred words here
        String original = given.toString();
        CharSequence text = original;
        // the characters before and after a run are read from an array too
        String string = text.toString();
        char[] chars = string.toCharArray();
        Words words = words(chars);
        if (noCapitals(chars)) {
            // a text all in lower case ("follow up with patricia desrosiers") has no capitals to go by: the
            // words of the name lists that are not common words are read as if capitalised
            chars = capitalised(chars, words);
            text = new String(chars);
            words = words(chars);
            words.lowerCaseText = true;
        }
        List<RecognizerResult> out = new ArrayList<>();
        List<int[]> singles = new ArrayList<>(); // index in out of single first-name results, and start
        int i = 0;
        while (i < words.size()) {
            if ((i & 0xFF) == 0) {
                given.charAt(words.start(i));
            }
            if (!words.capitalisedOrInitial(i)) {
                i += lowerCasePair(chars, words, i, out);
                continue;
            }
            int j = i;
            // a department's or facility's name ends at a tab or two spaces: a table's next cell ("Servicio de
            // Cirugía General<TAB>María Pérez Gómez") is a run of its own
            boolean institution = words.in(i, DEPARTMENT_TABLE) != 0 || words.capitalised(i) && words.in(i, FACILITY_KIND_TABLE) != 0;
            while (j - i < 4 && words.adjacentToNext(j) && !(institution && !oneSpaceApart(chars, words, j, j + 1))) {
                int particles = words.capitalisedOrInitial(j + 1) || j - i >= 3 ? 0 : particlesThenName(words, j + 1);
                if (!words.capitalisedOrInitial(j + 1) && particles == 0) {
                    break;
                }
                j += particles + 1; // a capitalised word, or particles and the name after them: "Maika van de Noort"
            }
            int before = out.size();
            score(text, chars, words, i, j, out, singles, candidates);
            if (out.size() == before && j > i && allCaps(words, i, j)) {
                afterCapitalLink(text, chars, words, i, j, out, singles);
            }
            i = j + 1;
        }
        supportLists(text, out, singles);
        titledNames(chars, words, out);
        relativesNames(chars, words, out);
        namesBeforeTheirKin(chars, words, out);
        greetedNames(chars, words, out);
        namesWithoutDiacritics(chars, words, out);
        irishNames(chars, words, out);
        lastCommaFirst(given, original, out);
        surnameCommaGivenCells(original, out);
        ticketNames(given, original, out);
        hongKongNames(original, out);
        addressees(original, out);
        quotedNicknames(original, out);
        namesSpelledByLogins(original, out);
        chatSpeakers(given, original, out);
        particleNames(chars, words, out);
        List<RecognizerResult> kept = withoutAddressTowns(chars, withoutRolesAndProducts(chars, words, withoutDatelines(string, chars, withoutTowns(text, beforeCapitalsPreposition(chars, withoutCredentialBefore(chars, words, withInitialsBefore(words, withArticleParticles(chars, words, splitAtTabs(chars,
                words, withoutProseAndCompanies(chars, words, out))))))))));
        kept = withMaBefore(chars, withoutTagNames(chars, withoutGluedDigits(chars, withoutUserAgents(string, withoutTownAndState(string, kept)))));
        return words.lowerCaseText ? kept : namesBeforeNumberLabels(given, string, withAliasesInBrackets(string, withMalayPatronym(string, withSikhName(string, withCompoundInitial(chars, withoutClosingTitle(chars, words, withoutWeekdayAndMonth(chars, words, firstNamesAgain(chars, words, withInitialAfterTitle(chars, words,
                withTrailingInitial(chars, words, secondSurnames(chars, words, surnamesCommaInitial(chars, words,
                initialsAndSurnames(chars, words, withInitialsWithDots(chars, words,
                        maidenNames(chars, words, familyNames(string, chars, words, capitalSurnames(string, chars, words, nicknamed(string, chars, words,
                                withoutLeadingForms(chars, words, kept)))))))))))))))))));
    }

    /**
     * Two to five capitalised words before a comma and a national number's or a birth's label: a person's name, as a
     * register's or a declaration's line writes it ("Subsemnata MUREȘAN IOANA-MARIA, CNP 2830729124381", "Toomas Lepik,
     * isikukood 38207140287", "Mareka Vargu, nar. 4. 2. 1983"; seven of the names six held-out sets left stood so). A
     * person's labels only (not Italy's, Croatia's, Chile's, Russia's and Greece's tax numbers, which companies have too:
     * "Poste Italiane, codice fiscale"), "born" not before a preposition ("Raised in Grand Rapids, born in Detroit").
     */
    private static final PatternScanner NUMBER_LABEL_AFTER_NAME = PatternScanner.of(Pattern.compile(
            "(?<=[\\p{L}\\p{M}]),[ ]+(?:CNP|PESEL|isikukood|asmens kodas|personnummer|henkilötunnus|hetu|EGN|ЕГН|JMBG|EMŠO"
                    + "|rodné číslo|DNI|NIE|BSN|NINO|CPF|CURP|РНОКПП|AMKA|ΑΜΚΑ|TCKN|nar\\.|geb\\."
                    // a national identity card's number after a consignee's or a holder's name in capitals ("Consignee: WANJIRU
                    // GRACE NJERI, ID No. 28471936": a twenty-sixth held-out set's manifest)
                    + "|ID No\\.|ID no\\.|ID Number"
                    + "|born(?![ \\t]+(?:in|into|at|on|and|to|of|the|a|an|with|from)(?![\\p{L}]))|DOB|d\\.o\\.b\\.|née|né(?=[ ]le[ ])|nato a|nata a|nato il|nata il|nacido|nacida|narozen|narozena|narozený|narodený"
                    + "|narodená|urodzony|urodzona|syntynyt|född|født)(?![\\p{L}])"));
    /** The articles that begin a role's words before a birth's label, no name's. */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "el", "il", "lo", "der", "die", "das", "the");
    /** A birth's label with its date's article after it: a given name alone before it is a child's ("Inès, née le 2 juin 2014"). */
    private static final Pattern BIRTH_ON = Pattern.compile("[ ]+(?:née|né|nato|nata|nacido|nacida)[ ](?:le|il|el)[ ]");
    /** One capitalised word before the comma. */
    private static final Pattern ONE_NAME_BEFORE_COMMA = Pattern.compile("(?<![\\p{L}\\p{M}'’-])\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*$");
    /** The capitalised words before the comma, read at each label only (an expression tried at every capital cost 1.3% of a 1 KB text's time). */
    private static final Pattern NAME_BEFORE_COMMA = Pattern.compile(
            "(?<![\\p{L}\\p{M}'’-])\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ ]\\p{Lu}[\\p{L}\\p{M}'’-]+){1,4}$");
    /** How far before its comma a name is read. */
    private static final int NAME_BEFORE_COMMA_WITHIN = 160;

    /**
     * The names before {@link #NUMBER_LABEL_AFTER_NAME}, each the longest run of its last word's case (all capitals or Title case:
     * "Subsemnata MUREȘAN IOANA-MARIA" is "MUREȘAN IOANA-MARIA"), less common words first ("Patient John Smith"), of two
     * words still; where no name of 0.5 or more overlaps it.
     */
    private static List<RecognizerResult> namesBeforeNumberLabels(CharSequence indexed, String text, List<RecognizerResult> out) {
        List<RecognizerResult> added = new ArrayList<>();
        NUMBER_LABEL_AFTER_NAME.forEachMatch(indexed, label -> { // (the request's text, whose index the scanner shares)
            int comma = label.start();
            int from = Math.max(0, comma - NAME_BEFORE_COMMA_WITHIN);
            Matcher m = NAME_BEFORE_COMMA.matcher(text).region(from, comma).useTransparentBounds(true).useAnchoringBounds(true);
            if (!m.find()) {
                // a given name alone before a birth's label and its date's article: a child's, as a French judgment names
                // them ("Deux enfants sont issus de cette union : Inès, née le 2 juin 2014": a twenty-sixth held-out set's)
                Matcher one = ONE_NAME_BEFORE_COMMA.matcher(text).region(from, comma).useTransparentBounds(true).useAnchoringBounds(true);
                if (one.find() && BIRTH_ON.matcher(text).region(comma + 1, text.length())
                        .useTransparentBounds(true).lookingAt()) {
                    int kinds = NameLists.get().kindsEitherWay(WordTable.lowerCase(one.group()));
                    if ((kinds & NameLists.FIRST) != 0 && (kinds & NameLists.NOT_NAME) == 0 && !Cities.townOrCountry(one.group())) {
                        added.add(new RecognizerResult(ENTITY, one.start(), comma, 0.75, "name: a given name before a birth's label"));
                    }
                }
                return;
            }
            String[] words = m.group().split(" ");
            boolean capitals = allCapitals(words[words.length - 1]);
            int first = words.length - 1;
            while (first > 0 && allCapitals(words[first - 1]) == capitals) {
                first--;
            }
            while (first < words.length && ((NameLists.get().kinds(WordTable.lowerCase(words[first])) & NameLists.NOT_NAME) != 0
                    || ARTICLES.contains(WordTable.lowerCase(words[first])))) {
                first++; // and an article: "Le Requérant, né le 3 mars 1980" is a party's role
            }
            if (words.length - first < 2 || !anyListed(words, first) || fieldOrCompany(words, first)) {
                return;
            }
            int start = m.end();
            for (int w = words.length - 1; w >= first; w--) {
                start -= words[w].length() + (w < words.length - 1 ? 1 : 0);
            }
            added.add(new RecognizerResult(ENTITY, start, m.end(), 0.75, "name: before a national number's or a birth's label"));
        });
        List<RecognizerResult> kept = null;
        for (RecognizerResult found : added) {
            // a name found less surely around it gives way ("Subsemnatul POPA MIHAI-ANDREI": the word before is a verb's)
            if ((kept == null ? out : kept).stream().noneMatch(o -> o.start() < found.end() && found.start() < o.end()
                    && (o.score() >= found.score() || o.start() > found.start() || o.end() < found.end()) && o.score() >= 0.5)) {
                kept = kept == null ? new ArrayList<>(out) : kept;
                kept.removeIf(o -> o.start() < found.end() && found.start() < o.end());
                kept.add(found);
            }
        }
        if (kept == null) {
            return out;
        }
        kept.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        return kept;
    }

    /** @return whether a word from {@code first} on is a given name or a surname of the lists ("Acme Holdings" has none) */
    private static boolean anyListed(String[] words, int first) {
        for (int w = first; w < words.length; w++) {
            for (String part : words[w].split("-")) {
                if ((NameLists.get().kinds(WordTable.lowerCase(part)) & (NameLists.FIRST | NameLists.SURNAME)) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return whether a word from {@code first} on is a field's name or a company's legal form: a table's headings ("Surname,
     *     Given Names, DOB", "Full Name, DOB") or a company ("Rossi Costruzioni Srl, C.F." is not asked: a company's number
     *     labels are left out of the list)
     */
    private static boolean fieldOrCompany(String[] words, int first) {
        for (int w = first; w < words.length; w++) {
            if (FieldValueRecognizer.FIELDS.containsKey(WordTable.lowerCase(words[w])) || LEGAL_FORMS.contains(words[w])) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a word has no small letter (a name in capitals) */
    private static boolean allCapitals(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * What may open a bracket after a name to give another name of the person: a surname at birth's word ("(born
     * Mahlangu)", "(nee Eze)", "(o.s. Virtanen)", "(z domu Wójcik)", "(rod. Kolárová)", "(урожд. Смирнова)"), then
     * the words of an alias ("(known as", "(goes by", "(aka"); lower case, each followed by a blank.
     */
    private static final Pattern ALIAS_LEAD = Pattern.compile("\\((?:(?<birth>n[ée]e|born|geb\\.|geborene|född|født|fødd|rod\\.|roz\\."
            + "|rozená|rodená|rođena|z domu|o\\.s\\.|урожд\\.|урожд[её]нная)|(?:also )?known as|goes by|aka|a\\.k\\.a\\.?|called"
            + "|nicknamed"
            // the name one prefers ("(prefers Seun, he/him)", "(preferred: Bill)", a twenty-second held-out set's)
            + "|prefers|preferred(?:[ \\t]+name)?[ \\t]*+:?)?[ \\t]*+");
    /** A pronoun's pair after a preferred name ("Seun, he/him"). */
    private static final Pattern PRONOUN_AFTER = Pattern.compile(",[ \\t]*(?:he|she|they|ze|xe)/");
    /** What one prefers that is no name: a time, a channel, a language. */
    private static final Set<String> PREFERRED_NOT_NAMES = Set.of("morning", "mornings", "afternoon", "afternoons", "evening",
            "evenings", "email", "e-mail", "phone", "text", "sms", "call", "calls", "mail", "post", "letter", "weekdays",
            "weekends", "english", "spanish", "french", "whatsapp", "telephone", "mobile", "none");
    /** An alias's one to three capitalised words, in quotes or none (the quote closes as it opened). */
    private static final Pattern ALIAS = Pattern.compile("(?<q>[\"“‘']?)(?<alias>\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}"
            + "(?:[ ]\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}){0,2})[\"”’']?(?=\\)|,[ \\t])");
    /** A month's English name first ("(born March 1970)"). */
    private static final Pattern MONTH_FIRST = Pattern.compile(DateOfBirthRecognizer.MONTHS + "(?![\\p{L}])");
    /** Initials in brackets: two to four capitals. */
    private static final Pattern INITIALS = Pattern.compile("\\((?<alias>\\p{Lu}{2,4})\\)");

    /**
     * Another name of a person in brackets right after a found name, a person's too: a surname at birth after its word
     * ("Mrs Nomvula Ndlovu (born Mahlangu)", "Adaeze Okafor (nee Eze)"), a nickname in quotes or after "known as"
     * ("Mr Oluwaseun Adebayo ("Seun")", "Kieran Mulholland (known on site as "Kez")" is not read: words between), and the
     * name's initials ("Adjuster: Hayley Brook (HB)", "Preparer: Liam Castellano (LC)"), which a file's notes then sign
     * with. Four held-out sets left 14 such names. A capitalised word in brackets without quotes nor a lead is no alias
     * ("Jane Doe (Manager)", "Son Dale Pettigrew (Flagstaff)"); nor a month or a town after "born" ("(born March 1970)",
     * "(born Leeds)"), nor a common word, a contract's party or a role ({@link #aliasWords}), nor two capitals that are a
     * common abbreviation ({@link #ABBREVIATIONS}).
     */
    private static List<RecognizerResult> withAliasesInBrackets(String text, List<RecognizerResult> out) {
        List<RecognizerResult> added = null;
        Matcher lead = null;
        Matcher alias = null;
        Matcher initials = null;
        for (RecognizerResult result : out) {
            int at = result.end();
            while (at < text.length() && at - result.end() < 2 && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
                at++;
            }
            if (result.score() < 0.5 || at >= text.length() || text.charAt(at) != '(' || at + 3 >= text.length()) {
                continue;
            }
            RecognizerResult found = null;
            initials = initials == null ? INITIALS.matcher(text) : initials;
            initials.region(at, Math.min(text.length(), at + 7));
            if (initials.lookingAt()) {
                if (initialsOf(text.substring(result.start(), result.end()), initials.group("alias"))
                        && !ABBREVIATIONS.contains(initials.group("alias"))) {
                    found = new RecognizerResult(ENTITY, initials.start("alias"), initials.end("alias"), 0.7,
                            "name: the initials of the name before, in brackets");
                }
            } else {
                lead = lead == null ? ALIAS_LEAD.matcher(text) : lead;
                lead.region(at, Math.min(text.length(), at + 40));
                if (!lead.lookingAt()) {
                    continue;
                }
                boolean birth = lead.group("birth") != null;
                boolean led = birth || lead.end() > at + 1 && text.charAt(lead.end() - 1) != '(';
                alias = alias == null ? ALIAS.matcher(text) : alias;
                alias.region(lead.end(), Math.min(text.length(), lead.end() + 100));
                if (!alias.lookingAt() || !led && alias.group("q").isEmpty()) {
                    continue; // "(Manager)": neither quoted nor led
                }
                String name = alias.group("alias");
                // (the name one prefers: a given name of the lists, or any before a pronoun's "he/him", or after "preferred
                // name"; not a time, a channel, a tool: "(preferred: Morning)", "(prefers Email)", "(prefers Teams, not
                // Slack)", the review's)
                int kinds = NameLists.get().kindsEitherWay(name.toLowerCase(java.util.Locale.ROOT));
                boolean pronoun = PRONOUN_AFTER.matcher(text).region(alias.end(), Math.min(text.length(), alias.end() + 16)).lookingAt();
                if (text.startsWith("pref", lead.start() + 1) && (PREFERRED_NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))
                        || (kinds & NameLists.FIRST) == 0 && !pronoun && !text.startsWith("preferred name", lead.start() + 1))) {
                    continue;
                }
                if (!aliasWords(name) || birth && (MONTH_FIRST.matcher(name).lookingAt() || Cities.town(name, 0, name.length(), new char[64]))) {
                    continue;
                }
                found = new RecognizerResult(ENTITY, alias.start("alias"), alias.end("alias"), birth ? 0.75 : 0.7, birth
                        ? "name: a surname at birth in brackets after a name" : "name: a nickname in brackets after a name");
            }
            if (found != null && overlapsNone(added == null ? out : added, found)) {
                RecognizerResult f = found;
                added = added == null ? new ArrayList<>(out) : added;
                added.removeIf(o -> o.start() < f.end() && f.start() < o.end()); // under the threshold ("known surname")
                added.add(found);
            }
        }
        if (added == null) {
            return out;
        }
        added.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        return added;
    }

    /**
     * Two capitals that a text writes for more than a person's initials (multiple sclerosis, an afternoon, quality
     * assurance: "Patient: Mark Smith (MS) relapsing-remitting"); initials of three or four are a person's.
     */
    private static final Set<String> ABBREVIATIONS = Set.of("MS", "PM", "AM", "QA", "HR", "IT", "MD", "RN", "PA", "DO", "ER",
            "OR", "OK", "PT", "OT", "ID", "IP", "VP", "CC", "BA", "MA", "BS", "PR", "PO", "TV", "UK", "US", "EU", "GP", "DR",
            // the eyes' ("Ojo Izquierdo (OI)", a Spanish clinical case's, read as a name)
            "OD", "OI", "OS", "OU");

    /** The endings of a party's, a role's or a thing's word ("Employee", "Licensor", "Claimant", "Principal Investigator"). */
    private static final List<String> ROLE_ENDINGS = List.of("ee", "or", "er", "ant", "ent", "ary", "ist", "ion", "ity", "ship",
            "ment", "ing", "ies", "ers", "ors");

    /**
     * @return whether an alias's words are a name's: each a given name or a surname of the lists, or a word that is no
     *     common word, no contract's party ("Jane Doe ("Employee")", "Acme Ltd ("Company")", "(the "Tenant")") and,
     *     when longer than five letters, no role's ending ({@link #ROLE_ENDINGS}: "Licensor"; "Kobby", "Seun", "Dazza" pass)
     */
    private static boolean aliasWords(String alias) {
        for (String word : alias.split(" ")) {
            String lower = WordTable.lowerCase(word);
            int kinds = NameLists.get().kinds(lower);
            if ((kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & NameLists.NOT_NAME) == 0
                    && SIGN_OFFS_AND_PARTIES.get(lower) == 0) {
                continue;
            }
            if ((kinds & NameLists.NOT_NAME) != 0 || SIGN_OFFS_AND_PARTIES.get(lower) != 0 || PARTIES.contains(lower)
                    || lower.length() > 5 && ROLE_ENDINGS.stream().anyMatch(lower::endsWith)) {
                return false;
            }
        }
        return true;
    }

    /** Parties and roles the sign-offs' table does not hold, in other languages too. */
    private static final Set<String> PARTIES = Set.of("company", "employee", "client", "consultant", "provider", "agent",
            "principal", "party", "parties", "investor", "owner", "member", "partner", "shareholder", "director", "testator",
            "respondent", "applicant", "defendant", "plaintiff", "beneficiary", "agreement", "contract", "property", "premises",
            "verkäufer", "verkäuferin", "käufer", "käuferin", "mieter", "mieterin", "vermieter", "vermieterin", "arbeitgeber",
            "arbeitnehmer", "arbeitnehmerin", "auftraggeber", "auftragnehmer", "gesellschaft", "vendeur", "acheteur", "bailleur",
            "locataire", "société", "vendedor", "comprador", "arrendador", "arrendatario", "sociedad", "venditore", "acquirente",
            "società", "verkoper", "koper", "huurder", "verhuurder");

    /** @return whether the capitals are the initials of the name's words (each word's first letter, "-" parting words too) */
    private static boolean initialsOf(String name, String capitals) {
        StringBuilder firsts = new StringBuilder();
        for (String word : name.split("[ \\t-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                firsts.append(word.charAt(0));
            }
        }
        return firsts.toString().equals(capitals);
    }

    /** @return whether no result of the list of 0.5 or more overlaps {@code r} */
    private static boolean overlapsNone(List<RecognizerResult> out, RecognizerResult r) {
        for (RecognizerResult o : out) {
            if (o.score() >= 0.5 && o.start() < r.end() && r.start() < o.end()) {
                return false;
            }
        }
        return true;
    }

    /** A place's or a body's last word after "Singh" ("Udham Singh Nagar", a district; "Guru Singh Sabha": the review's). */
    private static final Set<String> NOT_SIKH_LAST = Set.of("nagar", "marg", "chowk", "colony", "sabha", "road", "bazaar", "bazar",
            "gurdwara", "park", "market", "enclave", "vihar", "puram", "ganj", "sahib");

    /** A Sikh name: a given name, "Singh" or "Kaur", and a family name, in Title case. */
    private static final Pattern SIKH_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,30}[ \\t]+(?:Singh|Kaur)[ \\t]+\\p{Lu}[\\p{Ll}'-]{1,30}");

    /**
     * A name under the threshold that is a Sikh name's three words is one ("R. v. Jaskaran Singh Dhillon (in custody", a
     * nineteenth held-out set's interpreter booking: the name model read 0.29 of a given name it had not seen).
     */
    private static List<RecognizerResult> withSikhName(String text, List<RecognizerResult> out) {
        List<RecognizerResult> raised = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            if (result.score() < 0.5 && SIKH_NAME.matcher(text).region(result.start(), result.end()).matches()
                    && !NOT_SIKH_LAST.contains(text.substring(text.lastIndexOf(' ', result.end() - 1) + 1, result.end()).toLowerCase(Locale.ROOT))) {
                raised = raised == null ? new ArrayList<>(out) : raised;
                raised.set(r, new RecognizerResult(result.entityType(), result.start(), result.end(), 0.7,
                        result.explanation() + ", a Sikh name's 'Singh' or 'Kaur' inside"));
            }
        }
        return raised == null ? out : raised;
    }

    /** A Malay or Tamil name's patronym after its given names: "bin", "binti", "a/l", "a/p" and the father's name. */
    private static final Pattern MALAY_PATRONYM = Pattern.compile(
            "[ \\t]+(?:bin|binti|binte|bte|a/l|a/p|d/o|s/o)[ \\t]+\\p{Lu}[\\p{L}'-]{1,30}(?:[ \\t]+\\p{Lu}[\\p{L}'-]{1,30}){0,2}");
    /**
     * The given names and the patronym's word before a father's name that was found alone ("Kavitha d/o Raman", a
     * twenty-seventh held-out set's blood donor record: "Raman" alone was found).
     */
    private static final Pattern BEFORE_MALAY_PATRONYM = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'-]{1,30}(?:[ \\t]+\\p{Lu}[\\p{L}'-]{1,30}){0,1}[ \\t]+(?:bin|binti|binte|bte|a/l|a/p|d/o|s/o)[ \\t]+$");

    /**
     * A name followed by its patronym grows over it ("Nurul Ain binti Kamarudin", "Muthusamy a/l Rajan", "Gurpreet Kaur a/p
     * Balwant Singh": a fourteenth held-out set's; the given names alone had been found, or they and the father's name
     * apart); a name found inside the patronym goes.
     */
    private static List<RecognizerResult> withMalayPatronym(String text, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        java.util.BitSet patronyms = null;
        Matcher m = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int end = result.end();
            if (result.start() > 6 && (text.charAt(result.start() - 1) == ' ' || text.charAt(result.start() - 1) == '\t')
                    && Character.isLowerCase(text.charAt(result.start() - 2))) {
                Matcher b = BEFORE_MALAY_PATRONYM.matcher(text).region(Math.max(0, result.start() - 70), result.start());
                int self = r;
                // (not when the given names were found: they grow over the patronym, "Muthusamy a/l Rajan")
                if (b.find() && out.stream().noneMatch(o -> o != out.get(self) && o.start() < result.start() && o.end() > b.start())) {
                    grown = grown == null ? new ArrayList<>(out) : grown;
                    grown.set(r, new RecognizerResult(result.entityType(), b.start(), end, result.score(),
                            result.explanation() + ", a patronym after it"));
                    patronyms = patronyms == null ? new java.util.BitSet() : patronyms;
                    patronyms.set(b.start(), result.start());
                    continue;
                }
            }
            if (end + 5 >= text.length() || text.charAt(end) != ' ' && text.charAt(end) != '\t') {
                continue;
            }
            m = m == null ? MALAY_PATRONYM.matcher(text) : m;
            m.region(end, Math.min(text.length(), end + 120));
            if (!m.lookingAt()) {
                continue;
            }
            grown = grown == null ? new ArrayList<>(out) : grown;
            grown.set(r, new RecognizerResult(result.entityType(), result.start(), m.end(), result.score(),
                    result.explanation() + ", a patronym after it"));
            patronyms = patronyms == null ? new java.util.BitSet() : patronyms;
            patronyms.set(end, m.end()); // the patronym's characters
        }
        if (grown == null) {
            return out;
        }
        List<RecognizerResult> kept = new ArrayList<>(grown.size());
        for (RecognizerResult r : grown) {
            // (one look per result: a name found inside a patronym lies wholly in its characters)
            if (r.explanation().endsWith(", a patronym after it") || patronyms.nextClearBit(r.start()) < r.end()) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * A name that begins with an initial takes a French compound given name's first initial and its hyphen before it
     * ("A.-S. DELACROIX-MOREL", "J.-P. Dupont": "S. DELACROIX-MOREL" and "P. Dupont" had been found).
     */
    private static List<RecognizerResult> withCompoundInitial(char[] chars, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int s = result.start();
            if (s >= 3 && s + 1 < chars.length && chars[s + 1] == '.' && Character.isUpperCase(chars[s]) && chars[s - 1] == '-'
                    && chars[s - 2] == '.' && Character.isUpperCase(chars[s - 3]) && (s == 3 || !Character.isLetterOrDigit(chars[s - 4]))) {
                grown = grown == null ? new ArrayList<>(out) : grown;
                grown.set(r, new RecognizerResult(result.entityType(), s - 3, result.end(), result.score(),
                        result.explanation() + ", a compound given name's initial before it"));
            }
        }
        return grown == null ? out : grown;
    }

    /** Weekdays and months as dates write them before a day ("Fri Feb 28 09:02:33 2025", git's and mail's dates). */
    private static final WordTable WEEKDAY_TABLE = WordTable.of(Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1);
    private static final WordTable MONTH_TABLE = WordTable.of(Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december"), 1);

    /**
     * Without a weekday and a month read as a name ("Fri Feb" of git's "AuthorDate: Fri Feb 28 09:02:33 2025": "Feb" once
     * read as a surname, every other weekday before it was a family's given name): two words, a weekday's and a month's,
     * then a day's number.
     */
    private static List<RecognizerResult> withoutWeekdayAndMonth(char[] chars, Words words, List<RecognizerResult> out) {
        return without(out, r -> {
            int w = wordAt(words, r.start());
            if (w < 0) {
                return false;
            }
            // a month between a date's day and year, with dashes, slashes or spaces ("17-Jun-2024 09:40", a clinic's record;
            // "17 Jun 2024": "Jun" is a given name)
            if (words.end(w) == r.end() && words.in(w, MONTH_TABLE) != 0 && r.start() >= 2 && r.end() + 1 < chars.length
                    && (chars[r.start() - 1] == '-' || chars[r.start() - 1] == '/' || chars[r.start() - 1] == ' ')
                    && Character.isDigit(chars[r.start() - 2])
                    && chars[r.end()] == chars[r.start() - 1] && Character.isDigit(chars[r.end() + 1])) {
                return true;
            }
            // a weekday alone before a date or a time ("Mon 10/03 08:00", a sixteenth held-out set's care roster)
            if (words.end(w) == r.end() && words.start(w) == r.start() && words.in(w, WEEKDAY_TABLE) != 0
                    && r.end() + 1 < chars.length && chars[r.end()] == ' ' && Character.isDigit(chars[r.end() + 1])) {
                return true;
            }
            return w + 1 < words.size() && words.end(w + 1) == r.end() && words.in(w, WEEKDAY_TABLE) != 0
                    && words.in(w + 1, MONTH_TABLE) != 0 && r.end() + 1 < chars.length && chars[r.end()] == ' '
                    && Character.isDigit(chars[r.end() + 1]);
        });
    }

    /**
     * Titles no name ends with (of {@link #TITLE_LIST}, not "Sr", a senior's suffix: "Frank Miller Sr"): a run that ends
     * with one is prose before a name ("Zu den Aufgaben von Frau Oberländer").
     */
    private static final WordTable CLOSING_TITLE_TABLE = WordTable.of(Set.of("herr", "frau", "mr", "mrs", "ms", "miss", "mme",
            "mlle", "dr", "prof", "sra", "dra", "mx"), 1);

    /**
     * Without a run whose last word is a title: German prose's capitalised nouns before "Frau Oberländer" read as a name ("Zu
     * den Aufgaben von Frau", a seventh held-out set's reference, and then every "Frau" of it found again).
     */
    private static List<RecognizerResult> withoutClosingTitle(char[] chars, Words words, List<RecognizerResult> out) {
        return without(out, r -> {
            int k = r.end();
            while (k > r.start() && Character.isLetter(chars[k - 1])) {
                k--;
            }
            int w = k < r.end() ? wordAt(words, k) : -1;
            return w >= 0 && words.end(w) == r.end() && words.in(w, CLOSING_TITLE_TABLE) != 0;
        });
    }

    /**
     * A name's last word with digits right after it is a code's letters, no name's ("NHI ZAC5361": "Zac" is a given name):
     * the name ends before it, or is dropped when that was its only word, or one word in capitals is left (the label's
     * "NHI", read as a given name with the code's letters).
     */
    /**
     * With the Philippines' "Ma." (María) before a name found ("Ma. Cristina D. Villanueva", "MA. CRISTINA D. VILLANUEVA": a
     * twenty-eighth held-out set's barangay clearance left it).
     */
    private static List<RecognizerResult> withMaBefore(char[] chars, List<RecognizerResult> out) {
        List<RecognizerResult> kept = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int s = result.start();
            boolean ma = s >= 4 && chars[s - 1] == ' ' && chars[s - 2] == '.' && (chars[s - 3] == 'a' || chars[s - 3] == 'A')
                    && chars[s - 4] == 'M' && (s == 4 || !Character.isLetterOrDigit(chars[s - 5])) && Character.isUpperCase(chars[s]);
            if (ma && kept == null) {
                kept = new ArrayList<>(out.subList(0, r));
            }
            if (kept != null) {
                kept.add(ma ? new RecognizerResult(result.entityType(), s - 4, result.end(), result.score(), result.explanation()) : result);
            }
        }
        if (kept == null) {
            return out;
        }
        // without "Ma" read alone before the name it now begins
        List<RecognizerResult> extended = kept;
        kept.removeIf(r -> r.end() - r.start() == 2 && extended.stream().anyMatch(o -> o.start() == r.start() && o.end() > r.end()));
        return kept;
    }

    /**
     * Without a markup element's name: after "&lt;" or "&lt;/", before "&gt;", a blank or "/" ("&lt;Alias&gt;Gaza&lt;/Alias&gt;",
     * "&lt;Parish&gt;St. Elizabeth&lt;/Parish&gt;": a twenty-eighth held-out set's relief records read "Alias" and "Parish" as names).
     */
    private static List<RecognizerResult> withoutTagNames(char[] chars, List<RecognizerResult> out) {
        List<RecognizerResult> kept = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int e = result.end();
            boolean tag = e < chars.length && (chars[e] == '>' || chars[e] == ' ' || chars[e] == '/') && tagName(chars, result.start(), e);
            if (tag && kept == null) {
                kept = new ArrayList<>(out.subList(0, r));
            } else if (!tag && kept != null) {
                kept.add(result);
            }
        }
        return kept == null ? out : kept;
    }

    /**
     * Whether the word at {@code start..end} names a markup element: a closing tag's ("&lt;/Alias&gt;"), or an opening one's
     * whose closing tag follows ("&lt;Alias&gt;Gaza&lt;/Alias&gt;"), a namespace's prefix maybe ("&lt;ns2:Alias&gt;"); not a chat's
     * speaker in angle brackets ("&lt;Kevin&gt; are you coming", a review's).
     */
    private static boolean tagName(char[] chars, int start, int end) {
        int s = start;
        if (s > 0 && chars[s - 1] == ':') {
            s--;
            while (s > 0 && (Character.isLetterOrDigit(chars[s - 1]) || chars[s - 1] == '_' || chars[s - 1] == '-') && start - s < 20) {
                s--;
            }
        }
        if (s > 0 && chars[s - 1] == '/') {
            return s > 1 && chars[s - 2] == '<';
        }
        if (s == 0 || chars[s - 1] != '<') {
            return false;
        }
        String closing = "</" + new String(chars, s, end - s) + ">";
        int limit = Math.min(chars.length, end + 2_000);
        return new String(chars, end, limit - end).contains(closing);
    }

    private static List<RecognizerResult> withoutGluedDigits(char[] chars, List<RecognizerResult> out) {
        List<RecognizerResult> kept = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int end = result.end();
            if (end >= chars.length || !Character.isDigit(chars[end]) || !Character.isLetter(chars[end - 1])
                    || !gluedCode(chars, result.start(), end)) {
                if (kept != null) {
                    kept.add(result);
                }
                continue;
            }
            if (kept == null) {
                kept = new ArrayList<>(out.subList(0, r));
            }
            int cut = end;
            while (cut > result.start() && !Character.isWhitespace(chars[cut - 1])) {
                cut--;
            }
            while (cut > result.start() && (Character.isWhitespace(chars[cut - 1]) || chars[cut - 1] == ',')) {
                cut--;
            }
            String left = new String(chars, result.start(), cut - result.start());
            if (cut > result.start() && !(left.indexOf(' ') < 0 && left.equals(left.toUpperCase(java.util.Locale.ROOT)))) {
                kept.add(new RecognizerResult(result.entityType(), result.start(), cut, result.score(), result.explanation()));
            }
        }
        return kept == null ? out : kept;
    }

    /**
     * @return whether the word that ends at {@code end}, digits glued after it, is in capitals, a code's ("ZAC5361", a
     *     plate's "YD21"); not a surname with an author list's affiliation ("Anna Kowalska1, Jan Nowak2": their surnames
     *     stay, as the review of this pass showed)
     */
    private static boolean gluedCode(char[] chars, int start, int end) {
        int k = end;
        while (k > start && Character.isLetter(chars[k - 1])) {
            if (!Character.isUpperCase(chars[k - 1])) {
                return false;
            }
            k--;
        }
        return true;
    }

    /**
     * Drops the names read inside a browser's user agent in a server's log ("Mozilla/5.0 (Macintosh; Intel Mac OS X
     * 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15": "Intel Mac OS", "Safari"), from
     * "Mozilla/" to its last product's version before the closing quote or the line's end (a name after it stays).
     */
    private static List<RecognizerResult> withoutUserAgents(String text, List<RecognizerResult> out) {
        int at = text.indexOf("Mozilla/");
        if (at < 0 || out.isEmpty()) {
            return out;
        }
        // the user agents' spans, in order: to the last "product/version" before the closing quote or the line's end
        List<int[]> spans = new ArrayList<>();
        for (; at >= 0; at = text.indexOf("Mozilla/", at + 1)) {
            int end = at;
            int last = at;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                if (text.charAt(end) == '/' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
                    last = end + 1;
                    while (last < text.length() && (Character.isDigit(text.charAt(last)) || text.charAt(last) == '.')) {
                        last++;
                    }
                }
                end++;
            }
            spans.add(new int[] {at, last});
            at = Math.max(at, end - 1);
        }
        List<RecognizerResult> kept = new ArrayList<>(out.size());
        int s = 0;
        for (RecognizerResult r : out) { // results in order of start: one sweep
            while (s < spans.size() && spans.get(s)[1] <= r.start()) {
                s++;
            }
            if (!(s < spans.size() && r.start() >= spans.get(s)[0] && r.end() <= spans.get(s)[1])) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * US states' and Canadian provinces' codes after a town ("Austin TX", "Edmonton AB"); not those that are credentials
     * or words too ("Jordan MD", "Jackson MS", "Smith PA", "Brown ME", "Gray OR").
     */
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "FL", "GA", "ID",
            "IL", "IA", "KS", "KY", "LA", "MA", "MI", "MN", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AB", "BC", "MB", "NB", "NL", "NS", "NT",
            "NU", "ON", "PE", "QC", "SK", "YT");

    /**
     * Drops a name of two words that is a town of the gazetteer and a state's or province's code ("She lives at 10234 104
     * St NW, Edmonton AB", "(NRI, Austin TX)"): a place, however the lists read the town's word.
     */
    private static List<RecognizerResult> withoutTownAndState(String text, List<RecognizerResult> out) {
        List<RecognizerResult> kept = out;
        char[] buffer = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int e = result.end();
            int space = e - 3;
            if (e - result.start() < 6 || text.charAt(space) != ' ' || !Character.isUpperCase(text.charAt(e - 2))
                    || !Character.isUpperCase(text.charAt(e - 1)) || !STATE_CODES.contains(text.substring(e - 2, e))
                    || text.lastIndexOf(' ', space - 1) >= result.start()) {
                continue; // most names: no code at their end, or more than two words
            }
            if (buffer == null) {
                buffer = new char[64];
            }
            if (!Cities.town(text, result.start(), space, buffer)) {
                continue;
            }
            if (kept == out) {
                kept = new ArrayList<>(out);
            }
            kept.remove(result);
        }
        return kept;
    }

    /** The words before a woman's name at birth: "née KAVANAGH", "geb. Brandl", "geborene Hahn", "född Lindqvist". */
    private static final WordTable MAIDEN_WORDS = WordTable.of(Set.of("née", "geb", "geborene", "född"), 1);

    /**
     * A surname after a word of a woman's name at birth ("NIAMH O'DONNELL (née KAVANAGH)", "von Stetten, Sophie (geb.
     * Brandl)"): capitalised or in capitals, no common word, the word before it in lower case. A pass after the runs.
     */
    private static List<RecognizerResult> maidenNames(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int k = 0; k + 1 < words.size(); k++) {
            if (!Character.isLowerCase(chars[words.start(k)]) || words.in(k, MAIDEN_WORDS) == 0) {
                continue;
            }
            int from = words.end(k) < chars.length && chars[words.end(k)] == '.' ? words.end(k) + 1 : words.end(k);
            int w = k + 1;
            if (!onlySpaces(chars, from, words.start(w), 2) || !words.capitalised(w) || words.initial(w) || words.common(w)) {
                continue;
            }
            int start = words.start(w);
            int end = words.end(w);
            List<RecognizerResult> list = grown == null ? out : grown;
            if (list.stream().anyMatch(r -> r.score() >= 0.5 && r.start() <= start && r.end() >= end)) {
                continue;
            }
            if (grown == null) {
                grown = new ArrayList<>(out);
            }
            grown.removeIf(r -> r.start() >= start && r.end() <= end);
            grown.add(new RecognizerResult(ENTITY, start, end, 0.75, "name: a surname at birth after '" + words.lower(k) + "'"));
        }
        if (grown != null) {
            grown.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        }
        return grown == null ? out : grown;
    }

    /**
     * A name takes a capital initial with its dot after it ("Called Gary L. at Riverside", "HENDERSON, JEROME A."), then no
     * letter: the runs end a name before an initial that no word follows. A name written surname first with a comma takes
     * one without its dot too, where its field ends after it ({@link #fieldEndsAfterName}: "WHITFIELD-OKAFOR, DENISE R",
     * "ABERNATHY-SOTO, LUCINDA M   Juror no."). A pass after the runs.
     */
    private static List<RecognizerResult> withTrailingInitial(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int e = result.end();
            if (result.score() < 0.5 || e + 2 > chars.length || chars[e] != ' ' || !Character.isUpperCase(chars[e + 1])
                    || r + 1 < out.size() && out.get(r + 1).start() <= e + 2) {
                continue;
            }
            int end;
            if (e + 2 < chars.length && chars[e + 2] == '.') {
                end = e + 3;
                if (end < chars.length && Character.isLetterOrDigit(chars[end])) {
                    continue;
                }
            } else if (fieldEndsAfterName(chars, e + 2) && indexOf(chars, ',', result.start(), e) >= 0) {
                end = e + 2;
            } else {
                continue;
            }
            if (grown == null) {
                grown = new ArrayList<>(out);
            }
            grown.set(r, new RecognizerResult(ENTITY, result.start(), end, result.score(), result.explanation() + ", its initial after it"));
        }
        return grown == null ? out : grown;
    }

    /**
     * A name takes the one or two initials with their dots just before it ("Officer: A. Kowalczyk", "J.W. van den Berg",
     * "Kontoinhaber: D. Hoffmann"), which the runs leave out when the name's first word is no initial or the initials are
     * written together: a pass after the runs (the name model reads the runs). One initial not after a word with one space
     * between ("Plan A. Kowalczyk agreed"; "Dr. A. Ahmed" is the title's pass): after a line's start, a sign, a tab or two
     * spaces.
     */
    private static List<RecognizerResult> withInitialsWithDots(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int w = wordAt(words, result.start());
            if (w < 0) {
                continue; // a result that begins inside a word ("d'ANGELO,MARIA")
            }
            int first = w;
            while (first > 0 && w - first < 2 && initialWithDot(chars, words, first - 1)
                    && onlySpacesOrNone(chars, words.end(first - 1) + 1, words.start(first), 2)) {
                first--;
            }
            // one initial counts where it stands alone; two are a name's anywhere ("Signed J.W. van den Berg")
            boolean one = w - first + (words.initial(w) ? 1 : 0) < 2;
            if (first == w || one && !standsAlone(chars, words.start(first))
                    || one && isWordInitial(chars[words.start(first)]) && !afterColon(chars, words.start(first))) {
                continue; // "I. Smith said", which may be a sentence's word: "A." and "I." alone only after a label's colon
            }
            if (grown == null) {
                grown = new ArrayList<>(out);
            }
            // a surname the lists know, no common word, with an initial before it where it stands alone is a name however
            // the runs scored it ("Officer: A. Kowalczyk"; not "bought at W.H. Smith", "at J.P. Morgan")
            boolean surname = result.end() == words.end(w) && words.surname(w) && !words.common(w) && !words.wordName(w)
                    && standsAlone(chars, words.start(first));
            grown.set(r, new RecognizerResult(ENTITY, words.start(first), result.end(), surname ? Math.max(result.score(), 0.6)
                    : result.score(), result.explanation() + ", its initials before it"));
        }
        return grown == null ? out : grown;
    }

    /**
     * A given name, a nickname in quotes or brackets and a surname, read whole where the runs read the parts apart or
     * not at all ('Dónal "Donie" Lynch', 'Wei "Vivian" Zhang', "Nana (Thi Hoa) Pham", "Hēmi (James) PARATA-WALKER"): the
     * quote breaks the run. Each of the three capitalised and no common word; the given name and the nickname given names
     * of the lists, or a part found already; in brackets (also a company's "(Pty)", a state's "(MA)") only with a part
     * found already, and no town in them nor after them. At the score of the best part found, at least 0.7. A pass after the runs, linear: the
     * names are merged into the results once.
     */
    private static List<RecognizerResult> nicknamed(String text, char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> names = null;
        java.util.BitSet found = null; // the characters of results of 0.5 or more, made at the first nickname
        int nextFound = -1; // the first of them at or after the last candidate's start: the starts only rise
        char[] buffer = new char[64];
        for (int w = 0; w + 2 < words.size(); w++) {
            int at = words.end(w);
            if (at + 2 >= chars.length || chars[at] != ' ' || !words.capitalised(w)) {
                continue;
            }
            char open = chars[at + 1];
            char close = open == '"' ? '"' : open == '\u201c' ? '\u201d' : open == '\'' ? '\'' : open == '(' ? ')' : 0;
            if (close == 0 || words.common(w) || words.initial(w)) {
                continue;
            }
            int inner = w + 1;
            int last = inner;
            while (last < words.size() && words.end(last) < chars.length && chars[words.end(last)] != close && last - inner < 2) {
                last++;
            }
            int s = last + 1;
            if (s >= words.size() || words.start(inner) != at + 2 || words.end(last) >= chars.length || chars[words.end(last)] != close
                    || words.start(s) != words.end(last) + 2 || chars[words.end(last) + 1] != ' ' || !words.capitalised(s)
                    || words.common(s)) {
                continue;
            }
            boolean innerNames = true;
            for (int k = inner; k <= last; k++) {
                innerNames &= words.capitalised(k) && !words.common(k) && (k == inner || words.start(k) == words.end(k - 1) + 1);
            }
            if (!innerNames || Cities.town(text, words.start(s), words.end(s), buffer)
                    || open == '(' && Cities.town(text, words.start(inner), words.end(last), buffer)) {
                continue; // a town and its province: "Vigo (Pontevedra) España", "Juan (Alicante) España"
            }
            if (found == null) {
                found = new java.util.BitSet();
                for (RecognizerResult r : out) {
                    if (r.score() >= 0.5) {
                        found.set(r.start(), r.end());
                    }
                }
            }
            int start = words.start(w);
            int end = words.end(s);
            if (nextFound != Integer.MAX_VALUE && nextFound < start) {
                int next = found.nextSetBit(start);
                nextFound = next < 0 ? Integer.MAX_VALUE : next;
            }
            boolean partFound = nextFound < end;
            // without a part found, in quotes, a given name of the lists before a nickname that is one too ('Robert "Bobby"
            // McAllister'; 'Click "Save" Button' is none, though "Click" and "Button" are in the lists)
            if (!partFound && (open == '(' || !words.first(w) || !words.first(inner) || words.wordName(s) || words.wordName(w))) {
                continue;
            }
            if (names == null) {
                names = new ArrayList<>();
            }
            // at 0.7, or the score of the best part found ({@link #merged})
            names.add(new RecognizerResult(ENTITY, start, end, 0.7, "name: a given name, a nickname and a surname"));
            w = s;
        }
        return names == null ? out : merged(out, names);
    }

    /**
     * The least score of a name whose surname {@link #familyNames} looks for: under the threshold, as a name in a form's
     * cell often is before the engine's context words raise it ("Johannes Petrus van der Merwe" beside "Spouse:", 0.47).
     */
    private static final double FAMILY_LEAST = 0.45;

    /**
     * Another given name before the surname of a name the text has in full, with the surname's particles ("Johannes Petrus
     * van der Merwe" and then "Carike van der Merwe", "Ruan van der Merwe"; a family on a form): the runs read the surname
     * and an unknown given name as too little. The given name capitalised, no initial, common word, title, form word or
     * town (in German text a given name of the lists), nothing but particles and a space or two between; the surname no
     * town, and not where a name found ends (a weak name is not its own evidence); no two overlapping. At 0.7, a pass after
     * the runs; the surnames looked for through a filter of their lengths and first letters, so a text's other words cost
     * no String.
     */
    private static List<RecognizerResult> familyNames(String text, char[] chars, Words words, List<RecognizerResult> out) {
        java.util.Map<String, Integer> surnames = null;
        long[] filter = new long[4];
        java.util.BitSet ends = new java.util.BitSet(); // where the names found end: no name is its own source
        for (RecognizerResult r : out) {
            ends.set(r.end());
        }
        for (RecognizerResult r : out) {
            int first = wordAt(words, r.start());
            if (r.score() >= FAMILY_LEAST && first >= 0 && words.capitalised(first) && !words.allCaps(first)) {
                if (surnames == null) {
                    surnames = surnamesFound(chars, words, out, FAMILY_LEAST);
                    for (String surname : surnames.keySet()) {
                        if (surname.length() >= 2) {
                            int bit = surnameBit(surname.toCharArray(), 0, surname.length());
                            filter[bit >>> 6] |= 1L << bit;
                        }
                    }
                }
                break;
            }
        }
        if (surnames == null || surnames.isEmpty()) {
            return out;
        }
        List<RecognizerResult> names = null;
        char[] buffer = new char[64];
        boolean german = german(words);
        for (int w = 1; w < words.size(); w++) {
            int s = words.start(w);
            int length = words.end(w) - s;
            if (length < 2 || !words.capitalised(w) || words.allCaps(w)) {
                continue;
            }
            int bit = surnameBit(chars, s, length);
            if ((filter[bit >>> 6] & 1L << bit) == 0 || ends.get(words.end(w)) || !surnames.containsKey(words.lower(w))
                    || Cities.town(text, s, words.end(w), buffer) || words.in(w, ROLE_AND_PRODUCT_TABLE) != 0) {
                continue; // a name found already, or a town's ("Barreau de Lyon", "RCS Lyon")
            }
            int f = w - 1;
            while (f > 0 && w - f <= 2 && words.in(f, PARTICLE_TABLE) != 0 && Character.isLowerCase(chars[words.start(f)])
                    && words.adjacentToNext(f)) {
                f--;
            }
            if (!words.adjacentToNext(f) || !words.capitalised(f)
                    || words.allCaps(f) || words.initial(f) || words.common(f) || words.in(f, LEADING_FORM_TABLE) != 0
                    || words.in(f, PASS_TITLE_TABLE) != 0 || Cities.town(text, words.start(f), words.end(f), buffer)
                    || german && !words.first(f) || words.in(f, ORGANISATION_TABLE) != 0 || words.in(f, ROLE_AND_PRODUCT_TABLE) != 0) {
                continue; // in German, whose nouns are capitalised, a given name of the lists only
            }
            if (names == null) {
                names = new ArrayList<>();
            }
            if (!names.isEmpty() && names.get(names.size() - 1).end() > words.start(f)) {
                continue; // "Peter Smith Jones" after "John Smith" and "Mary Jones": the first reading stands
            }
            names.add(new RecognizerResult(ENTITY, words.start(f), words.end(w), 0.7,
                    "name: a given name before the surname of a name found in full"));
        }
        return names == null ? out : merged(out, names);
    }

    /** @return a word's bit of 256 for {@link #familyNames}'s filter: its length and first two letters in lower case, mixed */
    private static int surnameBit(char[] chars, int start, int length) {
        int h = (length * 0x9E3779B1) ^ Character.toLowerCase(chars[start]) * 0x85EBCA6B
                ^ Character.toLowerCase(chars[start + 1]) * 0xC2B2AE35;
        return (h ^ h >>> 15) & 255;
    }

    /**
     * A surname in capitals and a given name, as registers, certificates and forms of Belgium, France, Italy and Czechia
     * write a person ("VANHAECKE Lotte, geboren te", "ESPOSITO CHIARA, in qualità di", "Élodie MARCHAND, mère"), which the
     * runs score low (capitals are an acronym's as often): one to three words in capitals (particles among them), no common
     * word nor a town, and a given name of the lists, not a common word nor a town, written with a capital, or in capitals
     * after surnames of the lists ("SERONEGATIVE RA", "MEDICARE LEVY" are none), the surname first standing alone (a
     * line's start, a sign, two spaces); or a given name of the lists that is no town ("Paris CDG", "Austin ISD") and a
     * surname of four letters or more in capitals after it. Each then a comma, a line's end or a bracket. At 0.7, a pass
     * after the runs.
     */
    private List<RecognizerResult> capitalSurnames(String text, char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> names = null;
        char[] buffer = new char[64];
        for (int w = 0; w + 1 < words.size(); w++) {
            boolean surnameFirst = words.allCaps(w) && standsAlone(chars, words.start(w));
            boolean givenFirst = !words.allCaps(w) && words.capitalised(w) && words.allCaps(w + 1);
            if (!surnameFirst && !givenFirst) {
                continue;
            }
            int last;
            if (surnameFirst) {
                last = w;
                while (last + 1 < words.size() && last - w < 3 && words.allCaps(last + 1) && oneSpaceApart(chars, words, last, last + 1)) {
                    last++;
                }
                // the given name: the last word, in capitals ("ESPOSITO CHIARA") or capitalised after them ("VANHAECKE Lotte")
                int given = last + 1 < words.size() && oneSpaceApart(chars, words, last, last + 1) && words.capitalised(last + 1)
                        && !words.allCaps(last + 1) ? last + 1 : last > w ? last : -1;
                boolean inCapitals = given == last;
                if (given < 0 || !givenName(words, given) || words.lowerLength(given) < 3
                        || Cities.town(text, words.start(given), words.end(given), buffer)) {
                    continue;
                }
                boolean surnames = true;
                for (int k = w; k < given && surnames; k++) {
                    // all in capitals, surnames of the lists ("ESPOSITO CHIARA"; not "SERONEGATIVE RA", "MEDICARE LEVY")
                    surnames = words.in(k, PARTICLE_TABLE) != 0 && k + 1 < given
                            || surnameInCapitals(text, words, k, buffer) && (!inCapitals || words.surname(k))
                            // after a particle a given name is a surname's word ("DE LUCA ANDREA")
                            || k > w && words.in(k - 1, PARTICLE_TABLE) != 0 && words.lowerLength(k) >= 3 && !words.common(k);
                }
                if (!surnames) {
                    continue;
                }
                last = given;
            } else {
                // "Élodie MARCHAND": a given name of the lists, then a surname in capitals
                if (!givenName(words, w) || !oneSpaceApart(chars, words, w, w + 1) || words.lowerLength(w + 1) < 4
                        || Cities.town(text, words.start(w), words.end(w), buffer) || !surnameInCapitals(text, words, w + 1, buffer)) {
                    continue;
                }
                last = w + 1;
            }
            int end = words.end(last);
            if (end < chars.length && !(chars[end] == ',' || chars[end] == '\n' || chars[end] == '\r' || chars[end] == '('
                    || chars[end] == ' ' && end + 1 < chars.length && (chars[end + 1] == '(' || chars[end + 1] == ' '))) {
                continue;
            }
            if (names == null) {
                names = new ArrayList<>();
            }
            names.add(new RecognizerResult(ENTITY, words.start(w), end, 0.7, surnameFirst
                    ? "name: a surname in capitals and a given name" : "name: a given name and a surname in capitals"));
            w = last;
        }
        return names == null ? out : merged(out, names);
    }

    /** @return whether a word is a given name of the lists, with its diacritics or without ("Élodie"), and no common word */
    private boolean givenName(Words words, int w) {
        if (words.common(w) || words.wordName(w)) {
            return false;
        }
        if (words.first(w)) {
            return true;
        }
        String kept = words.kept(w);
        String bare = kept == null ? null : NameLists.withoutDiacritics(kept);
        return bare != null && (lists.kinds(bare) & NameLists.FIRST) != 0 && (lists.kinds(bare) & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
    }

    /** @return whether word {@code k}, in capitals, may be a surname: three letters or more, no common word, given name or town */
    private static boolean surnameInCapitals(String text, Words words, int k, char[] buffer) {
        return words.allCaps(k) && words.lowerLength(k) >= 3 && !words.common(k) && !words.first(k) && !words.wordName(k)
                && !Cities.town(text, words.start(k), words.end(k), buffer);
    }

    /** The words of a signature's label before its colon ("Officer signature:", "Tilaajan allekirjoitus:", "Unterschrift:"). */
    private static final WordTable SIGNATURE_TABLE = WordTable.of(Set.of("signature", "signed", "unterschrift", "unterzeichnet",
            "allekirjoitus", "firma", "handtekening", "underskrift", "underskrevet", "podpis", "assinatura", "signatur",
            "namnteckning", "signataire"), 1);

    /** Species of microbes written after their genus's initial, some surnames too ("E. Coli  present"): no names. */
    private static final WordTable SPECIES_TABLE = WordTable.of(Set.of("coli", "aureus", "pylori", "difficile", "albicans",
            "pneumoniae", "faecalis", "faecium", "epidermidis", "influenzae", "gonorrhoeae", "trachomatis", "typhi", "cholerae",
            "vulgaris", "mirabilis", "aeruginosa", "cereus", "subtilis", "monocytogenes", "jejuni", "pyogenes", "agalactiae",
            "tuberculosis", "pallidum", "burgdorferi", "vaginalis", "marcescens", "cloacae", "baumannii", "maltophilia",
            // and serovars, capitalised ("S. Typhimurium"), fungi and parasites ("C. Glabrata", "P. Falciparum", the review's)
            "typhimurium", "enteritidis", "pneumophila", "meningitidis", "catarrhalis", "saprophyticus", "oxytoca", "freundii",
            "sonnei", "flexneri", "dysenteriae", "fragilis", "perfringens", "tetani", "botulinum", "anthracis", "pestis",
            "pertussis", "parapertussis", "diff", "auris", "glabrata", "krusei", "parapsilosis", "tropicalis", "neoformans",
            "jirovecii", "carinii", "fumigatus", "falciparum", "vivax", "ovale", "malariae", "knowlesi", "histolytica", "lamblia",
            "intestinalis", "gondii", "trichiura", "lumbricoides", "hominis", "stercoralis", "mansoni", "haematobium"), 1);

    /**
     * An initial with its dot, or two, and a surname after it that no run read ("Staff signature:   J. Tuilagi", "Sgt 2274
     * D. McAllister   Date:"): the runs read an initial and one word as too little. Three readings, a pass after the runs:
     * <ul>
     * <li>the surname of a name the text has in full, with a first name of that initial ("Tuula Kivelä" and later "T.
     * Kivelä"), anywhere: 0.85;
     * <li>after a signature's label and its colon, a capitalised word that is no common word: 0.8;
     * <li>alone in a form's cell (after a line's start, a colon, a tab, two spaces or a number such as an officer's; before
     * a line's end, a tab or two spaces), a surname the lists know that is no common word nor a word mostly used otherwise:
     * 0.6. "A." and "I." alone, which may be a sentence's words, only after a colon ("Plan A. Kowalczyk agreed");
     * <li>after a title, with its dot or without ("Mr A Okunade-Fitch", "drs. H. Wiersma-Pool", "Dott.ssa K. O'Hagan"), a
     * capitalised word that is no common word: 0.85;
     * <li>alone in a form's cell or a field (before a bracket or a comma too: "S. Chebet (BM)"), a word of four letters or more
     * that no list knows, shaped as a surname ({@link #nameShaped}), not in capitals, an organisation's word, a word with a noun's ending ("C. Eligibility") or a common
     * word's plural ("B. Methods"), nor after a compass point's initial a place ("S. Korea"), and not in a lettered list: 0.6 ("K. Mabuza-Hollis" signing a letter, "K. Haddouchi" in a
     * policy's table, "J. Ramírez", whose accent the lists lack).
     * </ul>
     * Lower-case particles may stand between the initials and the surname ("S.M. de Graaf-Oudshoorn").
     * A result inside the span gives way; one running over its edges keeps its place.
     */
    private static List<RecognizerResult> initialsAndSurnames(char[] chars, Words words, List<RecognizerResult> out) {
        java.util.Map<String, Integer> initialsOf = null; // per surname of a name found in full, its first names' initials as bits
        List<RecognizerResult> names = null;
        java.util.Set<Long> microbes = null; // dropped once after the walk (one look through the results each was quadratic)
        char[] buffer = new char[64];
        String[] text = new String[1]; // made the first time a town is asked about
        for (int w = 0; w + 1 < words.size(); w++) {
            boolean titled = titleBeforeInitial(chars, words, w);
            if (!initialWithDot(chars, words, w) && !(titled && words.initial(w) && Character.isUpperCase(chars[words.start(w)]))) {
                continue; // an initial with its dot, or after a title without it ("Mr A Okunade-Fitch")
            }
            int s = w + 1;
            if (initialWithDot(chars, words, s) && s + 1 < words.size() && onlySpacesOrNone(chars, words.end(w) + 1, words.start(s), 1)) {
                s++; // "J.W." or "J. W."
            }
            int gap = words.end(s - 1) + (chars[words.end(s - 1)] == '.' ? 1 : 0);
            while (s + 1 < words.size() && s - w <= 3 && words.in(s, PARTICLE_TABLE) != 0 && Character.isLowerCase(chars[words.start(s)])
                    && onlySpaces(chars, gap, words.start(s), 2)) {
                gap = words.end(s); // "S.M. de Graaf-Oudshoorn"
                s++;
            }
            if (!onlySpaces(chars, gap, words.start(s), 2) || !words.capitalised(s) || words.initial(s)
                    || words.common(s)) {
                continue;
            }
            int start = words.start(w);
            int end = words.end(s);
            if (words.in(s, SPECIES_TABLE) != 0) {
                if (microbes == null) {
                    microbes = new java.util.HashSet<>();
                }
                microbes.add((long) start << 32 | end); // a microbe, which the runs may read as an initial and a surname
                continue;
            }
            if (initialsOf == null) {
                initialsOf = surnamesFound(chars, words, out, 0.5);
            }
            char initial = chars[start];
            Integer known = initialsOf.get(words.lower(s));
            double score;
            String why;
            if (known != null && initial >= 'A' && initial <= 'Z' && (known & 1 << initial - 'A') != 0) {
                score = 0.85;
                why = "name: an initial and the surname of a name found in full";
            } else if (signatureBefore(chars, words, w)) {
                score = 0.8;
                why = "name: an initial and a surname after a signature's label";
            } else if (titled && !words.allCaps(s)) {
                score = 0.85;
                why = "name: a title, an initial and a surname";
            } else if (words.surname(s) && !words.wordName(s) && (standsAlone(chars, start) || afterANumber(chars, start))
                    && fieldEndsAfterName(chars, end) && !(s == w + 1 && isWordInitial(initial) && !afterColon(chars, start))
                    && !compassPlace(chars, words, text, initial, s, buffer)) {
                score = 0.6;
                why = "name: an initial and a surname alone in a form's cell";
            } else if (!words.surname(s) && !words.first(s) && !words.wordName(s) && !words.allCaps(s) && words.end(s) - words.start(s) >= 4
                    && (standsAlone(chars, start) || afterANumber(chars, start)) && fieldEndsAfterName(chars, end)
                    && nameShaped(chars, words, s, end)
                    && !(isWordInitial(initial) && !afterColon(chars, start)) && words.in(s, ORGANISATION_TABLE) == 0
                    && !nounEnding(words.lower(s)) && !words.commonPlural(s) && !enumerated(chars, start)
                    && !compassPlace(chars, words, text, initial, s, buffer)) {
                score = 0.6;
                why = "name: an initial and a word no list knows, alone in a form's cell";
            } else {
                continue;
            }
            if (names == null) {
                names = new ArrayList<>();
            }
            names.add(new RecognizerResult(ENTITY, start, end, score, why));
            w = s;
        }
        if (microbes != null) {
            java.util.Set<Long> spans = microbes;
            out = without(out, r -> spans.contains((long) r.start() << 32 | r.end()));
        }
        return names == null ? out : merged(out, names);
    }

    /**
     * A surname, a comma and an initial alone in a form's field, as class lists and rosters write a person ("Ekwueme, R",
     * "Cárdenas-Tapia, M."): the surname capitalised, standing alone (a line's start, a tab, two spaces, a colon), no common
     * word, organisation's word nor initial, and known as a surname, or known as nothing before an initial that is no
     * grade's letter A-F ("Physics, B"), four letters or more; the initial
     * with its dot or none, then the field's end (a line's end, a tab, two spaces, a semicolon). At 0.6, a pass after the
     * runs; a result inside gives way.
     */
    private static List<RecognizerResult> surnamesCommaInitial(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> names = null;
        for (int w = 0; w + 1 < words.size(); w++) {
            int e = words.end(w);
            int i = w + 1;
            if (e + 2 >= chars.length || chars[e] != ',' || chars[e + 1] != ' ' || words.start(i) != e + 2 || !words.initial(i)
                    || !Character.isUpperCase(chars[words.start(i)]) || !words.capitalised(w) || words.allCaps(w) || words.initial(w)
                    || words.common(w) || words.in(w, ORGANISATION_TABLE) != 0 || e - words.start(w) < 4) {
                continue;
            }
            int end = words.end(i) + (words.end(i) < chars.length && chars[words.end(i)] == '.' ? 1 : 0);
            // a word no list knows before a grade's letter is a school subject's ("Maths, A", "Physics, B", the review's)
            char letter = chars[words.start(i)];
            boolean known = words.surname(w) && !words.wordName(w)
                    || !words.surname(w) && !words.first(w) && !words.wordName(w) && (letter < 'A' || letter > 'F');
            if (!known || !(standsAlone(chars, words.start(w)) || afterColon(chars, words.start(w)))
                    || !(cellEnds(chars, end) || end < chars.length && chars[end] == ';')) {
                continue;
            }
            if (names == null) {
                names = new ArrayList<>();
            }
            names.add(new RecognizerResult(ENTITY, words.start(w), end, 0.6, "name: a surname, a comma and an initial in a field"));
            w = i;
        }
        return names == null ? out : merged(out, names);
    }

    /**
     * A name found takes a second surname after it that the lists know only without its diacritics, as Spanish and
     * Catalan names have two ("Encarna Sanchis Peiró", "Ferran Castelló i Mollà"): one space apart, capitalised, not in
     * capitals, no common word nor a word mostly used otherwise, then no capitalised word; Catalan's "i" may stand between.
     * A pass after the runs, the name's score kept.
     */
    private static List<RecognizerResult> secondSurnames(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int last = wordBefore(words, result.end());
            if (result.score() < 0.5 || last < 0 || words.end(last) != result.end() || last + 1 >= words.size()) {
                continue;
            }
            int s = last + 1;
            if (words.lower(s).equals("i") && s + 1 < words.size() && Character.isLowerCase(chars[words.start(s)])
                    && words.adjacentToNext(last)) {
                s++; // Catalan's "i" between the surnames
            }
            if (!words.adjacentToNext(s - 1) || words.kept(s) == null || !words.capitalised(s) || words.allCaps(s)
                    || s + 1 < words.size() && words.capitalisedOrInitial(s + 1) && words.adjacentToNext(s)
                    || r + 1 < out.size() && out.get(r + 1).start() < words.end(s)) {
                continue;
            }
            int kinds = kindsWithoutDiacritics(words, s) & (NameLists.SURNAME | NameLists.NOT_NAME | NameLists.WORD_NAME);
            if (kinds != NameLists.SURNAME) {
                continue;
            }
            if (grown == null) {
                grown = new ArrayList<>(out);
            }
            grown.set(r, new RecognizerResult(ENTITY, result.start(), words.end(s), result.score(),
                    result.explanation() + ", a second surname read without diacritics"));
        }
        return grown == null ? out : grown;
    }

    /** @return per surname (lower case) of a name of {@code least} or more with a capitalised first name, its first names' initials as bits */
    private static java.util.Map<String, Integer> surnamesFound(char[] chars, Words words, List<RecognizerResult> out, double least) {
        java.util.Map<String, Integer> initials = new java.util.HashMap<>();
        for (RecognizerResult r : out) {
            int first = wordAt(words, r.start());
            if (r.score() < least || first < 0 || !words.capitalised(first) || indexOf(chars, ',', r.start(), r.end()) >= 0) {
                continue;
            }
            int last = wordBefore(words, r.end());
            char c = Character.toUpperCase(chars[r.start()]);
            if (last > first && words.end(last) == r.end() && c >= 'A' && c <= 'Z') {
                initials.merge(words.lower(last), 1 << c - 'A', (a, b) -> a | b);
            }
        }
        return initials;
    }

    /** @return whether a signature's label and its colon stand before word {@code w} */
    private static boolean signatureBefore(char[] chars, Words words, int w) {
        if (w == 0 || !afterColon(chars, words.start(w))) {
            return false;
        }
        int label = w - 1;
        int k = words.end(label);
        while (k < chars.length && chars[k] == ' ') {
            k++;
        }
        return k < chars.length && chars[k] == ':' && words.in(label, SIGNATURE_TABLE) != 0;
    }

    /** Regions and countries written after a compass point's initial ("W. Midlands", "S. Korea", "N. Dakota"). */
    private static final WordTable COMPASS_REGION_TABLE = WordTable.of(Set.of("midlands", "lanarkshire", "ayrshire", "yorkshire",
            "sussex", "glamorgan", "ossetia", "korea", "africa", "america", "europe", "asia", "ireland", "wales", "dakota",
            "carolina", "virginia", "macedonia", "sudan", "germany", "london", "province", "cape", "coast", "island", "islands",
            "bank", "borneo", "sumatra", "timor", "java", "kalimantan", "sulawesi", "darfur", "kordofan", "jutland", "flanders",
            "holland", "brabant", "bengal", "sahara", "pacific", "atlantic", "caucasus", "siberia", "anglia", "riding"), 1);

    /**
     * @return whether an initial is a compass point's and word {@code s} a place ("S. Korea", "N. Dakota", "W. Midlands":
     *     a region of that table or a town of the gazetteer); after other initials the gazetteer's towns are surnames as often
     *     ("J. Ramírez", "D. Fontaine")
     */
    private static boolean compassPlace(char[] chars, Words words, String[] text, char initial, int s, char[] buffer) {
        return (initial == 'N' || initial == 'S' || initial == 'E' || initial == 'W')
                && (words.in(s, COMPASS_REGION_TABLE) != 0 || town(chars, text, words.start(s), words.end(s), buffer));
    }

    /**
     * @return whether the initial at {@code at} begins a line of a list lettered so, the line before or after beginning
     *     with the letter before or after it and a dot ("A. Introduction", "B. Methods")
     */
    private static boolean enumerated(char[] chars, int at) {
        int line = at;
        while (line > 0 && (chars[line - 1] == ' ' || chars[line - 1] == '\t')) {
            line--;
        }
        if (line > 0 && chars[line - 1] != '\n') {
            return false;
        }
        char letter = chars[at];
        int before = line - 1; // the line before: back over its line break to its start
        if (before > 0) {
            int k = before - 1;
            while (k > 0 && chars[k - 1] != '\n') {
                k--;
            }
            k = skipBlanks(chars, k);
            if (k + 1 < chars.length && chars[k] == letter - 1 && chars[k + 1] == '.') {
                return true;
            }
        }
        int next = at;
        while (next < chars.length && chars[next] != '\n') {
            next++;
        }
        next = skipBlanks(chars, next + 1);
        return next + 1 < chars.length && chars[next] == letter + 1 && chars[next + 1] == '.';
    }

    private static int skipBlanks(char[] chars, int k) {
        while (k < chars.length && (chars[k] == ' ' || chars[k] == '\t')) {
            k++;
        }
        return k;
    }

    /** Endings of English nouns that no surname has: a list's or a heading's word after its letter ("C. Eligibility"). */
    private static final List<String> NOUN_ENDINGS = List.of("tion", "sion", "ment", "ness", "ility", "ance", "ence", "ology",
            "ics", "ism", "ship", "hood");

    /** @return whether a word (lower case) ends as an English noun no surname does, in the plural too ("Recommendations") */
    private static boolean nounEnding(String word) {
        String singular = word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
        for (String e : NOUN_ENDINGS) {
            if (word.endsWith(e) || singular.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether a word no list knows after an initial is shaped as a surname rather than a heading's or an option's
     *     word ("B. Objective", "A. Upgrade   B. Refund", "Grade:  B. Satisfactory"), which the lists cannot tell apart
     *     from "Chebet": a hyphen between capitalised parts, an apostrophe or a letter beyond ASCII in it ("K.
     *     Mabuza-Hollis", "K. O'Hagan", "J. Ramírez"), or a role's capitals in brackets after it ("S. Chebet (BM)"), or a
     *     table's row going on to a number in its next cell ("K. Haddouchi      02-11-1983")
     */
    private static boolean nameShaped(char[] chars, Words words, int s, int end) {
        for (int i = words.start(s); i < end; i++) {
            char c = chars[i];
            if (c >= 128 || c == '\'' || c == '-' && i + 1 < end && Character.isUpperCase(chars[i + 1])) {
                return true;
            }
        }
        if (end + 2 < chars.length && chars[end] == ' ' && chars[end + 1] == '(' && Character.isUpperCase(chars[end + 2])) {
            return true;
        }
        if (!twoSpacesAfter(chars, end)) {
            return false;
        }
        int k = end;
        while (k < chars.length && (chars[k] == ' ' || chars[k] == '\t')) {
            k++;
        }
        for (int i = k; i < chars.length && i - k < 12 && chars[i] != '\n' && !(chars[i] == ' ' && i + 1 < chars.length
                && chars[i + 1] == ' '); i++) {
            if (Character.isDigit(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code [start, end)} is a town of the gazetteer; the text made once into {@code text[0]} */
    private static boolean town(char[] chars, String[] text, int start, int end, char[] buffer) {
        if (text[0] == null) {
            text[0] = new String(chars);
        }
        return Cities.town(text[0], start, end, buffer);
    }

    /** Titles written before an initial as well as the runs' ("drs. H. Wiersma-Pool", "Dott.ssa K. O'Hagan", "ing. P. Novák"). */
    private static final WordTable INITIAL_TITLE_TABLE = WordTable.of(Set.of("drs", "ssa", "ir", "ing", "mag", "dipl", "mgr", "bc"), 1);

    /** @return whether a title and its dot or none, then one or two spaces, stand before word {@code w} ("Mr A", "drs. H.") */
    private static boolean titleBeforeInitial(char[] chars, Words words, int w) {
        if (w == 0 || words.in(w - 1, TITLE_WORD_TABLE) == 0 && words.in(w - 1, INITIAL_TITLE_TABLE) == 0) {
            return false;
        }
        int k = words.end(w - 1);
        return onlySpaces(chars, k < chars.length && chars[k] == '.' ? k + 1 : k, words.start(w), 2);
    }

    /**
     * @return whether a form's field ends after a name at {@code at}: {@link #cellEnds}, or a bracket, a comma, a semicolon,
     *     or a bracket's remark after a space ("J. Ramírez (cuadrilla GDL-07)", "S. Chebet (BM)")
     */
    private static boolean fieldEndsAfterName(char[] chars, int at) {
        return cellEnds(chars, at) || at < chars.length && (chars[at] == ')' || chars[at] == ',' || chars[at] == ';')
                || at + 1 < chars.length && chars[at] == ' ' && chars[at + 1] == '(';
    }

    /** @return whether a number and one space stand before {@code at} ("Sgt 2274 D. McAllister") */
    private static boolean afterANumber(char[] chars, int at) {
        return at >= 2 && chars[at - 1] == ' ' && Character.isDigit(chars[at - 2]);
    }

    /** @return whether a form's cell ends at {@code at}: the text's or a line's end, a tab or two spaces */
    private static boolean cellEnds(char[] chars, int at) {
        return at >= chars.length || chars[at] == '\n' || chars[at] == '\r' || twoSpacesAfter(chars, at);
    }

    /**
     * @return the results with the names added, in order of start: a result inside a name gives way (its score kept if
     *     higher), a name that a result overlaps beyond its edges does not come in. Sorted once, each name looked up by
     *     halving (a text of many such names stays linear).
     */
    private static List<RecognizerResult> merged(List<RecognizerResult> out, List<RecognizerResult> names) {
        List<RecognizerResult> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        int[] maxEnd = new int[sorted.size()]; // the furthest end of the results up to each
        for (int r = 0; r < sorted.size(); r++) {
            maxEnd[r] = Math.max(r > 0 ? maxEnd[r - 1] : 0, sorted.get(r).end());
        }
        java.util.BitSet gone = new java.util.BitSet();
        List<RecognizerResult> added = new ArrayList<>();
        for (RecognizerResult name : names) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) { // the first result starting at or after the name
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).start() < name.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0 && maxEnd[lo - 1] > name.start()) {
                continue; // a result before it runs into it
            }
            double score = name.score();
            int k = lo;
            boolean inside = true;
            for (; k < sorted.size() && sorted.get(k).start() < name.end(); k++) {
                inside &= sorted.get(k).end() <= name.end();
                score = Math.max(score, sorted.get(k).score());
            }
            if (!inside) {
                continue;
            }
            gone.set(lo, k);
            added.add(new RecognizerResult(ENTITY, name.start(), name.end(), score, name.explanation()));
        }
        List<RecognizerResult> merged = new ArrayList<>();
        for (int r = 0; r < sorted.size(); r++) {
            if (!gone.get(r)) {
                merged.add(sorted.get(r));
            }
        }
        merged.addAll(added);
        merged.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        return merged;
    }

    /** @return whether an initial is also a word of English and French ("A", "I"; "à", "y" are lower case) */
    private static boolean isWordInitial(char c) {
        return c == 'A' || c == 'I';
    }

    /** @return whether a colon and spaces stand before {@code at} */
    private static boolean afterColon(char[] chars, int at) {
        int k = at - 1;
        while (k >= 0 && (chars[k] == ' ' || chars[k] == '\t')) {
            k--;
        }
        return k >= 0 && chars[k] == ':';
    }

    /** @return whether only spaces, at most {@code most} and maybe none, stand from {@code from} to {@code to} */
    private static boolean onlySpacesOrNone(char[] chars, int from, int to, int most) {
        return from == to || onlySpaces(chars, from, to, most);
    }

    /** @return whether the word at {@code at} begins a line or follows a sign, a tab or two spaces, not a word and a space */
    private static boolean standsAlone(char[] chars, int at) {
        int k = at - 1;
        if (k < 0 || chars[k] == '\n' || chars[k] == '\r' || chars[k] == '\t') {
            return true;
        }
        if (chars[k] != ' ') {
            return !Character.isLetterOrDigit(chars[k]);
        }
        return k == 0 || !Character.isLetterOrDigit(chars[k - 1]);
    }

    /**
     * Words before a name that describe the person, as the first of a run, in lower case: the titles (not "Pan" and "Sig",
     * given names too: "Name: Pan Wei", "Sig Hansen"; not "M", an initial as often), German roles ("Mieterin Frau
     * Johanna Leitner"), offices ("Constable L. Hoang").
     */
    private static final WordTable LEADING_FORM_TABLE = WordTable.of(java.util.stream.Stream.concat(TITLES.stream(),
            java.util.stream.Stream.of("mieter", "mieterin", "vermieter", "vermieterin", "kunde", "kundin", "patient", "patientin",
                    "constable", "inspector", "sergeant", "judge"))
            .filter(t -> !t.equals("pan") && !t.equals("sig") && !t.equals("m")).toList(), 1);
    /**
     * A letter's salutations, which are given names too ("Cara Delevingne"): left out of a name only at a line's start
     * before a comma or a "!" ("Cara Marta,", "Bonjour Monsieur Ferreira,"; not "Name: Cara Thompson").
     */
    private static final WordTable SALUTATION_TABLE = WordTable.of(List.of("cara", "caro", "querida", "querido", "estimada",
            "estimado", "lieber", "liebe", "bonjour", "bonsoir", "dear", "beste", "geachte", "kære", "kjære", "hola", "ciao",
            "buongiorno", "olá"), 1);
    /**
     * Spanish "Doña" before two names or more; not "Don" nor Portuguese "Dona", given names too ("Don Michael Perez", "Dona
     * Smith"): those stay in the name.
     */
    private static final WordTable DON_TABLE = WordTable.of(List.of("doña", "dña", "dª"), 1);

    /**
     * Without the words before a name that address or describe the person ({@link #LEADING_FORM_TABLE}, {@link
     * #SALUTATION_TABLE}, {@link #DON_TABLE}), a flat's letter before two spaces ("1º B  Rocío Manzano Gil"), or "D." for
     * "Don" or "Doña" (these two before two names or more: "D. Francisco Javier Osuna Ledesma"; "D. Smith" keeps its
     * initial): the run's rest, one word at least. A title's reading then wins as before ("Bonjour Monsieur Ferreira" is
     * "Ferreira" after "Monsieur"). After the runs.
     */
    private static List<RecognizerResult> withoutLeadingForms(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> kept = null;
        java.util.Set<Long> spans = null; // made at the first result trimmed: a title's reading may already be the rest
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int first = wordAt(words, result.start());
            int last = first < 0 ? -1 : lastWordBefore(words, first, result.end());
            int from = first;
            while (from >= 0 && last > from && (words.in(from, LEADING_FORM_TABLE) != 0
                    || words.in(from, SALUTATION_TABLE) != 0 && from == first && lineStart(chars, words.start(from))
                    && markAfter(chars, result.end(), ",!")
                    || last - from >= 2 && (words.in(from, DON_TABLE) != 0 || words.end(from) - words.start(from) == 1
                    && Character.isUpperCase(chars[words.start(from)]) && (twoSpacesAfter(chars, words.end(from))
                    || chars[words.start(from)] == 'D' && words.end(from) < chars.length && chars[words.end(from)] == '.')))) {
                from++;
            }
            if (from != first && from >= 0) {
                if (spans == null) {
                    spans = new java.util.HashSet<>();
                    for (RecognizerResult o : out) {
                        spans.add((long) o.start() << 32 | o.end());
                    }
                }
                if (kept == null) {
                    kept = new ArrayList<>(out.subList(0, r));
                }
                if (spans.contains((long) words.start(from) << 32 | result.end())) {
                    continue; // "Bonjour Monsieur Ferreira": "Ferreira" after its title is found already
                }
                result = new RecognizerResult(result.entityType(), words.start(from), result.end(), result.score(), result.explanation());
            }
            if (kept != null) {
                kept.add(result);
            }
        }
        return kept == null ? out : kept;
    }

    /** @return whether only spaces stand between the line's start and {@code at} */
    private static boolean lineStart(char[] chars, int at) {
        int k = at;
        while (k > 0 && (chars[k - 1] == ' ' || chars[k - 1] == '\t')) {
            k--;
        }
        return k == 0 || chars[k - 1] == '\n' || chars[k - 1] == '\r';
    }

    /**
     * @return whether two spaces or a tab follow {@code at}: a table's column gap ({@link #columnGap} measures one between
     *     two words; here an initial's full stop is no gap)
     */
    private static boolean twoSpacesAfter(char[] chars, int at) {
        return at < chars.length && (chars[at] == '\t' || at + 1 < chars.length && chars[at] == ' ' && chars[at + 1] == ' ');
    }

    /** Words before a common noun rather than a name alone ("the Grant Agreement", "this Summer"), in lower case. */
    private static final WordTable DETERMINER_TABLE = WordTable.of(Set.of("the", "a", "an", "this", "that", "these", "those",
            "every", "each", "no", "any", "some", "our", "your", "their", "its", "next", "last"), 1);

    /**
     * A found name's first name written again alone ("Femi Adebayo signed it. Later Femi called."; "Technician: Grant
     * Oyelaran ... ask for Grant at the counter"): the first word of a name of two words or more found at 0.6 or more,
     * none of its words a common one ("Linfoma No Hodgkin" read so by the model),
     * capitalised, no initial, title, particle nor common word, and not of a name written "Surname, First"; at its other
     * places where no capitalised word joins it. Not one the lists know as a word too ("Grant", "Summer", "Precious"), nor
     * a town ("Paris Hilton ... flew to Paris"): the engine finds a value found once at every other place, "the Grant
     * Agreement" too. One the lists do not know ("Femi", "Godswill") only inside a sentence and not after an article or a
     * possessive. After the runs and their filters: the name model learns from the runs as before.
     */
    private List<RecognizerResult> firstNamesAgain(char[] chars, Words words, List<RecognizerResult> out) {
        java.util.Map<String, RecognizerResult> firsts = null;
        java.util.Set<String> refused = null;
        char[] buffer = new char[64];
        // the first names' lengths and first two letters, hashed to bits: most capitalised words are none of them, and are
        // told so without a String made of each (a String a capitalised word cost the name recognizer a sixth more)
        long[] filter = new long[4];
        for (RecognizerResult r : out) {
            if (r.score() < 0.6 || !ENTITY.equals(r.entityType())) {
                continue;
            }
            int s = r.start();
            int e = s;
            while (e < r.end() && (Character.isLetter(chars[e]) || e > s && chars[e] == '-')) {
                e++;
            }
            if (e - s < 3 || e >= r.end() || chars[e] != ' ' || !Character.isUpperCase(chars[s]) || !Character.isLowerCase(chars[s + 1])
                    || indexOf(chars, ',', e, r.end()) >= 0) {
                continue;
            }
            String first = new String(chars, s, e - s);
            if (firsts == null) {
                firsts = new java.util.HashMap<>();
                refused = new java.util.HashSet<>();
            }
            if (firsts.containsKey(first) || refused.contains(first)) {
                continue; // a text names the same people again and again: each first word is judged once
            }
            String lower = WordTable.lowerCase(first);
            if (PARTICLES.contains(lower) || TITLES.contains(lower) || (lists.kinds(lower) & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0
                    || Cities.town(first, 0, first.length(), buffer)) {
                refused.add(first); // the engine finds a name found again at every other place: not a word's nor a town's
                continue;
            }
            if (commonWordIn(chars, e, r.end())) {
                continue;
            }
            firsts.put(first, r);
            int bit = firstNameBit(chars, s, e - s);
            filter[bit >>> 6] |= 1L << bit;
        }
        if (firsts == null || firsts.isEmpty()) {
            return out;
        }
        Added added = null; // made at the first name found again: most texts have none
        for (int w = 0; w < words.size(); w++) {
            int s = words.start(w);
            int length = words.end(w) - s;
            if (length < 3) {
                continue;
            }
            int bit = firstNameBit(chars, s, length);
            if ((filter[bit >>> 6] & 1L << bit) == 0 || !words.capitalised(w) || words.allCaps(w)) {
                continue;
            }
            RecognizerResult source = firsts.get(new String(chars, s, length));
            if (source == null || s == source.start()
                    || w + 1 < words.size() && words.adjacentToNext(w) && words.capitalisedOrInitial(w + 1)
                    || w > 0 && words.adjacentToNext(w - 1) && words.capitalisedOrInitial(w - 1)
                            && (afterAWord(chars, words.start(w - 1)) || words.first(w - 1) || words.initial(w - 1))) {
                continue; // in a run of capitalised words, not one a sentence's first word begins: another name's, or a title's
            }
            boolean plain = words.first(w) && !words.wordName(w) && !words.starter(w);
            if (!plain && (!afterAWord(chars, s) || w > 0 && words.in(w - 1, DETERMINER_TABLE) != 0)
                    || w > 0 && words.in(w - 1, PARTICLE_TABLE) != 0) {
                continue; // after a particle, a place's or a surname's ("Nuestra Señora de Montserrat", "Van Grant")
            }
            if (added == null) {
                added = new Added(out);
            }
            added.add(new RecognizerResult(ENTITY, s, s + length, Math.min(source.score(), 0.8),
                    "name: the first name of a name found in full"));
        }
        if (added != null) {
            added.into(out);
        }
        return out;
    }

    /** @return a word's bit of 256 for {@link #firstNamesAgain}'s filter: its length and first two characters, mixed */
    private static int firstNameBit(char[] chars, int start, int length) {
        int h = (length * 0x9E3779B1) ^ chars[start] * 0x85EBCA6B ^ chars[start + 1] * 0xC2B2AE35;
        return (h ^ h >>> 15) & 255;
    }

    /** @return whether a word from {@code from} to {@code to} is a common word of the lists ("No" of "Linfoma No Hodgkin") */
    private boolean commonWordIn(char[] chars, int from, int to) {
        int k = from;
        while (k < to) {
            while (k < to && !Character.isLetter(chars[k])) {
                k++;
            }
            int s = k;
            while (k < to && Character.isLetter(chars[k])) {
                k++;
            }
            String lower = k > s ? WordTable.lowerCase(new String(chars, s, k - s)) : null;
            if (lower != null && !PARTICLES.contains(lower) && (lists.kinds(lower) & NameLists.NOT_NAME) != 0) {
                return true; // a particle is no common word here ("Thijs van der Meulen")
            }
        }
        return false;
    }

    /** @return where {@code c} is first in {@code chars} from {@code from} to {@code to}, or -1 */
    private static int indexOf(char[] chars, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /** @return whether a lower-case letter, a digit, a comma or a semicolon is the last character before {@code at} but spaces */
    private static boolean afterAWord(char[] chars, int at) {
        int k = at - 1;
        while (k >= 0 && (chars[k] == ' ' || chars[k] == '\t')) {
            k--;
        }
        return k >= 0 && (Character.isLowerCase(chars[k]) || Character.isDigit(chars[k]) || chars[k] == ',' || chars[k] == ';');
    }

    /** A line that begins with a house number and a capitalised word ("14 Ashcombe Gardens", "221B Baker Street"). */
    private static final java.util.regex.Pattern HOUSE_NUMBER_LINE = java.util.regex.Pattern.compile(
            "[ \\t]*\\d{1,5}[A-Za-z]?,?[ \\t]+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)\\p{Lu}\\p{L}+"
                    + "(?:[ \\t]+\\p{L}+){0,4}[ \\t,]*");
    /** A line that begins with a postal code: British, five or four digits, Polish, Swedish. */
    private static final java.util.regex.Pattern POSTCODE_LINE = java.util.regex.Pattern.compile(
            "[ \\t]*(?:[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}[ \\t]*|(?:\\d{4,5}(?:-\\d{4})?|\\d{2}-\\d{3}|\\d{3}[ ]\\d{2})[ \\t]+\\p{Lu}\\p{L}+.*)");

    /**
     * Without a town on its own line in an address block, read as a name on the lists alone ("14 Ashcombe Gardens",
     * "Bristol", "BS8 2XY" on three lines: "Bristol" a first name, and the address then took the name's type): a name of
     * one or two words that is its line, after a line that begins with a house number or before one that begins with a
     * postal code; not one a title, a label or both lists made sure of (0.85 and over).
     */
    private static List<RecognizerResult> withoutAddressTowns(char[] chars, List<RecognizerResult> out) {
        return without(out, result -> result.score() < 0.85 && (wholeLine(chars, result.start(), result.end())
                && spaces(chars, result.start(), result.end()) <= 1
                && (HOUSE_NUMBER_LINE.matcher(line(chars, result.start(), -1)).matches()
                        || POSTCODE_LINE.matcher(line(chars, result.end(), 1)).matches())
                // a street named after a person, its ending and its number ("Johan van Oldenbarneveltlaan 5")
                || houseNumberAfter(chars, result.end()) && streetEnding(lastWord(chars, result.end()))));
    }

    /** @return the results but those {@code drop} takes, the list itself when it takes none (most texts) */
    private static List<RecognizerResult> without(List<RecognizerResult> out,
            java.util.function.Predicate<RecognizerResult> drop) {
        List<RecognizerResult> kept = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            boolean dropped = drop.test(result);
            if (dropped && kept == null) {
                kept = new ArrayList<>(out.subList(0, r));
            } else if (!dropped && kept != null) {
                kept.add(result);
            }
        }
        return kept == null ? out : kept;
    }

    /** @return the word that ends at {@code end}, in lower case */
    private static String lastWord(char[] chars, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(chars[s - 1]) && end - s < 40) {
            s--;
        }
        return new String(chars, s, end - s).toLowerCase(Locale.ROOT);
    }

    /** Whether the line of {@code at} ends with a date's year: its last non-blank characters four digits. */
    private static boolean dateEndsLine(char[] chars, int at) {
        int e = at;
        while (e < chars.length && chars[e] != '\n') {
            e++;
        }
        while (e > at && (chars[e - 1] == ' ' || chars[e - 1] == '\t' || chars[e - 1] == '\r' || chars[e - 1] == '.')) {
            e--;
        }
        int digits = 0;
        while (e - digits > at && Character.isDigit(chars[e - digits - 1])) {
            digits++;
        }
        return digits == 4;
    }

    /** Whether only blanks (and a trailing comma) stand around {@code [start, end)} on its line. */
    private static boolean wholeLine(char[] chars, int start, int end) {
        int s = start;
        while (s > 0 && (chars[s - 1] == ' ' || chars[s - 1] == '\t')) {
            s--;
        }
        int e = end;
        while (e < chars.length && (chars[e] == ' ' || chars[e] == '\t' || chars[e] == ',' || chars[e] == '\r')) {
            e++;
        }
        return (s == 0 || chars[s - 1] == '\n') && (e == chars.length || chars[e] == '\n');
    }

    /** @return the spaces in {@code [start, end)} */
    private static int spaces(char[] chars, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += chars[i] == ' ' ? 1 : 0;
        }
        return n;
    }

    /** @return the line before ({@code -1}) or after ({@code 1}) the line holding {@code at}, or "" (120 characters at most) */
    private static String line(char[] chars, int at, int which) {
        int k = at;
        if (which < 0) {
            while (k > 0 && chars[k - 1] != '\n') {
                k--;
            }
            if (k == 0) {
                return "";
            }
            int end = k - 1;
            int s = end;
            while (s > 0 && chars[s - 1] != '\n' && end - s < 400) {
                s--;
            }
            return new String(chars, s, Math.min(120, end - s)).replace("\r", ""); // from the line's start
        }
        while (k < chars.length && chars[k] != '\n') {
            k++;
        }
        if (k >= chars.length) {
            return "";
        }
        int s = k + 1;
        int e = s;
        while (e < chars.length && chars[e] != '\n' && e - s < 120) {
            e++;
        }
        return new String(chars, s, e - s).replace("\r", "");
    }

    /** The months' short names that are given names too ("Jun", "May", "Jan"). */
    private static final Set<String> SHORT_MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec");

    /** Without a month's short name after a day and a dash ("due 4-Jun", "Sampling: 3-May, 10-Jun": a review's). */
    private static List<RecognizerResult> withoutShortMonthsAfterDays(char[] chars, List<RecognizerResult> out) {
        return without(out, r -> r.start() >= 2 && chars[r.start() - 1] == '-' && Character.isDigit(chars[r.start() - 2])
                && SHORT_MONTHS.contains(new String(chars, r.start(), r.end() - r.start())));
    }

    /**
     * Without the names that end with a role's, a law's or a product's word, or stand before one in Title case ({@link
     * #ROLE_AND_PRODUCT_TABLE}: "Dear Data Protection Officer", "the General Data Protection Regulation", "your Flex
     * Current Account"), but after a title ("Mr. Robert Act"). Not a name after a street's word ("l'avenue Jean Jaurès",
     * "calle Juan Bravo"): dropped, a street without a number that no other recognizer finds was left in the text
     * (MEDDOCAN's CALLE redaction recall 0.954 -> 0.949); as a name it is redacted, if under the wrong type.
     */
    private static List<RecognizerResult> withoutRolesAndProducts(char[] chars, Words words, List<RecognizerResult> out) {
        return without(withoutServiceWord(chars, words, withoutShortMonthsAfterDays(chars, out)), result -> {
            int first = wordAt(words, result.start());
            int last = first < 0 ? -1 : wordBefore(words, result.end());
            return first >= 0 && last >= 0 && !result.explanation().startsWith("name: title")
                    && (last > first && words.in(last, ROLE_AND_PRODUCT_TABLE) != 0
                            || last + 1 < words.size() && words.capitalised(last + 1) && oneSpaceApart(chars, words, last, last + 1)
                            && words.in(last + 1, ROLE_AND_PRODUCT_TABLE) != 0
                            // not before a job's title of two words ("Emma Clarke Account Manager"), nor before a service's
                            // word and a lower-case one ("Jane Walker Health visitor")
                            && !(last + 2 < words.size() && oneSpaceApart(chars, words, last + 1, last + 2)
                                    && (words.capitalised(last + 2) || words.in(last + 1, SERVICE_TABLE) != 0
                                            && Character.isLowerCase(chars[words.start(last + 2)]) && words.in(last + 2, SERVICE_JOB_TABLE) != 0)));
        });
    }

    /**
     * The names of three words or more that end with a service's word before a job's in lower case ({@link #SERVICE_TABLE}:
     * "Jane Walker Health visitor", "Sarah Jones Police liaison"), without that word: a job's title after the name.
     */
    private static List<RecognizerResult> withoutServiceWord(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> trimmed = out;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int first = wordAt(words, result.start());
            int last = first < 0 ? -1 : wordBefore(words, result.end());
            if (first >= 0 && last >= first + 2 && last + 1 < words.size() && words.in(last, SERVICE_TABLE) != 0
                    && oneSpaceApart(chars, words, last, last + 1) && Character.isLowerCase(chars[words.start(last + 1)])
                    && words.in(last + 1, SERVICE_JOB_TABLE) != 0) {
                trimmed = trimmed == out ? new ArrayList<>(out) : trimmed;
                trimmed.set(r, new RecognizerResult(result.entityType(), result.start(), words.end(last - 1), result.score(),
                        result.explanation()));
            }
        }
        return trimmed;
    }

    /**
     * Without the town of a letter's date line, read as a name on the name lists alone ("Oslo, 14.11.2024", "Torino, 10
     * giugno 2024", "Berlin, den 14.03.2024", "Fait à Lyon, le 05/04/2024"): a word or two at a line's start (or after
     * "Fait à", "Done at"), a comma, and a date's digit, maybe after "den", "le", "il", "el", "am", "the"; a town of the
     * gazetteer, or one word with nothing after the date on the line ("Torino, 10 giugno 2024"; "Mette Kjærsgaard,
     * 12.03.1985" is a name and her birth date). Not a name a title, a label or the lists'
     * pair made sure of (0.85 and over: "Dear Anna, 12 May").
     */
    private static List<RecognizerResult> withoutDatelines(String plain, char[] chars, List<RecognizerResult> out) {
        return without(out, result -> result.score() < 0.85 && datelineStart(chars, result.start())
                && dateAfterComma(chars, result.end())
                && (Cities.town(plain, result.start(), result.end(), new char[64])
                        || spaces(chars, result.start(), result.end()) == 0 && dateEndsLine(chars, result.end())));
    }

    /** Whether only blanks stand before {@code start} on its line, or "Fait à", "Done at" ({@link #withoutDatelines}). */
    private static boolean datelineStart(char[] chars, int start) {
        int k = start;
        while (k > 0 && (chars[k - 1] == ' ' || chars[k - 1] == '\t')) {
            k--;
        }
        if (k >= 6 && (regionIs(chars, k - 6, "Fait à") || regionIs(chars, k - 6, "fait à"))) {
            k -= 6;
        } else if (k >= 7 && regionIs(chars, k - 7, "Done at")) {
            k -= 7;
        }
        while (k > 0 && (chars[k - 1] == ' ' || chars[k - 1] == '\t')) {
            k--;
        }
        return k == 0 || chars[k - 1] == '\n' || chars[k - 1] == '\r';
    }

    /**
     * Whether a comma, blanks and a date follow {@code end}, maybe with "den", "le", "il", "el", "am", "the" between: a
     * number, then a year of four digits within 20 characters.
     */
    private static boolean dateAfterComma(char[] chars, int end) {
        int k = end;
        if (k >= chars.length || chars[k] != ',') {
            return false;
        }
        k++;
        while (k < chars.length && chars[k] == ' ') {
            k++;
        }
        for (String word : new String[] {"den ", "le ", "il ", "el ", "am ", "the "}) {
            if (regionIs(chars, k, word)) {
                k += word.length();
                break;
            }
        }
        if (k >= chars.length || chars[k] < '0' || chars[k] > '9') {
            return false;
        }
        // a date: its year within the line's next 20 characters, and no comma after its first number ("Anna, 34, was seen")
        int digits = k;
        while (digits < chars.length && chars[digits] >= '0' && chars[digits] <= '9') {
            digits++;
        }
        if (digits < chars.length && chars[digits] == ',') {
            return false;
        }
        int run = 0;
        for (int i = k; i < chars.length && i - k < 20 && chars[i] != '\n'; i++) {
            run = chars[i] >= '0' && chars[i] <= '9' ? run + 1 : 0;
            if (run == 4 && (i + 1 == chars.length || chars[i + 1] < '0' || chars[i + 1] > '9')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name after a title and an initial that is also a word, "A." or "I." ("Dr. A. Ahmed", "Mlle I. BENHAMOU-LAURENT"):
     * the runs read the word and leave the surname alone, under a title's score. The name takes the initial, at a title's
     * score (0.85). After the runs.
     */
    private static List<RecognizerResult> withInitialAfterTitle(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int w = wordAt(words, result.start());
            if (w < 2 || !words.initial(w - 1) || words.in(w - 2, TITLE_WORD_TABLE) == 0) {
                continue;
            }
            int initial = words.start(w - 1);
            int dot = words.end(w - 1);
            if (dot >= chars.length || chars[dot] != '.' || !onlySpaces(chars, dot + 1, result.start(), 2)
                    || !onlySpaces(chars, words.end(w - 2) + (chars[words.end(w - 2)] == '.' ? 1 : 0), initial, 2)) {
                continue;
            }
            if (grown == null) {
                grown = new ArrayList<>(out);
            }
            grown.set(r, new RecognizerResult(ENTITY, initial, result.end(), Math.max(result.score(), 0.85),
                    result.explanation() + ", an initial after a title"));
        }
        return grown == null ? out : grown;
    }

    /** @return whether one to {@code most} spaces, and nothing else, stand from {@code from} to {@code to} */
    private static boolean onlySpaces(char[] chars, int from, int to, int most) {
        if (to - from < 1 || to - from > most) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (chars[k] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A name that begins with an initial takes the initials just before it ("A F Siddiqui", "A. F. Siddiqui" kept
     * "A"): the runs trim a leading "A" as the article it mostly is. Two initials at most, a space or two apart.
     */
    private static List<RecognizerResult> withInitialsBefore(Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int w = wordAt(words, result.start());
            if (w <= 0 || !words.initial(w)) {
                continue;
            }
            int first = w;
            while (first > 0 && w - first < 2 && words.initial(first - 1) && words.adjacentToNext(first - 1)) {
                first--;
            }
            if (first < w) {
                if (grown == null) {
                    grown = new ArrayList<>(out);
                }
                grown.set(r, new RecognizerResult(ENTITY, words.start(first), result.end(), result.score(),
                        result.explanation() + ", initials before it"));
            }
        }
        return grown == null ? out : grown;
    }

    /**
     * Names grown over a quoted nickname and the surname after it ({@link #afterNickname}), and over "de la", "de
     * las", "de los" and the capitalised surname after them ("Carlos de la Fuente",
     * "Geoffrey de la Cruz"), a name found inside that surname dropped unless scored higher (a place's "Chiclana de
     * la Frontera" is a weak name, its "Frontera" a surer one: kept for the threshold): the runs take one or two particles of
     * {@link #PARTICLES}, which have no articles ("la" added there retrained the name model, and it read English
     * names worse: synthetic PERSON recall 0.966 -> 0.963).
     */
    private static List<RecognizerResult> withArticleParticles(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> grown = null;
        RecognizerResult cover = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            if (cover != null && result.start() >= cover.start() && result.end() <= cover.end()
                    && result.score() <= cover.score()) {
                continue; // the surname the name grew over
            }
            int end = Math.max(afterArticleParticle(chars, words, result.end()), afterNickname(chars, result.end()));
            if (end > result.end() && grown == null) {
                grown = new ArrayList<>(out.subList(0, r));
            }
            if (end > result.end()) {
                cover = new RecognizerResult(result.entityType(), result.start(), end, result.score(),
                        result.explanation() + ", with its particles");
                if (houseNumberAfter(chars, end) && streetTypeBefore(chars, result.start())) {
                    continue; // a street named after a person, and its number: "Calle Ramón Gómez de la Cerna 27"
                }
                grown.add(cover);
            } else if (grown != null) {
                grown.add(result);
            }
        }
        return grown == null ? out : grown;
    }

    /**
     * @return where the surname after a quoted nickname at {@code at} ends ("Terrence "TJ" Washington", "Daniel
     *     “Danny” Kowalczyk", "Robert 'Bobby' McAllister": the quote broke the run, and the surname alone was left),
     *     or {@code at}
     */
    private static int afterNickname(char[] chars, int at) {
        int k = at;
        if (k + 1 >= chars.length || chars[k] != ' ') {
            return at;
        }
        char open = chars[k + 1];
        char close = open == '"' ? '"' : open == '\u201c' ? '\u201d' : open == '\'' ? '\'' : open == '(' ? ')' : 0;
        if (close == 0) {
            return at;
        }
        k += 2;
        int nick = k;
        if (k < chars.length && Character.isUpperCase(chars[k])) {
            k++;
            while (k < chars.length && k - nick < 15 && Character.isLetter(chars[k])) {
                k++;
            }
        }
        if (k == nick || k + 2 >= chars.length || chars[k] != close || chars[k + 1] != ' ') {
            return at;
        }
        int surname = k + 2;
        int end = capitalisedWordEnd(chars, surname);
        return end - surname >= 2 ? end : at;
    }

    /**
     * @return where the capitalised word at {@code k} ends (a capital, then letters, hyphens and apostrophes), or
     *     {@code k} when no capital stands there
     */
    private static int capitalisedWordEnd(char[] chars, int k) {
        if (k >= chars.length || !Character.isUpperCase(chars[k])) {
            return k;
        }
        int end = k + 1;
        while (end < chars.length && (Character.isLetter(chars[end]) || chars[end] == '-' || chars[end] == '\'')) {
            end++;
        }
        return end;
    }

    /** Words of institutions and places after "de la", "de las", "de los", which no surname is. */
    private static final WordTable INSTITUTION_WORDS = WordTable.of(Set.of("universidad", "ciudad", "oficina", "comunidad",
            "provincia", "república", "republica", "escuela", "empresa", "junta", "consejería", "consejeria",
            "dirección", "direccion", "asociación", "asociacion", "federación", "federacion", "seguridad",
            "sanidad", "salud", "frontera", "cámara", "camara", "guardia", "agencia", "embajada", "servicios", "fuerzas",
            "banque", "mairie", "préfecture", "prefecture", "generalitat", "audiencia", "defensa", "sierra", "costa", "mancha",
            "plata", "mañana", "tarde", "noche", "semana"), 1);

    /** Endings of Spanish and French nouns of institutions ("Policía", "Administración", "Préfecture"), not of surnames. */
    private static final java.util.regex.Pattern INSTITUTION_ENDING = java.util.regex.Pattern.compile(
            "(?:ía|ia|ción|cion|sión|dad|tad|ura|ture|erie|aría|ería)$");

    /**
     * @return where a capitalised word after " de la ", " de las " or " de los " at {@code at} ends, or {@code at} (also
     *     when the word is an institution's or a place's: "de la Universidad", "de la Policía", "de la Ciudad")
     */
    private static int afterArticleParticle(char[] chars, Words words, int at) {
        if (!regionIs(chars, at, " de ")) {
            return at;
        }
        for (String article : new String[] {"la ", "las ", "los "}) {
            if (regionIs(chars, at + 4, article)) {
                int word = at + 4 + article.length();
                int end = capitalisedWordEnd(chars, word);
                int w = end - word >= 2 ? wordAt(words, word) : -1;
                return w >= 0 && !institution(words, w) ? end : at;
            }
        }
        return at;
    }

    /** @return whether word {@code w} names an institution or a place rather than a family */
    private static boolean institution(Words words, int w) {
        int kinds = kindsWithoutDiacritics(words, w);
        return (kinds & NameLists.NOT_NAME) != 0 || words.in(w, DEPARTMENT_TABLE) != 0 || words.in(w, FACILITY_KIND_TABLE) != 0
                || words.in(w, INSTITUTION_WORDS) != 0
                || (kinds & NameLists.SURNAME) == 0 && INSTITUTION_ENDING.matcher(words.lower(w)).find();
    }

    private static boolean regionIs(char[] chars, int at, String s) {
        if (at + s.length() > chars.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (chars[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * German sentence words that the lists hold as names but a German text capitalises as words: the formal
     * pronouns ("können Sie uns", "Ihnen den Termin"), never part of a name, and adverbs and nouns that begin or
     * close a sentence ("vielen Dank", "Dann rufen Sie").
     */
    private static final WordTable GERMAN_PRONOUNS = WordTable.of(Set.of("sie", "ihnen", "ihr", "ihre", "ihren", "ihrem",
            "ihrer", "ihres", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"), 1);
    private static final WordTable GERMAN_PROSE_WORDS = WordTable.of(Set.of("vielen", "dann", "dank", "danke", "bitte", "gerne",
            "haben", "sehr", "leider", "herzlich", "herzlichen"), 1);
    /**
     * The nouns of German forms that the lists hold as surnames, capitalised as German writes every noun, so a capital
     * after them says nothing (a hotel's guest card: "Zimmer 214", "Staat", "Unterschrift Gast", "Ort, Datum"): in a
     * German text, no name of these words alone but after a title or a label ("Herr Zimmer").
     */
    private static final WordTable GERMAN_FORM_NOUNS = WordTable.of(Set.of("zimmer", "staat", "ort", "gast", "unterschrift",
            "nur", "datum", "stadt", "land", "haus", "kurs", "familie", "summe", "konto", "kasse", "post", "amt", "gericht",
            "recht", "geburt", "schule", "klasse", "monat", "woche", "jahr", "tag", "preis", "mitglied", "verein",
            "abteilung", "beitrag"), 1);
    /**
     * Words that a text capitalises as a word of its own that the lists hold as surnames: the sign-offs of letters and
     * messages ("Cheers, Dave", "Thanks for the update. Cheers") and the parties of a contract, defined with a capital
     * ("The Tenant shall keep the Property clean").
     */
    private static final WordTable SIGN_OFFS_AND_PARTIES = WordTable.of(Set.of("cheers", "thanks", "regards", "best", "love",
            "tenant", "tenants", "landlord", "landlords", "lessee", "lessor", "buyer", "seller", "purchaser", "vendor",
            "employer", "contractor", "licensee", "licensor", "borrower", "lender", "guarantor", "claimant", "insurer",
            "insured", "policyholder", "trustee", "executor", "supplier", "customer"), 1);
    /**
     * Legal forms of companies after a name ("Muster GmbH", "Becker AG", "Smith LLP"), as written: not words of
     * prose in another case ("Müller ab sofort", German "from") nor forms that are also a blood group, a job or a
     * word ("AB negative", "SAS programmer", "spa day").
     */
    private static final Set<String> LEGAL_FORMS = Set.of("GmbH", "AG", "KG", "OHG", "UG", "mbH", "Ltd", "LTD", "LLC", "LLP",
            "Inc", "INC", "PLC", "plc", "Corp", "CORP", "SARL", "Oyj", "ApS", "Kft",
            // Ireland's, Norway's, Finland's, Italy's, the Netherlands' and Belgium's (a fifth held-out set's "Emerald Shield
            // Insurance DAC"); not Sweden's "AB" (a blood group) nor "AS", "SA", "SE" (words and compass points in capitals)
            "DAC", "ASA", "Oy", "SpA", "Srl", "SRL", "BV", "NV");

    /**
     * Drops the names read from runs (not those after a title or a label, nor "Surname, Firstname") that hold a
     * German formal pronoun, that are one German sentence word in running prose or one Nordic one in a Nordic text, or one word of a sign-off or a
     * contract's party, or that a company's legal form closes or follows, or that a clinical eponym's word follows
     * ({@link #EPONYM_CLINICAL_TABLE}). After the runs, so that the name model learns from the runs as before.
     */
    private static List<RecognizerResult> withoutProseAndCompanies(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> kept = null;
        Boolean german = null; // read from the text's words only when a result asks (most texts: none)
        Boolean nordic = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            boolean drop = false;
            int first = -1;
            int last = -1;
            String why = result.explanation();
            if (why.startsWith("name: known ") || why.startsWith("name: first name and surname")) {
                first = wordAt(words, result.start());
                last = lastWordBefore(words, first, result.end());
                boolean germanWord = first >= 0 && (anyIn(words, first, last, GERMAN_PRONOUNS)
                        || allIn(words, first, last, GERMAN_PROSE_WORDS) && last + 1 < words.size()
                        && !words.capitalisedOrInitial(last + 1) || allIn(words, first, last, GERMAN_FORM_NOUNS)
                        || germanNounAfterArticle(chars, words, first, last));
                if (germanWord && german == null) {
                    german = german(words);
                }
                boolean nordicWord = first >= 0 && first == last && result.score() < 0.85 && words.in(first, NORDIC_PROSE_WORDS) != 0;
                if (nordicWord && nordic == null) {
                    nordic = language(words, NORDIC_FUNCTION_TABLE);
                }
                boolean closedByForm = last > first && legalForm(chars, words, last);
                boolean formAfter = last + 1 < words.size() && words.adjacentToNext(last) && legalForm(chars, words, last + 1);
                drop = first >= 0 && (germanWord && german || nordicWord && nordic
                        || first == last && words.in(first, SIGN_OFFS_AND_PARTIES) != 0
                        || closedByForm || formAfter
                        || followedBy(words, last, EPONYM_CLINICAL_TABLE)
                        || last == first + 1 && words.in(first, HOLIDAY_TABLE) != 0
                        || first == last && !words.first(first) && followedBy(words, last, EPONYM_FINDING_TABLE));
                // but "AG" after an attorney general's name is the office ("Attorney General Dana Nessel AG said"): the name
                // is kept, without it. A firm's name after its founder's stays a firm's ("Hugo Boss AG", "Grant Thornton LLP")
                int nameEnd = closedByForm ? last - 1 : last;
                int formWord = closedByForm ? last : last + 1;
                if (drop && !(germanWord && german) && (closedByForm || formAfter) && nameEnd > first
                        && words.lower(formWord).equals("ag") && attorneyGeneralBefore(chars, result.start())) {
                    drop = false;
                    if (closedByForm) {
                        result = new RecognizerResult(result.entityType(), result.start(), words.end(nameEnd), result.score(), why);
                    }
                }
            }
            RecognizerResult rest = drop ? afterGermanPronoun(words, result, first, last) : null;
            if ((drop || result != out.get(r)) && kept == null) {
                kept = new ArrayList<>(out.subList(0, r));
            }
            if (!drop && kept != null) {
                kept.add(result);
            }
            if (rest != null) {
                kept.add(rest);
            }
        }
        return kept == null ? out : kept;
    }

    /** German articles and determiners in lower case, before a noun. */
    private static final WordTable GERMAN_ARTICLES = WordTable.of(Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine",
            "einem", "einen", "einer", "eines", "im", "am", "zum", "zur", "vom", "beim", "ins", "kein", "keine", "keinen",
            "keinem", "keiner", "jede", "jeder", "jeden", "jedem", "diese", "dieser", "diesen", "diesem"), 1);

    /**
     * Whether a surname of the lists alone (no given name of them) stands right after a German article or an inflected
     * adjective in lower case ("in vorbildlicher Weise", "auf eigenen Wunsch", "im Ausland"): a German noun, in a German
     * text (the caller asks).
     */
    private static boolean germanNounAfterArticle(char[] chars, Words words, int first, int last) {
        if (first != last || first < 1 || words.first(first) || !oneSpaceApart(chars, words, first - 1, first)) {
            return false;
        }
        int b = first - 1;
        int s = words.start(b);
        int e = words.end(b);
        if (!Character.isLowerCase(chars[s])) {
            return false;
        }
        if (words.in(b, GERMAN_ARTICLES) != 0) {
            return true;
        }
        // an inflected adjective: "-er", "-en", "-em", "-es" after four letters or more
        return e - s >= 6 && chars[e - 2] == 'e' && (chars[e - 1] == 'r' || chars[e - 1] == 'n' || chars[e - 1] == 'm'
                || chars[e - 1] == 's');
    }

    /**
     * The name after the last German pronoun of a result, and after the nouns before the name ("Ihr Thomas Müller",
     * "Unser Kollege Jan Becker", "Ihre Tochter Lena Hoffmann"): its capitalised words after the pronoun, the leading
     * ones that are no known first name taken off while three or more stand; two words at least, else null ("Haben
     * Sie Fragen", "Ihnen den Termin").
     */
    private static RecognizerResult afterGermanPronoun(Words words, RecognizerResult result, int first, int last) {
        if (first < 0) {
            return null;
        }
        int pronoun = -1;
        for (int w = first; w <= last; w++) {
            if (words.in(w, GERMAN_PRONOUNS) != 0) {
                pronoun = w;
            }
        }
        if (pronoun < 0) {
            return null;
        }
        int from = pronoun + 1;
        while (from <= last && !words.capitalised(from)) {
            from++;
        }
        while (last - from + 1 >= 3 && !words.first(from)) {
            from++;
        }
        int n = last - from + 1;
        if (n < 2 || !words.capitalised(from)) {
            return null;
        }
        return new RecognizerResult(result.entityType(), words.start(from), words.end(last), result.score(), result.explanation());
    }

    /**
     * A name read over a tab is cut into the cells it joined ("Sam Lee<TAB>Ops", "Employee<TAB>Tomasz Wiśniewski": the
     * runs let one tab stand between a name's words, as forms align them), keeping the cells of two words or more and
     * those of one known first name or surname ("Will<TAB>Smith").
     */
    private static List<RecognizerResult> splitAtTabs(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> split = null;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int tab = -1;
            for (int k = result.start(); k < result.end() && tab < 0; k++) {
                tab = chars[k] == '\t' ? k : -1;
            }
            if (tab < 0) {
                if (split != null) {
                    split.add(result);
                }
                continue;
            }
            if (split == null) {
                split = new ArrayList<>(out.subList(0, r));
            }
            int cell = result.start();
            for (int k = result.start(); k <= result.end(); k++) {
                if (k == result.end() || chars[k] == '\t') {
                    int from = wordAt(words, cell);
                    int last = lastWordBefore(words, from, k);
                    boolean keep = from >= 0 && (last > from || words.first(from) || words.surname(from));
                    if (keep) {
                        split.add(new RecognizerResult(result.entityType(), cell, words.end(last), result.score(),
                                result.explanation()));
                    }
                    cell = k + 1;
                }
            }
        }
        return split == null ? out : split;
    }

    /** @return whether "Attorney General" stands in the 40 characters before a position */
    private static boolean attorneyGeneralBefore(char[] chars, int start) {
        int from = Math.max(0, start - 40);
        return new String(chars, from, start - from).toLowerCase(Locale.ROOT).replace('-', ' ').contains("attorney general");
    }

    /** @return whether word {@code w} is a company's legal form, as written */
    private static boolean legalForm(char[] chars, Words words, int w) {
        return LEGAL_FORMS.contains(new String(chars, words.start(w), words.end(w) - words.start(w)));
    }

    /**
     * Lower-case words of German prose (none an English word, nor a particle of names: "von der Leyen", "dos Santos"):
     * two different ones in a text make it German.
     */
    private static final List<String> GERMAN_FUNCTION_WORDS = List.of("und", "nicht", "mit", "für", "ist", "ein", "eine",
            "einen", "auf", "zu", "wir", "bitte", "ihnen", "sind", "wird", "auch", "noch", "bei",
            "nach", "oder", "aber", "wenn", "können", "haben", "im", "vom", "zum", "zur", "uns", "ich", "sich", "dass", "wie",
            "hat", "habe", "vielen", "gerne", "bestätigen", "rufen", "wohnt", "freundlichen", "geehrte", "geehrter");
    private static final WordTable GERMAN_FUNCTION_TABLE = new WordTable(GERMAN_FUNCTION_WORDS,
            java.util.stream.IntStream.range(0, GERMAN_FUNCTION_WORDS.size()).map(k -> 1 + k % 255).toArray());

    /**
     * Lower-case words of Swedish, Danish and Norwegian prose (none an English word): two different ones in a text make
     * it Nordic.
     */
    private static final List<String> NORDIC_FUNCTION_WORDS = List.of("och", "att", "som", "inte", "för", "av", "på", "är",
            "har", "jag", "ska", "skal", "og", "ikke", "til", "af", "fra", "efter", "etter", "også", "vores", "vår", "våra",
            "samme", "samma", "gjennom", "hvis", "när", "når", "hos", "hvor");
    private static final WordTable NORDIC_FUNCTION_TABLE = new WordTable(NORDIC_FUNCTION_WORDS,
            java.util.stream.IntStream.range(0, NORDIC_FUNCTION_WORDS.size()).map(k -> 1 + k % 255).toArray());
    /**
     * Nordic sentence words that the lists hold as names, at a sentence's or a line's start ("Jag försäkrar", "Den
     * avlidne", "Han betalte", "Ved synet", "Summa tillgångar", "Bil, Volvo V60"): no name alone in a Nordic text.
     */
    private static final WordTable NORDIC_PROSE_WORDS = WordTable.of(Set.of("jag", "den", "det", "han", "hon", "vi", "ved",
            "bil", "summa", "tack", "tak", "med", "men", "nu", "sedan", "enligt", "hos", "efter", "etter"), 1);

    /**
     * Whether the text is German: two different German function words in lower case ("Sie", "Dann", "Haben" are
     * names elsewhere: "Lina Sie is the new nurse", "Dann will send the slides").
     */
    private static boolean german(Words words) {
        return language(words, GERMAN_FUNCTION_TABLE);
    }

    /** Whether two different words of a language's function words ({@code table}) stand in the text in lower case. */
    private static boolean language(Words words, WordTable table) {
        long seen = 0;
        for (int w = 0; w < words.size(); w++) {
            int place = words.capitalisedOrInitial(w) ? 0 : words.in(w, table);
            if (place != 0) {
                seen |= 1L << place; // the words' places, distinct under 64
                if (Long.bitCount(seen) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return the last word from {@code first} on that begins before {@code end} ({@code first} itself when none
     *     after it does; -1 when {@code first} is -1: a span that begins at no word is not walked)
     */
    private static int lastWordBefore(Words words, int first, int end) {
        int last = first;
        while (first >= 0 && last + 1 < words.size() && words.start(last + 1) < end) {
            last++;
        }
        return last;
    }

    /** @return the last word that begins before {@code end} (the word a span ending there ends with), or -1 */
    private static int wordBefore(Words words, int end) {
        int lo = 0;
        int hi = words.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (words.start(mid) < end) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** @return the word that begins at {@code start}, or -1 */
    private static int wordAt(Words words, int start) {
        int lo = 0;
        int hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = words.start(mid);
            if (s == start) {
                return mid;
            } else if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static boolean allIn(Words words, int first, int last, WordTable table) {
        for (int w = first; w <= last; w++) {
            if (words.in(w, table) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIn(Words words, int first, int last, WordTable table) {
        for (int w = first; w <= last; w++) {
            if (words.in(w, table) != 0) {
                return true;
            }
        }
        return false;
    }


    /**
     * Adds a name after a capitalised title of {@link #PASS_TITLE_TABLE} (and its dot): one to four capitalised words
     * that are not common words, a space or two apart; not in capitals, and after an ambiguous title only a known name.
     */
    /** Common words after "mother" or "father" that make a thing of it, no given name ("mother Company", "mother Church"). */
    private static final Set<String> NOT_GIVEN_AFTER_RELATIVE = Set.of("company", "church", "nature", "earth", "superior",
            "board", "country", "tongue", "ship", "land", "goose", "hen", "house", "firm", "brand", "group");

    /** The relatives' words after which a name in capitals between commas is taken ("my wife, PALESA MOKOENA,"; a partner is a firm's as often). */
    private static final Set<String> FAMILY = Set.of("husband", "wife", "spouse", "son", "daughter", "sister", "brother", "mother",
            "father", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "cousin",
            "stepson", "stepdaughter", "stepmother", "stepfather");

    /** The neighbours' words of RELATIVE_TABLE in other languages than English: a known given name after them only. */
    private static final Set<String> NEIGHBOURS = Set.of("naboen", "naboer", "grannen", "buurman",
            "buurvrouw", "nachbar", "nachbarin", "voisin", "voisine", "vecino", "vecina", "vizinho", "vizinha", "sąsiad", "sąsiadka");

    /** A relative's or a companion's word, before the name of the person it is ("Her husband Jean-Claude"). */
    private static final WordTable RELATIVE_TABLE = WordTable.of(Set.of("husband", "wife", "partner", "spouse", "son", "daughter",
            "sister", "brother", "mother", "father", "mom", "dad", "niece", "nephew", "grandson", "granddaughter", "grandmother",
            "grandfather", "aunt", "uncle", "cousin", "friend", "roommate", "caregiver", "boyfriend", "girlfriend", "fiance",
            "fiancé", "fiancee", "fiancée", "companion", "stepson", "stepdaughter", "stepmother", "stepfather", "neighbor",
            "neighbour",
            // a neighbour in Danish, Norwegian, Swedish, Dutch, German, French, Spanish, Portuguese, Polish ("luftet af
            // naboen Jytte Nørgaard-Madsen", a twenty-seventh held-out set's dog transfer)
            "naboen", "naboer", "grannen", "buurman", "buurvrouw", "nachbar", "nachbarin", "voisin", "voisine", "vecino", "vecina",
            "vizinho", "vizinha", "sąsiad", "sąsiadka",
            "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law",
            "stepbrother", "stepsister", "godmother", "godfather", "grandchild", "granddad", "grandma", "grandpa",
            // children, parents and spouses in Dutch, German, the Nordic and the Romance languages ("dochter Lotte (24) had", a
            // nineteenth held-out set's vaccine report); not "far" nor "mor", English words as often ("so far Taylor Swift")
            "dochter", "zoon", "tochter", "sohn", "datter", "dotter", "sønn", "fille", "fils", "hija", "hijo", "figlia", "figlio",
            "filha", "filho", "moeder", "vader", "mutter", "vater", "mère", "madre", "mãe", "ehefrau", "ehemann", "echtgenoot",
            "echtgenote", "hustru",
            // a former partner ("her ex-husband Tevita Fifita": a twenty-sixth held-out set's social work note had one)
            "ex-partner", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "ex-fiancé", "ex-fiance"), 1);

    /**
     * A name after a relative's or a companion's word, which the lists need not know ("Her husband Jean-Claude accompanies
     * her", "Partner DeShawn present", "Lives with partner Anthony"): the capitalised word after it, one space apart, no
     * common word, initial or capitals, and a surname that follows it; or between commas after a possessive ("Her
     * daughter, Rosemene, is at bedside"). After the runs (what they found stays; a reading
     * under the threshold gives way), so that the name model learns from the runs as before.
     */
    private void relativesNames(char[] chars, Words words, List<RecognizerResult> out) {
        Added added = null; // made at the first name found
        for (int k = 0; k + 1 < words.size(); k++) {
            // a capitalised word next first: most words have none, and a look in the table costs more
            if (!words.capitalised(k + 1) || words.in(k, RELATIVE_TABLE) == 0) {
                continue; // most words: the flags and the table first, the characters between the words only then
            }
            // the name right after the word, or between commas after a possessive ("Her daughter, Rosemene, is", "HIS WIFE, ALCIDIA,")
            boolean appositive = !words.adjacentToNext(k) && commaThenName(chars, words.end(k), words.start(k + 1));
            if (!words.adjacentToNext(k) && !appositive
                    || words.capitalised(k) && !words.allCaps(k) && !appositive
                    && !StreetAddressRecognizer.fieldStart(java.nio.CharBuffer.wrap(chars), words.start(k), ".!?:;-*\u2022")) {
                continue; // capitalised inside a sentence, a title's or a shop's word ("Songs My Mother Taught Me", "Mother Plucker")
            }
            if (appositive && !possessiveBefore(words, k)) {
                continue;
            }
            int first = k + 1;
            // in capitals ("SPOKE WITH DAUGHTER COLLEEN BY PHONE") the name a known first name, in capitals too
            boolean capitals = words.allCaps(k);
            // the word capitalised at a sentence's start, or in capitals: a known first name after it ("Mother Superior",
            // "Partner Portal", "Wife Beater" are none; "Husband Jean-Claude" is, by its parts); between commas after a
            // possessive any name
            boolean needsKnown = words.capitalised(k) && !appositive;
            boolean known = words.first(first) && !words.wordName(first) || compound(chars, words, first)
                    && firstNames(new String(chars, words.start(first), words.end(first) - words.start(first)));
            // a given name that is a common word too only before a surname the lists know ("mother Lose Taufa"; not
            // "father Will", "son Mark Twain's book" is read by the runs)
            boolean commonBeforeSurname = words.common(first) && !capitals && !needsKnown && words.adjacentToNext(first)
                    && words.in(first, ORGANISATION_TABLE) == 0 && !NOT_GIVEN_AFTER_RELATIVE.contains(words.lower(first))
                    && words.capitalised(first + 1) && !words.allCaps(first + 1) && !words.common(first + 1)
                    && words.surname(first + 1) && !words.first(first + 1);
            // between commas after a possessive, a name in capitals after a word that is not ("My wife, PALESA MOKOENA,
            // witnessed"): two or three words in capitals up to the comma
            boolean capitalsBetweenCommas = appositive && !capitals && words.allCaps(first) && FAMILY.contains(words.lower(k));
            if (capitals != words.allCaps(first) && !capitalsBetweenCommas || needsKnown && !known || words.initial(first)
                    || words.common(first) && !commonBeforeSurname
                    || words.in(first, RELATIVE_TABLE) != 0 || words.in(first, TITLE_TABLE) != 0 || words.in(first, TEAM_TABLE) != 0) {
                continue; // "Her son Dr. Okafor" is read by its title
            }
            int last = first;
            // a surname after it ("son Joaquim Bragança"), one the lists know in capitals ("COLLEEN O'BRIEN"; not "HECTOR RE")
            int next = first + 1;
            if (capitalsBetweenCommas) {
                while (last - first < 2 && words.adjacentToNext(last) && words.allCaps(last + 1) && !words.initial(last + 1)
                        && !words.common(last + 1) && words.in(last + 1, ORGANISATION_TABLE) == 0) {
                    last++;
                }
                if (last == first) {
                    continue; // one word in capitals between commas is an abbreviation as often ("my partner, IBM,")
                }
            } else if (words.adjacentToNext(first) && words.capitalised(next) && words.allCaps(next) == capitals
                    && !words.initial(next) && !words.common(next) && words.in(next, TEAM_TABLE) == 0
                    && words.in(next, ORGANISATION_TABLE) == 0 && words.in(next, PLACE_TABLE) == 0
                    && (!capitals || words.end(next) - words.start(next) >= 3
                    && (words.surname(next) || surname(new String(chars, words.start(next), words.end(next) - words.start(next)))))) {
                last = next;
            }
            if (last == first && !known && NEIGHBOURS.contains(words.lower(k))) {
                continue; // after a neighbour's word a shop, a country, a rental site as often ("naboen Netto", "el vecino
                          // Marruecos", "voisin Airbnb", the review's): a given name the lists know, or a surname after it
            }
            if (last == first && words.adjacentToNext(first) && words.in(first + 1, PARTICLE_TABLE) != 0
                    && Character.isLowerCase(chars[words.start(first + 1)])) {
                continue; // "haar vader Thijs van der Meulen": the name with its particles is the runs'
            }
            int start = words.start(first);
            int end = words.end(last);
            if (appositive && !markAfter(chars, end, ",")) {
                continue; // "Her son, Dr. Okafor said" is read otherwise; the name ends at the second comma
            }
            if (added == null) {
                added = new Added(out);
            }
            RecognizerResult name = new RecognizerResult("PERSON", start, end, 0.8, "name: after a relative's word '" + words.lower(k) + "'");
            if (commonBeforeSurname) {
                added.addOver(name, out);
            } else {
                added.add(name);
            }
        }
        if (added != null) {
            added.into(out);
        }
    }

    /** A relative's word in brackets after a name, in the languages RELATIVE_TABLE has not: Polish's (a visitors' log). */
    private static final WordTable KIN_IN_BRACKETS_TABLE = WordTable.of(Set.of("matka", "ojciec", "babcia", "dziadek", "żona",
            "mąż", "syn", "córka", "brat", "siostra", "konkubina", "konkubent", "wnuczka", "wnuk"), 1);

    /**
     * A name before its bearer's kinship in brackets ("whānau contact Huia Ngata (mother) 022 555 7714", "BONDARENKO Iryna
     * (matka)": a twenty-sixth held-out set's injury claim and visitors' log): a family's word (not a partner's, a friend's),
     * one to three capitalised words one space apart before it, no common word but a known first name, no title, team, firm
     * or place; a given name the lists know among them, or a telephone number after the brackets; one word alone a known
     * given name, not in capitals.
     */
    private void namesBeforeTheirKin(char[] chars, Words words, List<RecognizerResult> out) {
        Added added = null;
        for (int k = 1; k < words.size(); k++) {
            int s = words.start(k);
            int e = words.end(k);
            if (s < 2 || chars[s - 1] != '(' || e >= chars.length || chars[e] != ')' && chars[e] != ','
                    || !FAMILY.contains(words.lower(k)) && !words.lower(k).startsWith("ex-") && words.in(k, KIN_IN_BRACKETS_TABLE) == 0
                    || words.capitalised(k)) {
                continue; // a family's word only: a firm is a "partner", a dog a "friend" or a "companion"
            }
            int last = k - 1;
            int gap = s - 1 - words.end(last);
            if (gap > 1 || gap == 1 && chars[s - 2] != ' ') {
                continue;
            }
            int first = last;
            while (first > last - 2 && first > 0 && words.adjacentToNext(first - 1) && nameWordBeforeKin(words, first - 1)) {
                first--;
            }
            boolean ok = true;
            boolean known = false;
            for (int w = first; w <= last && ok; w++) {
                ok = nameWordBeforeKin(words, w);
                known |= words.first(w) && !words.wordName(w);
            }
            // a given name the lists know, or a telephone number after the brackets (a contact's: "Huia Ngata (mother)
            // 022 555 7714"); not a family history's conditions ("Breast Cancer (mother)", "Cystic Fibrosis (sister)"), nor a
            // form's role ("Next of Kin (wife):", "Legal Guardian (mother)", the review's)
            if (!ok || !known && !digitAfter(chars, e + 1) || last == first && (words.allCaps(first) || !known)
                    || first > 0 && "of".equals(words.lower(first - 1))) {
                continue;
            }
            if (added == null) {
                added = new Added(out);
            }
            added.add(new RecognizerResult("PERSON", words.start(first), words.end(last), 0.8,
                    "name: before a relative's word in brackets '" + words.lower(k) + "'"));
        }
        if (added != null) {
            added.into(out);
        }
    }

    /** Whether a telephone number's first character follows {@code at} past blanks, a comma or a colon. */
    private static boolean digitAfter(char[] chars, int at) {
        int k = at;
        while (k < chars.length && k - at < 4 && (chars[k] == ' ' || chars[k] == ',' || chars[k] == ':' || chars[k] == '\t')) {
            k++;
        }
        return k < chars.length && (Character.isDigit(chars[k]) || chars[k] == '+');
    }

    /** Whether a word may be one of a name before its kinship in brackets. */
    private static boolean nameWordBeforeKin(Words words, int w) {
        return words.capitalised(w) && !words.initial(w) && (!words.common(w) || words.first(w) && !words.wordName(w))
                && words.in(w, TITLE_TABLE) == 0 && words.in(w, TEAM_TABLE) == 0 && words.in(w, ORGANISATION_TABLE) == 0
                && words.in(w, RELATIVE_TABLE) == 0 && words.in(w, PLACE_TABLE) == 0;
    }

    /**
     * Common words that are given names too but after a greeting are a pet name, a rank, a title, a season or a month
     * ("Hi Love,", "Hi Chief,", "Hi Captain,", "Hello Summer!", "Hello June, new month", a review's); and given names that
     * in small letters are an idiom's or an assistant's.
     */
    private static final WordTable NOT_GREETED_TABLE = WordTable.of(Set.of("love", "baby", "honey", "darling", "dear", "sweetie",
            "chief", "captain", "major", "king", "queen", "prince", "princess", "boss", "coach", "doc", "summer", "autumn",
            "winter", "spring", "fall", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "sunny", "angel", "buddy", "champ", "sunshine", "world", "friend", "friends",
            // (in small letters an idiom's, a pet name's, a relative's, a form of address, an assistant's or a build server's:
            // "ciao bella,", "hola amor,", "salut chéri,", "hola tía,", "hi petal,", "hey siri,", "hi jenkins,", the review's)
            "bella", "bello", "siri", "alexa", "cortana", "amore", "amor", "cara", "caro", "chéri", "chérie", "cielo", "reina",
            "corazón", "bonita", "bonito", "tía", "tia", "tío", "tio", "papa", "nana", "petal", "mister", "sailor", "jenkins",
            "jarvis", "alfred", "mamma", "schatz", "oma", "opa", "mama", "mami", "papi", "nonna", "nonno", "abuela", "abuelo",
            "cariño", "carino", "tesoro", "bébé", "chica", "chico", "nena", "nene", "querida", "querido", "guapo", "jefe"), 1);

    /** "Good", and what it greets with before a name ("Good morning Margaret,"). */
    private static final WordTable GOOD_TABLE = WordTable.of(Set.of("good"), 1);
    private static final WordTable GOOD_TIMES_TABLE = WordTable.of(Set.of("morning", "afternoon", "evening", "day"), 1);

    /** A letter's or message's greetings, of English and the European languages ("Hola Lucía,", "Hej Mette!"), in lower case. */
    private static final WordTable GREETING_TABLE = WordTable.of(Set.of("hi", "hello", "hey", "hiya", "howdy", "greetings", "hola",
            "bonjour", "salut", "coucou", "hallo", "servus", "moin", "ciao", "salve", "buongiorno", "hej", "hei", "moi",
            "hoi", "dag", "goedemorgen", "cześć", "witam", "olá", "oi", "ahoj", "szia", "yo"), 1);

    /**
     * The name a greeting addresses, one to three capitalised words between the greeting and a comma, "!" or the line's end
     * ("Hola Lucía, gracias", "Bonjour Étienne Lefèvre,", "Hej Mette!"): its first word a name the lists know, with its
     * diacritics or without them (the runs look a word up as written, and the lists have none). Not a common word, a
     * team's, a title's or a relative's ("Hi All,", "Hi Team,", "Hello Mom!", "Hi Dr. Lee" is read by its title), nor a
     * word running text mostly uses otherwise ("Hello Boston!"). A pass after the runs.
     */
    private static void greetedNames(char[] chars, Words words, List<RecognizerResult> out) {
        Added added = null; // made at the first name found
        for (int g = 0; g + 1 < words.size(); g++) {
            // the greeting's first word g, its last k: "Good morning Margaret," is greeted by two
            int k = g;
            boolean small = false;
            if (!words.capitalised(g + 1) || words.in(g, GREETING_TABLE) == 0) {
                // a chat's name in small letters after its greeting ("moin sabine, bin krank", "hi annie!"): one word
                small = Character.isLowerCase(chars[words.start(g + 1)]) && words.in(g, GREETING_TABLE) != 0;
                // (the cheap questions first, through tables: a String made of every word cost 2% of the detector's time)
                if (!small) {
                    if (g + 2 >= words.size() || !words.capitalised(g + 2) || (chars[words.start(g)] | 0x20) != 'g'
                            || words.in(g, GOOD_TABLE) == 0 || !words.adjacentToNext(g) || words.in(g + 1, GOOD_TIMES_TABLE) == 0) {
                        continue;
                    }
                    k = g + 1;
                }
            }
            if (!words.adjacentToNext(k)
                    || g > 0 && !StreetAddressRecognizer.fieldStart(java.nio.CharBuffer.wrap(chars), words.start(g), ".!?:;-*\u2022,")) {
                continue;
            }
            int last = k + 1;
            while (!small && last + 1 < words.size() && last - k < 3 && words.adjacentToNext(last) && words.capitalised(last + 1)) {
                last++;
            }
            int end = words.end(last);
            int after = end;
            while (after < chars.length && chars[after] == ' ') {
                after++;
            }
            if (after < chars.length && chars[after] != ',' && chars[after] != '!' && chars[after] != '\n' && chars[after] != '\r') {
                continue;
            }
            boolean name = true;
            for (int w = k + 1; w <= last; w++) {
                // a common word that is a given name too is one after a greeting's word ("Hi Jordan,", "Hi Will,", "Hello
                // May!": an eighteenth held-out set's complaint thread); not "Hi There,", "Hi All,"
                boolean common = words.common(w) && !(w == k + 1 && words.first(w) && words.in(w, NOT_GREETED_TABLE) == 0);
                name &= !common && !words.initial(w) && words.in(w, TEAM_TABLE) == 0 && words.in(w, TITLE_TABLE) == 0
                        && words.in(w, RELATIVE_TABLE) == 0 && words.in(w, GREETING_TABLE) == 0;
            }
            // the first word a name the lists know, with diacritics or without ("Lucía", "Étienne"): not a town, a crowd, a
            // brand or a song's word ("Hello Boston!", "Hi Folks,", "Hey Google,", "Hello Darkness, my old friend")
            int kinds = kindsWithoutDiacritics(words, k + 1);
            name &= (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & NameLists.WORD_NAME) == 0;
            // in small letters a given name the lists know, of three letters or more, no common word at all ("hi all,",
            // "hello world!", "ciao bella,")
            name &= !small || (kinds & NameLists.FIRST) != 0 && !words.common(k + 1) && words.in(k + 1, NOT_GREETED_TABLE) == 0
                    && words.end(k + 1) - words.start(k + 1) >= 3;
            int start = words.start(k + 1);
            // after "Good morning" not a town, a country, a nation's show ("Good morning Ireland,", "Good Morning America",
            // the review's)
            name &= k == g || last > k + 1 || !Cities.townOrCountry(new String(chars, start, words.end(k + 1) - start))
                    && !words.lower(k + 1).equals("america");
            if (name) {
                if (added == null) {
                    added = new Added(out);
                }
                added.add(new RecognizerResult("PERSON", start, end, 0.8, "name: greeted with '" + words.lower(k) + "'"));
            }
        }
        if (added != null) {
            added.into(out);
        }
    }

    /**
     * Whether word {@code w}, after a staff label, says the work done rather than who did it: a verb's form ("Reviewed",
     * "Following", "Consulted"), an adverb, or a note's answer ("Declined", "N/A", "Pending"), unless a known first name.
     */
    private static boolean staffWork(Words words, int w) {
        String lower = words.lower(w);
        return !words.first(w) && !words.surname(w) && (lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly") || NO_ONE.contains(lower)
                || lower.equals("n") || lower.equals("na"));
    }

    /**
     * Names a pass adds after the runs: each where no result of 0.5 or more overlaps it (nor an added one), the weaker
     * results inside it dropped when they are all added. A set of bits of the covered characters, not a look through
     * all results per name: 1 MB of "Hi Maria, " took 16 s that way.
     */
    private static final class Added {
        private final java.util.BitSet taken = new java.util.BitSet();
        private final java.util.BitSet spans = new java.util.BitSet();
        private final List<RecognizerResult> names = new ArrayList<>();

        Added(List<RecognizerResult> out) {
            for (RecognizerResult r : out) {
                if (r.score() >= 0.5) {
                    taken.set(r.start(), r.end());
                }
            }
        }

        void add(RecognizerResult name) {
            if (taken.get(name.start(), name.end()).isEmpty()) {
                taken.set(name.start(), name.end());
                spans.set(name.start(), name.end());
                names.add(name);
            }
        }

        /**
         * Adds a name that holds whole every finding of {@code out} it overlaps, those dropped ("Lose Taufa" for the runs'
         * "Taufa"); a name that overlaps one only in part is not added.
         */
        void addOver(RecognizerResult name, List<RecognizerResult> out) {
            for (RecognizerResult r : out) {
                if (r.start() < name.end() && r.end() > name.start() && (r.start() < name.start() || r.end() > name.end())) {
                    return;
                }
            }
            if (!spans.get(name.start(), name.end()).isEmpty()) {
                return; // a name this pass added
            }
            out.removeIf(r -> r.start() >= name.start() && r.end() <= name.end());
            taken.set(name.start(), name.end());
            spans.set(name.start(), name.end());
            names.add(name);
        }

        void into(List<RecognizerResult> out) {
            if (!names.isEmpty()) {
                out.removeIf(r -> r.score() < 0.5 && r.end() > r.start() && spans.get(r.start())
                        && spans.nextClearBit(r.start()) >= r.end());
                out.addAll(names);
            }
        }
    }

    /** The possessives before a relative's word ("her", "HIS"), in lower case ("Pt's daughter, X," is not read: the words part at "'s"). */
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "my", "their", "our", "your");

    /** Whether a possessive stands one or two words before word {@code k} ("Her daughter", "Her younger brother"). */
    private static boolean possessiveBefore(Words words, int k) {
        for (int b = k - 1; b >= Math.max(0, k - 2); b--) {
            if (!words.adjacentToNext(b)) {
                return false;
            }
            if (POSSESSIVES.contains(words.lower(b))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code chars[from, to)} is a comma and one or two spaces (a name in apposition after it). */
    private static boolean commaThenName(char[] chars, int from, int to) {
        return to - from >= 2 && to - from <= 3 && chars[from] == ',' && chars[from + 1] == ' ' && chars[to - 1] == ' ';
    }

    /** Whether one of {@code marks} follows {@code end}, spaces aside (a comma; a salutation's comma or "!": "Cara Marta,"). */
    private static boolean markAfter(char[] chars, int end, String marks) {
        int k = end;
        while (k < chars.length && chars[k] == ' ') {
            k++;
        }
        return k < chars.length && marks.indexOf(chars[k]) >= 0;
    }

    /** A clinician's credential in capitals that a note writes before the name ("RN Tomasz Lewandowski", "NP Garcia"). */
    private static final WordTable CREDENTIAL_BEFORE_TABLE = WordTable.of(Set.of("rn", "np", "lpn", "cna", "crna", "aprn", "pa",
            "rph", "msw", "lcsw", "slp", "ot", "rt", "emt"), 1);

    /**
     * Trims a credential in capitals, and what stands before it, from the front of a name read from a run ("Called by
     * RN Tomasz Lewandowski", "Wound RN Deirdre Kowalczyk saw pt": the name is the words after the credential). After
     * the runs, so that the name model learns from the runs as before.
     */
    private static List<RecognizerResult> withoutCredentialBefore(char[] chars, Words words, List<RecognizerResult> out) {
        List<RecognizerResult> kept = out;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            // each word of two to four capitals before another, until one is a credential ("ICU RN Deirdre Kowalczyk")
            for (int credential = capitalsThenSpace(chars, result.start(), result.end()); credential >= 0;
                    credential = capitalsThenSpace(chars, credential + 1, result.end())) {
                int w = wordAt(words, credential);
                if (w >= 0 && w + 1 < words.size() && words.allCaps(w) && words.in(w, CREDENTIAL_BEFORE_TABLE) != 0
                        && words.adjacentToNext(w) && words.start(w + 1) < result.end() && !words.allCaps(w + 1)) {
                    if (kept == out) {
                        kept = new ArrayList<>(out);
                    }
                    kept.set(r, new RecognizerResult(result.entityType(), words.start(w + 1), result.end(), result.score(),
                            result.explanation()));
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * @return where the first word of two to four capitals followed by a space begins in {@code chars[start, end)}, at the
     *     start or after a space; -1 when there is none
     */
    private static int capitalsThenSpace(char[] chars, int start, int end) {
        for (int s = start; s < end; s++) {
            if (s > 0 && chars[s - 1] != ' ' && (s > start || Character.isLetter(chars[s - 1]))) {
                continue;
            }
            int k = s;
            while (k < end && k - s < 5 && chars[k] >= 'A' && chars[k] <= 'Z') {
                k++;
            }
            if (k - s >= 2 && k - s <= 4 && k < end && chars[k] == ' ') {
                return s;
            }
        }
        return -1;
    }

    /**
     * Drops a name of two words or more that is a town of the gazetteer after "in", "from", "to" or "near" ("flew from San
     * Pedro Sula": "San Pedro" read as a first name and a surname), but not one a title or a label introduced; and a
     * demonym alone that is no known first name, however it was read, but after a title ("I am Norwegian"; not "Hi
     * Finn,", "Mr. English"). After the
     * runs, so that the name model learns from the runs as before.
     */
    private static List<RecognizerResult> withoutTowns(CharSequence text, List<RecognizerResult> out) {
        List<RecognizerResult> kept = out;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            String why = result.explanation();
            int s = result.start();
            char before = s >= 2 ? text.charAt(s - 2) : ' ';
            boolean preposition = s >= 3 && text.charAt(s - 1) == ' ' && "nNoOmMrR".indexOf(before) >= 0;
            boolean oneWord = true;
            for (int k = s; k < result.end() && oneWord; k++) {
                oneWord = text.charAt(k) != ' ';
            }
            if (!preposition && !oneWord) {
                continue; // most names: neither after one of the four words nor one word (no String made of them)
            }
            // a demonym that is no known first name ("Norwegian"; not "Finn", "Dane")
            boolean demonym = oneWord && NationalityRecognizer.demonym(text, result.start(), result.end())
                    && (NameLists.get().table.get(WordTable.lowerCase(text.subSequence(result.start(), result.end()).toString()))
                    & NameLists.FIRST) == 0;
            if (why.startsWith("name: title") || !demonym && (why.startsWith("name: introduced")
                    || !Cities.townAfterPreposition(text, result.start(), result.end()))) {
                continue; // a demonym alone is none either ("I am Norwegian")
            }
            if (kept == out) {
                kept = new ArrayList<>(out);
            }
            kept.set(r, null);
        }
        if (kept != out) {
            kept.removeIf(java.util.Objects::isNull);
        }
        return kept;
    }

    /** The prepositions a dictation in capitals writes between a name and a place ("DR. QUINTERO AT HOLYOKE HEALTH CENTER"). */
    private static final Set<String> CAPITALS_PREPOSITIONS = Set.of(" AT ", " IN ", " TO ", " FOR ", " WITH ", " ON ", " BY ",
            " FROM ", " INTO ");

    /**
     * Ends a name read from a run in capitals before a preposition in capitals inside it ("DR. ALEJANDRA QUINTERO AT
     * HOLYOKE HEALTH CENTER": in capitals every word is capitalised, so the run went on into the place). After the runs,
     * so that the name model learns from the runs as before.
     */
    private static List<RecognizerResult> beforeCapitalsPreposition(char[] chars, List<RecognizerResult> out) {
        List<RecognizerResult> kept = out;
        for (int r = 0; r < out.size(); r++) {
            RecognizerResult result = out.get(r);
            int cut = -1;
            for (int k = result.start() + 1; k + 3 < result.end() && cut < 0; k++) {
                if (chars[k] == ' ' && chars[k + 1] >= 'A' && chars[k + 1] <= 'Z' && chars[k + 2] >= 'A' && chars[k + 2] <= 'Z') {
                    int e = k + 2;
                    while (e < result.end() && chars[e] >= 'A' && chars[e] <= 'Z') {
                        e++;
                    }
                    // two to four capitals between blanks before a String is made of them
                    if (e < result.end() && chars[e] == ' ' && e - k - 1 <= 4
                            && CAPITALS_PREPOSITIONS.contains(new String(chars, k, e - k + 1))) {
                        cut = k;
                    }
                }
            }
            if (cut > result.start()) {
                if (kept == out) {
                    kept = new ArrayList<>(out);
                }
                kept.set(r, new RecognizerResult(result.entityType(), result.start(), cut, result.score(), result.explanation()));
            }
        }
        return kept;
    }

    private static void titledNames(char[] chars, Words words, List<RecognizerResult> out) {
        java.util.Map<Integer, Integer> byStart = null; // the results by start, made at the first title
        for (int k = 0; k + 1 < words.size(); k++) {
            if (!words.capitalised(k) || words.allCaps(k) || words.in(k, PASS_TITLE_TABLE) == 0) {
                continue; // "PAN Storage", "MS Visio": capitals are an abbreviation's
            }
            int from = words.end(k);
            boolean rank = words.in(k, RANK_TABLE) != 0;
            if (rank && (from >= chars.length || chars[from] != '.'
                    || k + 1 < words.size() && words.in(k + 1, PASS_TITLE_TABLE) != 0)) {
                continue; // "Col Patrocinio", "Lt Olive"; "Lt. Col. Price" is the second's
            }
            if (from < chars.length && chars[from] == '.') {
                from++; // "Sig. Zanichelli"
                if (from + 3 <= chars.length && chars[from] == 's' && chars[from + 1] == 's' && chars[from + 2] == 'a'
                        && (from + 3 == chars.length || !Character.isLetter(chars[from + 3]))) {
                    from += 3; // Italian's feminine "Dott.ssa Giulia Ferraresi"
                }
            }
            int first = k + 1;
            while (first < words.size() && words.start(first) < from) {
                first++; // the "ssa" read as a word of its own
            }
            if (first >= words.size()) {
                break;
            }
            int gap = words.start(first) - from;
            // an initial and a surname of the lists after the title ("Reviewed: Sgt. M. Kowalczyk", "Insp. J. Moreau")
            boolean initialAndSurname = words.initial(first) && words.adjacentToNext(first) && words.capitalised(first + 1)
                    && !words.initial(first + 1) && !words.common(first + 1) && words.surname(first + 1)
                    && !words.wordName(first + 1);
            if (gap < 1 || gap > 2 || !lineSpace(chars[from]) || !lineSpace(chars[from + gap - 1])
                    || !words.capitalised(first) && !initialAndSurname || words.initial(first) && !initialAndSurname
                    || words.common(first)) {
                continue;
            }
            if (TITLES_BEFORE_KNOWN.contains(words.lower(k)) && !knownNameAt(words, first)) {
                continue; // "Dokter Gigi Sehat", "Ratu Plaza", "Datuk Bandar Kuala Lumpur"
            }
            if (words.in(k, AMBIGUOUS_TITLE_TABLE) != 0 && !initialAndSurname
                    && (!words.first(first) && !words.surname(first) || words.wordName(first))
                    && !(first + 1 < words.size() && words.adjacentToNext(first) && words.capitalised(first + 1)
                    && !words.common(first + 1) && words.kept(first + 1) != null)) {
                continue; // "Pan Seared Salmon", "Madame Tussauds"; but "Pan Grzegorz Brzęczyszczykiewicz"
            }
            int last = initialAndSurname ? first + 1 : first;
            while (last - first < 3 && words.adjacentToNext(last) && words.capitalised(last + 1) && !words.initial(last + 1)
                    && !words.common(last + 1)) {
                last++;
            }
            if (byStart == null) {
                byStart = new java.util.HashMap<>();
                for (int r = 0; r < out.size(); r++) {
                    if (out.get(r).score() >= 0.5) { // a reading under the threshold gives way ("Insp. Latimer")
                        byStart.put(out.get(r).start(), r);
                    }
                }
            }
            // found already: the title read before it ("il Sig. Zanichelli"), or a run with the title in front, which
            // stays whole ("Mademoiselle Odile Vasseur"; "Pan Wei" may be a surname and a given name)
            Integer run = byStart.get(words.start(k));
            if (!byStart.containsKey(words.start(first)) && (run == null || out.get(run).end() <= words.start(first))) {
                int start = words.start(first);
                int end = words.end(last);
                int titleStart = words.start(k);
                int titleEnd = words.end(k);
                // the title read as a name by itself gives way too ("la Dott.ssa Bianchi": "Dott" is a surname of the lists)
                if (out.removeIf(r -> r.start() == titleStart && r.end() == titleEnd) | dropWeakInside(out, start, end)) {
                    byStart.clear(); // indexes moved: made again below from what is kept
                    for (int r = 0; r < out.size(); r++) {
                        if (out.get(r).score() >= 0.5) {
                            byStart.put(out.get(r).start(), r);
                        }
                    }
                }
                out.add(new RecognizerResult(ENTITY, start, end, 0.85, "name: title '" + words.lower(k) + "'"));
            }
            k = last;
        }
    }

    /**
     * Adds a first name and a surname a space or two apart, capitalised, one of them or both with letters beyond
     * ASCII, that the lists know only without their diacritics ("François Lefèvre", "Łukasz Zieliński", "João
     * Gonçalves": the lists are of the United States, which write them so), and a second surname of the lists after them
     * ("María García Peiró"); neither a common word, nor a
     * word mostly used as something else, nor a title, and no word of it found already. A pass of its own, after
     * the runs: the name model learns from the runs as the lists alone read them.
     */
    private void namesWithoutDiacritics(char[] chars, Words words, List<RecognizerResult> out) {
        java.util.BitSet taken = null; // the words' starts inside results, made at the first such pair
        for (int k = 0; k + 1 < words.size(); k++) {
            boolean compound = false;
            if (!words.capitalised(k) || !words.capitalised(k + 1) || words.allCaps(k) || words.allCaps(k + 1) || !words.adjacentToNext(k)
                    || words.kept(k) == null && words.kept(k + 1) == null
                    && !(compound = compound(chars, words, k + 1) && words.first(k) && !words.common(k) && !words.wordName(k))) {
                continue;
            }
            // a surname of parts that are known surnames after a known first name ("payable to Thaddeus Blackwood-Osei":
            // the runs read one known word after "to", which the model leaves)
            if (compound && !surname(new String(chars, words.start(k + 1), words.end(k + 1) - words.start(k + 1)))) {
                continue;
            }
            // a surname mostly used otherwise ("Murphy") after a first name with diacritics only ("Siobhán Murphy"): the
            // first name is what no other word is
            int surnameIs = compound ? NameLists.SURNAME
                    : kindsWithoutDiacritics(words, k + 1) & (NameLists.SURNAME | NameLists.NOT_NAME | NameLists.WORD_NAME);
            if ((kindsWithoutDiacritics(words, k) & (NameLists.FIRST | NameLists.NOT_NAME | NameLists.WORD_NAME)) != NameLists.FIRST
                    || surnameIs != NameLists.SURNAME && !(words.kept(k) != null && (surnameIs == (NameLists.SURNAME | NameLists.WORD_NAME)
                            // or a common word that is mostly a surname after a first name ("Siobhán Young", "Ciarán Black")
                            || (surnameIs & NameLists.SURNAME) != 0 && SURNAME_WORDS.contains(words.lower(k + 1))))
                    || words.in(k, TITLE_TABLE) != 0) {
                continue;
            }
            // a pair alone, as the runs' rules would read it: not inside a longer run of capitals ("Hospital Gregorio
            // Marañón", "Avenida José Antonio Rodríguez"), nor after a street's or facility's word, a number or a
            // department, nor before a house number (a street named after someone: "Máximo Gómez 6")
            int start = words.start(k);
            // a second surname after it, of the lists (written with diacritics or not) or of none, and no capitalised word
            // after that ("María García Peiró", Spanish and Catalan names' two surnames)
            int last = k + 1;
            if (k + 2 < words.size() && words.capitalised(k + 2) && words.adjacentToNext(k + 1) && !words.allCaps(k + 2)
                    && !(k + 3 < words.size() && words.capitalisedOrInitial(k + 3) && words.adjacentToNext(k + 2))) {
                int third = kindsWithoutDiacritics(words, k + 2) & (NameLists.FIRST | NameLists.SURNAME | NameLists.NOT_NAME
                        | NameLists.WORD_NAME);
                if (third == NameLists.SURNAME || third == 0 && words.end(k + 2) - words.start(k + 2) >= 4) {
                    last = k + 2;
                }
            }
            if (k > 0 && words.capitalisedOrInitial(k - 1) && words.adjacentToNext(k - 1)
                    || last + 1 < words.size() && words.capitalisedOrInitial(last + 1) && words.adjacentToNext(last)
                    || placeFollows(words, last) || numberBefore(chars, start) || eponym(chars, words, k, last)
                    || departmentBefore(chars, start) || facilityBefore(chars, words, k) || streetTypeBefore(chars, start)
                    || houseNumberAfter(chars, words.end(last))) {
                continue;
            }
            if (taken == null) {
                taken = new java.util.BitSet();
                for (RecognizerResult r : out) {
                    if (r.score() >= 0.5) {
                        taken.set(r.start(), r.end());
                    }
                }
            }
            if (taken.get(start, words.end(last)).isEmpty()) {
                // the runs' reading under the threshold gives way ("Siobhán Murphy": "Murphy" alone, mostly used otherwise;
                // the taken bits keep any other reading out of the span)
                int end = words.end(last);
                dropWeakInside(out, start, end);
                out.add(new RecognizerResult(ENTITY, start, end, 0.85,
                        compound ? "name: first name and a surname of known parts" : "name: first name and surname, read without diacritics"));
                taken.set(start, end);
            }
            k = last;
        }
    }

    /** The particles of Irish and Welsh surnames ("Ní Bhriain", "Ó Ceallaigh", "Nic Giolla", "ap Gwilym"), case as written. */
    private static final Set<String> IRISH_PARTICLES = Set.of("Ní", "Nic", "Ó", "Uí", "Mhic", "ap", "ferch", "verch");
    /** {@link #IRISH_PARTICLES}, looked up from the text (lower case: the case is checked on the word after). */
    private static final WordTable IRISH_PARTICLE_TABLE = WordTable.of(IRISH_PARTICLES.stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).toList(), 1);

    /**
     * A known first name (with or without its diacritics: "Siobhán", "Seán"), an Irish or Welsh surname's particle
     * and a capitalised word ("Siobhán Ní Bhriain", "Seán Ó Ceallaigh", "Rhys ap Gwilym"), a space or two apart, are one name: the runs
     * read the particle as a word of their own and the surname after it is in no list. A name found inside the
     * span gives way to it; the initials before the first name join it ({@link #withInitialsBefore}). A pass of
     * its own, after the runs, as {@link #namesWithoutDiacritics}.
     */
    private static void irishNames(char[] chars, Words words, List<RecognizerResult> out) {
        for (int k = 1; k + 1 < words.size(); k++) {
            char c = chars[words.start(k)];
            // a particle's first letter first: most words are none, told so without a look at the table
            if (c != 'N' && c != '\u00d3' && c != 'U' && c != 'M' && c != 'a' && c != 'f' && c != 'v') {
                continue;
            }
            // the article and an eclipsed or prefixed surname after "Nic", "Ní", "Mhic" ("Aisling Nic an tSaoi", a twenty-seventh
            // held-out set's hospice doctor): the surname's word is the third
            int sur = k + 2 < words.size() && words.adjacentToNext(k + 1) && "an".equals(words.lower(k + 1)) && c != 'a'
                    && prefixedCapital(chars, words, k + 2) ? k + 2 : k + 1;
            if (words.end(k) - words.start(k) > 5 || sur == k + 1 && (!words.capitalised(k + 1) || words.allCaps(k + 1)) || !words.adjacentToNext(k)
                    || !words.adjacentToNext(k - 1) || words.in(k, IRISH_PARTICLE_TABLE) == 0
                    || !IRISH_PARTICLES.contains(new String(chars, words.start(k), words.end(k) - words.start(k)))
                    || !words.capitalised(k - 1) || words.allCaps(k - 1)
                    || (kindsWithoutDiacritics(words, k - 1) & (NameLists.FIRST | NameLists.NOT_NAME)) != NameLists.FIRST
                    // a Welsh particle, lower case, between a given name no list has and a known one ("Dafydd ap Rhys")
                    && !(Character.isLowerCase(chars[words.start(k)]) && !words.common(k - 1)
                            && (words.first(k + 1) || words.surname(k + 1)) && !words.wordName(k + 1))) {
                continue;
            }
            int start = words.start(k - 1);
            int end = words.end(sur);
            // (a run under the threshold gives way: "son Cathal Ó Súilleabháin 087 614 2290" was read so, and the relative's
            // word took the given name alone)
            if (out.stream().anyMatch(r -> r.start() <= start && r.end() >= end && r.score() >= 0.5)) {
                continue;
            }
            out.removeIf(r -> r.start() >= start && r.end() <= end || r.start() <= start && r.end() >= end);
            out.add(new RecognizerResult(ENTITY, start, end, 0.85, "name: first name and an Irish surname"));
        }
    }

    /** @return whether the word is a lower-case letter and then a capital, as an Irish surname after "an" ("tSaoi", "tSúilleabháin") */
    private static boolean prefixedCapital(char[] chars, Words words, int w) {
        int s = words.start(w);
        return words.end(w) - s >= 3 && (chars[s] == 't' || chars[s] == 'n' || chars[s] == 'h') && Character.isUpperCase(chars[s + 1])
                && Character.isLowerCase(chars[s + 2]);
    }

    /** @return a word's bits in the name lists, for a word beyond ASCII that is in none as written those of its form without diacritics */
    private static int kindsWithoutDiacritics(Words words, int w) {
        String kept = words.kept(w);
        if (kept == null) {
            return (words.first(w) ? NameLists.FIRST : 0) | (words.surname(w) ? NameLists.SURNAME : 0)
                    | (words.common(w) ? NameLists.NOT_NAME : 0) | (words.wordName(w) ? NameLists.WORD_NAME : 0);
        }
        int kinds = NameLists.get().kinds(kept);
        return kinds != 0 ? kinds : NameLists.get().kindsWithoutDiacritics(kept);
    }

    private static boolean lineSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** @return whether the text has letters and none of them is a capital */
    static boolean noCapitals(char[] chars) {
        boolean letters = false;
        for (char c : chars) {
            if (c >= 'A' && c <= 'Z' || c >= 128 && Character.isUpperCase(c)) {
                return false;
            }
            letters |= c >= 'a' && c <= 'z';
        }
        return letters;
    }

    /**
     * @return the characters with the first letter of each word of the name lists capitalised, but for
     *     common words and words mostly used otherwise ("will", "london"): the same length, so the same offsets
     */
    private static char[] capitalised(char[] chars, Words words) {
        char[] out = chars.clone();
        for (int w = 0; w < words.size(); w++) {
            if ((words.first(w) || words.surname(w)) && !words.common(w) && !words.wordName(w) && words.lowerLength(w) > 1) {
                out[words.start(w)] = Character.toUpperCase(out[words.start(w)]);
            }
        }
        return out;
    }

    /** Lower-case particles of surnames ("van", "de", "ten"): inside a name between capitalised words. */
    static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das",
            "du", "ten", "ter", "bin", "ibn", "al", "el");
    private static final WordTable PARTICLE_TABLE = WordTable.of(PARTICLES, 1);

    /**
     * The first particles of Dutch, German and Flemish surnames ("van", "von", "ten"; "van der", "van den" after them): a
     * name's sure sign after a first name. Not "de" alone, which Spanish places and saints have too ("San Juan de Dios",
     * "José de San Martín": MEDDOCAN's hospitals and streets were lost to names with it).
     */
    private static final WordTable GERMANIC_PARTICLE_TABLE = WordTable.of(List.of("van", "von", "ten", "ter", "zu", "vom",
            "zum"), 1);
    /** Dutch and German bodies' first words that are given names too ("Raad van State", "Hof van Justitie", "Huis ten Bosch"). */
    private static final WordTable BODY_TABLE = WordTable.of(List.of("raad", "hof", "huis", "rijk", "stad", "kamer", "bank",
            "haus", "rat", "amt"), 1);

    /**
     * A known first name, one or two Dutch, German or Flemish particles and a capitalised word ("Thijs van der Meulen",
     * "Noor van den Broeck", "Karl von Berg"): a name, though the name model, trained on English, rates it low (0.36 for
     * "Thijs van der Meulen"). Raised to 0.85, or added. Not a first name that is mostly something else ("Laan van
     * Meerdervoort", "Hoek van Holland" begin with none), nor a street's type that is a name too ("Calle de Lope de Vega":
     * "Calle" is a Swedish one). After the runs: the name model is trained as before.
     */
    private void particleNames(char[] chars, Words words, List<RecognizerResult> out) {
        List<int[]> spans = new ArrayList<>();
        for (int w = 0; w + 2 < words.size(); w++) {
            if (!words.capitalised(w) || words.in(w + 1, GERMANIC_PARTICLE_TABLE) == 0 || words.capitalisedOrInitial(w + 1)
                    || words.in(w, BODY_TABLE) != 0
                    || !words.adjacentToNext(w) || !words.first(w) || words.is(w, NameLists.WORD_NAME | NameLists.NOT_NAME)
                    || STREET_TYPES_BEFORE.contains(new String(words.chars, words.start(w), words.end(w) - words.start(w)))) {
                continue;
            }
            int p = particlesThenName(words, w + 1);
            if (p == 0) {
                continue;
            }
            int last = w + 1 + p;
            // a street named after a person: a house number after it, or a street's ending ("Johan van Oldenbarneveltlaan 5")
            if (houseNumberAfter(chars, words.end(last)) || streetEnding(words.lower(last))) {
                w = last;
                continue;
            }
            spans.add(new int[] {words.start(w), words.end(last)});
            w = last;
        }
        if (spans.isEmpty()) {
            return;
        }
        // one pass over the results by start for all the spans (in ascending order): a result covering a span is raised, one
        // inside a span gives way to the span, a span with neither is added
        List<RecognizerResult> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        java.util.Set<RecognizerResult> raise = new java.util.HashSet<>();
        java.util.Set<RecognizerResult> inside = new java.util.HashSet<>();
        List<RecognizerResult> added = new ArrayList<>();
        int from = 0;
        for (int[] span : spans) {
            while (from < sorted.size() && sorted.get(from).start() < span[0] - LONGEST_NAME) {
                from++;
            }
            boolean covered = false;
            String inner = null;
            List<RecognizerResult> in = new ArrayList<>();
            for (int r = from; r < sorted.size() && sorted.get(r).start() < span[1]; r++) {
                RecognizerResult result = sorted.get(r);
                if (result.start() <= span[0] && result.end() >= span[1]) {
                    covered = true;
                    if (result.score() < 0.85) {
                        raise.add(result);
                    }
                } else if (result.start() >= span[0] && result.end() <= span[1]) {
                    in.add(result);
                    if (result.score() >= 0.5 && inner == null) {
                        inner = result.explanation(); // "Madame Anne" of "Madame Anne van den Broeck"
                    }
                }
            }
            if (!covered) {
                inside.addAll(in);
                added.add(new RecognizerResult(ENTITY, span[0], span[1], 0.85,
                        inner != null ? inner + ", with its particles and surname" : "name: a first name and a surname with its particles"));
            }
        }
        List<RecognizerResult> kept = new ArrayList<>(out.size() + added.size());
        for (RecognizerResult result : out) {
            if (raise.contains(result)) {
                kept.add(new RecognizerResult(ENTITY, result.start(), result.end(), 0.85,
                        result.explanation() + ", a first name and a surname with its particles"));
            } else if (!inside.contains(result)) {
                kept.add(result);
            }
        }
        kept.addAll(added);
        out.clear();
        out.addAll(kept);
    }

    /** The longest name {@link #particleNames} looks back over for one that covers a span. */
    private static final int LONGEST_NAME = 200;

    /** Whether a word in lower case ends as a Germanic or Nordic street's name does ("oldenbarneveltlaan", "burenplein"). */
    private static boolean streetEnding(String lower) {
        for (String suffix : StreetAddressRecognizer.SUFFIX_WORDS) {
            if (lower.length() > suffix.length() && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** @return how many lower-case particles (one or two) stand from word {@code k} right before a capitalised word, or 0 */
    private static int particlesThenName(Words words, int k) {
        int p = 0;
        while (p < 2 && k + p + 1 < words.size() && !words.capitalisedOrInitial(k + p) && words.in(k + p, PARTICLE_TABLE) != 0
                && words.adjacentToNext(k + p)) {
            p++;
            if (words.capitalised(k + p)) {
                return p;
            }
        }
        return 0;
    }

    /**
     * Words in capitals after which a name begins inside a run of capitals: a bank statement's payees and payers
     * ("ZELLE TO ANGELA RUIZ", "TRANSFER FROM MARK DAVIS"), a cheque's "PAY TO". In mixed case these words are in
     * lower case and end the run before the name.
     */
    private static final WordTable CAPITAL_LINKS = WordTable.of(List.of("to", "from", "for", "by", "via", "attn", "payee", "and"), 1);

    /**
     * A run of capitals that is no name whole ("ZELLE TO ANGELA RUIZ": it begins with no first name) is read again
     * in its stretches between {@link #CAPITAL_LINKS}, or else up to a column's gap. Not told to the
     * trainer: the name model learns from the runs as they are (so it trains to the same bytes).
     */
    private void afterCapitalLink(CharSequence text, char[] chars, Words words, int i, int j, List<RecognizerResult> out,
            List<int[]> singles) {
        // each stretch between two links, of two words or more ("GIFT FROM JOHN AND MARY TAYLOR": "MARY TAYLOR"; "FLIGHTS
        // FROM AUSTIN TO PHOENIX": "AUSTIN", "PHOENIX", one word each, are none)
        int found = out.size();
        for (int k = i; k < j; k++) {
            if (words.in(k, CAPITAL_LINKS) != 0) {
                int end = k + 1;
                while (end + 1 <= j && words.in(end + 1, CAPITAL_LINKS) == 0) {
                    end++;
                }
                if (end > k + 1) {
                    score(text, chars, words, k + 1, end, out, singles, null);
                }
                k = end;
            }
        }
        if (out.size() > found) {
            return;
        }
        // and a name before a column's gap (two spaces or a tab), the words after it dropped: a label's columns run into
        // the next one ("MARIA-ELENA CASTILLO  TAKE 1 TABLET"); not within a headline's single spaces ("CALVIN KLEIN
        // UNDERWEAR", "ROYAL VISIT TO LIVERPOOL")
        for (int end = j - 1; end > i; end--) {
            if (columnGap(chars, words.end(end), words.start(end + 1))) {
                score(text, chars, words, i, end, out, singles, null);
                return;
            }
        }
    }

    /** @return whether a tab or two spaces stand between two positions */
    private static boolean columnGap(char[] chars, int from, int to) {
        return to - from >= 2 || to - from == 1 && chars[from] == '\t';
    }

    /**
     * The English titles of TITLE_LIST that begin a name inside a run of capitalised words ({@link #score}) before a name the
     * lists know, no common word ("Regards Jane Doe Ms Sales" is none); the German and French ones are {@link #titledNames}'s
     * there ("Der Kollege Herr Schmidt").
     */
    private static final Set<String> INNER_TITLES = Set.of("mr", "mrs", "ms");
    /**
     * The titles of TITLE_LIST that begin a name inside a run before a known first name only, and no town ("Sunset Dr Austin");
     * "Mx" is a note's management as often ("Dx Cellulitis Mx Flucloxacillin").
     */
    private static final Set<String> FIRST_NAME_TITLES = Set.of("dr", "prof", "miss", "mx");

    /** Languages that are surnames too, read as no name alone in brackets. */
    private static final WordTable LANGUAGE_TABLE = WordTable.of(Set.of("punjabi", "urdu", "hindi", "bengali", "gujarati", "tamil",
            "telugu", "marathi", "tagalog", "cantonese", "mandarin", "somali", "amharic", "tigrinya", "pashto", "dari", "farsi",
            "kurdish", "swahili", "yoruba", "igbo", "hausa", "polish", "romanian", "arabic", "portuguese", "spanish", "french",
            "german", "italian", "russian", "ukrainian", "turkish", "vietnamese", "korean", "japanese", "english", "welsh",
            "gaelic", "irish", "lithuanian", "latvian", "czech", "slovak", "hungarian", "bulgarian", "greek", "albanian"), 1);
    /** The makes of vehicles whose names are given names or surnames too. */
    private static final WordTable VEHICLE_MAKE_TABLE = WordTable.of(Set.of("ford", "morris", "austin", "chevrolet", "dodge",
            "lincoln", "mercedes", "royce", "bentley", "porsche", "ferrari", "lancia", "seat", "opel", "honda", "suzuki",
            "mitsubishi", "toyota", "nissan", "mazda", "isuzu", "tesla", "jaguar", "rover", "peugeot", "renault", "citroen",
            "volvo", "hyundai", "kia", "skoda", "fiat", "dacia"), 1);

    /**
     * The makes of vehicles, firearms and telephones that are no given names nor common surnames: before a model's name
     * they make no person's name (not "Suzuki", "Honda", "Ford": surnames too, {@link #VEHICLE_MAKE_TABLE}'s).
     */
    private static final WordTable MAKE_TABLE = WordTable.of(Set.of("škoda", "skoda", "hyundai", "volkswagen", "peugeot", "renault",
            "citroën", "citroen", "mitsubishi", "subaru", "opel", "volvo", "mossberg", "yamaha", "ducati", "samsung", "huawei",
            "xiaomi"), 1);
    /** Makes that are given names or surnames too ("Walther Hoffmann", "Sako Hovsepian"): before a word no list knows only. */
    private static final WordTable NAME_LIKE_MAKE_TABLE = WordTable.of(Set.of("beretta", "benelli", "sako", "tikka", "glock",
            "walther", "ruger", "dacia", "nissan", "mazda"), 1);

    /** Whether a vehicle's word follows {@code at} past a blank ("Ford Transit van", "Toyota Hilux pickup"). */
    private static boolean vehicleAfter(char[] chars, int at) {
        int k = at;
        while (k < chars.length && k - at < 2 && chars[k] == ' ') {
            k++;
        }
        int e = k;
        while (e < chars.length && Character.isLetter(chars[e])) {
            e++;
        }
        String w = new String(chars, k, e - k).toLowerCase(Locale.ROOT);
        return k > at && VEHICLE_WORDS.contains(w);
    }

    /** A vehicle's words after its make and model. */
    private static final Set<String> VEHICLE_WORDS = Set.of("van", "car", "truck", "pickup", "pick", "hatchback", "sedan", "saloon",
            "suv", "estate", "minivan", "lorry", "bus", "coupe", "convertible", "wagon");

    /** Scores the run of capitalised words i..j (inclusive), trimming common words at its edges. */
    private void score(CharSequence text, char[] chars, Words words, int i, int j, List<RecognizerResult> out,
            List<int[]> singles, Candidates candidates) {
        int runStart = i;
        if (words.in(i, DEPARTMENT_TABLE) != 0) {
            return; // a department's name: "Unidad del Dolor", "Servicio de Cirugía Oral" (a table's next cell is another run)
        }
        if (words.start(i) > 0 && chars[words.start(i) - 1] == '_' || words.end(j) < chars.length && chars[words.end(j)] == '_') {
            return; // a variable's name ("- name: DB_HOST", "SMTP_RELAY": a twenty-sixth held-out set's Kubernetes manifest)
        }
        if (i == j && words.in(i, LANGUAGE_TABLE) != 0 && words.start(i) > 0 && chars[words.start(i) - 1] == '('
                && words.end(i) < chars.length && chars[words.end(i)] == ')') {
            return; // a language in brackets ("daughter interpreted (Punjabi) at visits 1-3", the same set's physiotherapy note)
        }
        if (j == i + 1 && words.in(i, VEHICLE_MAKE_TABLE) != 0 && vehicleAfter(chars, words.end(j))) {
            return; // a vehicle's make and model ("a white Ford Transit van", the same set's witness statement)
        }
        if (j == i + 1 && (words.in(i, MAKE_TABLE) != 0 || words.in(i, NAME_LIKE_MAKE_TABLE) != 0 && !words.first(j) && !words.surname(j))) {
            return; // a make no person is named and its model ("Škoda Octavia", "Benelli Montefeltro": a twenty-seventh set's)
        }
        // a surname that is a common word too is kept right after a title: "Dr. Brown", "Mr. Young", "Mrs. White"; asked
        // only when such a word would be trimmed (a look for the title before it, which most runs need not)
        int keep = -2;
        // leading common words and titles are trimmed; only the last one trimmed may stand for a title,
        // and it is asked for only when the run does not end here ("The", "This": most runs); and a relative's word the
        // lists know as a surname too before a first name and a surname ("Neighbour John Smith", "Cousin Ana Lopez")
        while (i <= j && (words.common(i) || !words.initial(i) && words.in(i, TITLE_TABLE) != 0
                || i + 1 < j && !words.initial(i) && !words.first(i) && words.first(i + 1) && words.in(i, RELATIVE_TABLE) != 0)) {
            if (keep == -2 && i <= runStart + 1 && words.common(i)) {
                keep = surnameAfterTitle(chars, words, runStart, j);
            }
            if (i == keep) {
                break;
            }
            i++;
        }
        // a role's or a body's words before a title inside the run ("Head Mrs Janet Oduya", "School DSL Mrs Janet Oduya", "NHS
        // Mr John Smith": a twenty-sixth held-out set's social work note): the name begins after the title, before a name the
        // lists know; "Dr", "Prof", "Miss" and "Mx" only before a known first name that is no town ("Oak Ridge Dr Springfield",
        // "Little Miss Sunshine", "Sunset Dr Austin"); the words before the title are scored as a run of their own
        for (int k = i + 1; k < j; k++) {
            int place = words.initial(k) || words.allCaps(k) || words.common(k + 1) || !words.first(k + 1) && !words.surname(k + 1)
                    ? 0 : words.in(k, TITLE_TABLE);
            if (place != 0 && (INNER_TITLES.contains(TITLE_LIST.get(place - 1))
                    || FIRST_NAME_TITLES.contains(TITLE_LIST.get(place - 1)) && words.first(k + 1)
                    && !Cities.townOrCountry(new String(chars, words.start(k + 1), words.end(k + 1) - words.start(k + 1))))) {
                // the words before the title are a run of their own, a name too maybe ("Witnesses John Smith Mr Jones")
                score(text, chars, words, runStart, k - 1, out, singles, candidates);
                i = k + 1;
                break;
            }
        }
        // but a common word that is mostly a given name stays before a known name: "Mark Smith", "Grace
        // Kelly" (trimmed, "Mark" was left in a redacted text)
        // and after a label that introduces a name, before one word the lists do not know: "Nurse: Faith Chebet", "Patient:
        // Grace Wanjiku" (a nineteenth held-out set's; alone, "Chebet" was not taken), not "Nurse: Faith Based Care"
        if (i > runStart && i <= j && (words.surname(i) || words.first(i) || initialWithDot(chars, words, i)
                || i == runStart + 1 && i == j && !words.allCaps(i) && !staffWork(words, i)
                && strongIntroducer(chars, words.start(runStart))) && !words.wordName(i)
                && GIVEN_NAME_WORDS.contains(words.lower(i - 1))) { // not "Will Houston host it?"; "Una H. Snider"
            i--;
        }
        int runEnd = j;
        while (j >= i && j != keep && (words.common(j) || words.initial(j) || ordinalMark(chars, words, j)
                || words.in(j, DEPARTMENT_TABLE) != 0 || j < runEnd && words.in(j, PARTICLE_TABLE) != 0)) {
            if (j == runEnd && surnameLastAfterTitle(chars, words, runStart, i, j)) {
                break;
            }
            j--; // and the particle a trimmed word leaves: "Jefe de Servicio" is no "Jefe de"
        }
        // a common word that is mostly a surname stays after a known first name: "Zoe Young", "Ivan King"
        if (j >= i && j < runEnd && !words.initial(j + 1) && words.first(j) && SURNAME_WORDS.contains(words.lower(j + 1))) {
            j++;
        }
        if (i > j) {
            return; // "The", "This": a run of common words
        }
        String title = runTitle(chars, words, runStart, i); // the last leading word trimmed, when a title
        if (title == null && i < j && words.initial(i) && chars[words.start(i)] == 'M' && words.end(i) < chars.length
                && chars[words.end(i)] == '.' && words.first(i + 1) && !words.common(i + 1) && !words.wordName(i + 1)
                && !words.allCaps(i + 1) && words.start(i) > 0 && chars[words.start(i) - 1] != '\n') {
            // (a known first name after it, inside a line: "L. Parking\nM. Young Persons", "Schedule M. Hall Effect" are an
            // outline's letter and a schedule's)
            title = "m"; // French "M." (Monsieur) before a name, read as an initial: "M. Samuel Jaquier", "M. Pierre Dubois"
        }
        if ("paní".equals(title) && words.in(i, CZECH_OFFICE_TABLE) != 0) {
            // an office after Czech's Mrs., capitalised in a letter ("Vážená paní Ministryně,", "paní Doktorka Nováková": the
            // review's): no name, or the name after it
            if (i == j) {
                return;
            }
            i++;
        }
        // an initial before a word in capitals is in capitals too ("DR. K. BOATENG")
        boolean capitalised = words.allCaps(i) || words.initial(i) && i < j && words.allCaps(i + 1);
        if (title != null && !capitalised && (i > runStart ? words.allCaps(i - 1) : capitalsBefore(chars, words.start(i)))) {
            // a title in capitals before a word in Title case is an abbreviation: "MR Lasix" and "Mild MR. Trace TR."
            // (mitral regurgitation), "Hx of MS. Presents" (multiple sclerosis); "MR. SMITH" is a title
            title = null;
        }
        if ("dr".equals(title) && houseNumberBeforeRun(chars, words.start(i - 1))) {
            return; // a street's "Dr." (Drive) after its name and house number: "8850 E. Sierra Vista Dr. Utility agrees"
        }
        boolean titledRun = title != null && TITLES.contains(title);
        if (!titledRun && (placeFollows(words, j) || numberBefore(chars, words.start(i)) || eponym(chars, words, i, j)
                || departmentBefore(chars, words.start(i))
                || facilityBefore(chars, words, i) && !strongIntroducer(chars, words.start(runStart))
                || houseNumberAfter(chars, words.end(j)) && streetTypeBefore(chars, words.start(i))
                || i == j && sentenceStarter(chars, words, i)
                // two known names joined alone are as often an eponym as a double surname ("Bence-Jones", "Epstein-Barr",
                // "Harris-Benedict"): a name with a first name, a title or a label ("Olivier Lambert-Mercier")
                || i == j && words.byParts(i) && !strongIntroducer(chars, words.start(runStart)))) {
            return;
        }
        if (runStart < i && houseNumberAfter(chars, words.end(j)) && streetTypeBefore(chars, words.start(runStart))) {
            return; // a street named after a titled person: "C/ Doctor Martín Lagos, s/n", "Rua Doutor Alves 12"
        }
        int first = 0;
        int sur = 0;
        int known = 0;
        int solid = 0; // known words that are not mostly something else
        int n = j - i + 1;
        boolean anyFirst = j > i; // a surname by its ending counts beside a given name only, known or not
        for (int k = i; k <= j && !anyFirst; k++) {
            anyFirst = !words.initial(k) && words.first(k);
        }
        for (int k = i; k <= j; k++) {
            if (words.initial(k)) {
                continue;
            }
            boolean f = words.first(k);
            boolean s = words.surname(k) && (anyFirst || !words.byEnding(k));
            first += f ? 1 : 0;
            sur += s ? 1 : 0;
            known += f || s ? 1 : 0;
            solid += (f || s) && !words.wordName(k) ? 1 : 0;
        }
        int start = words.start(i);
        int end = words.end(j);
        boolean capsRun = allCaps(words, i, j);
        // in capitals, a first name of parts too ("MARIA-ELENA CASTILLO" on a prescription's label)
        boolean firstIsFirst = words.first(i) || capsRun && n >= 2 && compound(chars, words, i)
                && firstNames(new String(chars, words.start(i), words.end(i) - words.start(i)));
        // in capitals, a surname of parts ("O'CONNOR", "VASQUEZ-MORROW") is known by its parts as in a comma name
        boolean lastIsSur = words.surname(j) && (anyFirst || !words.byEnding(j)) || words.first(j) || capsRun && n >= 2 && compound(chars, words, j)
                && surname(new String(chars, words.start(j), words.end(j) - words.start(j)));
        if (capsRun && n >= 2 && !(firstIsFirst && lastIsSur) && !streetTypeBefore(chars, start)) {
            // in capitals with their accents ("MARÍA FERNANDA GÓMEZ ARIAS" of a Mexican register, "JOSÉ PÉREZ"): the lists
            // know the words without them; the pair pass that reads them so skips words in capitals
            firstIsFirst |= (kindsWithoutDiacritics(words, i) & (NameLists.FIRST | NameLists.NOT_NAME)) == NameLists.FIRST;
            lastIsSur |= (kindsWithoutDiacritics(words, j) & (NameLists.SURNAME | NameLists.NOT_NAME)) == NameLists.SURNAME;
        }
        String intro = nameIntroducer(chars, start);
        if (intro != null && solid == 0 && KNOWN_WORD_LABELS.contains(intro)) {
            // a signature's, a case officer's or a contact's label before a job, a desk or an office ("Aláírás: Ügyvezető
            // igazgató", "Saksbehandler: NAV Drammen", "Underskrift: Ort och datum", "il sottoscritto Comune di Bologna"):
            // a name there has a word the lists know
            intro = null;
        }
        if (intro != null && ROLE_LABEL_SET.contains(intro) && !(words.first(i) && !words.common(i) && !words.wordName(i))) {
            // a role's label introduces a name that begins with a known first name (not a common word, nor one mostly used
            // otherwise) only: the capitalised words of a form after it are no name ("Tenant: Vacant Possession", "Pupil:
            // Free School Meals", "Claimant: Secretary Of State For Health", "Insured: Policy Holder")
            intro = null;
        }
        if (intro != null && STAFF_LABEL_SET.contains(intro) && staffWork(words, i)) {
            intro = null;
        }
        if (intro != null && NAME_OF.contains(intro) && (solid == 0 && !(capsRun && n >= 2) || deity(words, i, j)
                || words.in(j, ORGANISATION_TABLE) != 0 || words.in(j, FIRM_TABLE) != 0)) {
            // "in the name of" a name the lists know, or one in capitals of two words or more; not a firm's ("in the name of
            // Computershare", "Oxfam", "a nombre de Construcciones Ruiz SA"), a cause's or a god's ("In the name of Freedom", "au
            // nom de Dieu")
            intro = null;
        }
        // "sig.ra" is "sigra" without its dot; "dott.ssa", "prof.ssa" and "avv.ta" are titles only as written
        boolean titled = title != null && (TITLES.contains(title.replace(".", "")) || DOTTED_TITLES.contains(title))
                // the titles that are words of places, clinics and idioms too before a name the lists know only ("dokter
                // Google", "Dokter Gigi Sehat", "Ratu Plaza", "Datuk Bandar Kuala Lumpur": the review's)
                && (!TITLES_BEFORE_KNOWN.contains(title) || knownNameAt(words, i));
        boolean strong = intro != null && STRONG_INTRODUCERS.contains(intro);
        boolean introduced = intro != null && (solid > 0 || strong);
        // the pattern begins with ^: only the window's start can match, which lookingAt() tries alone
        boolean credentialed = credentialMayFollow(chars, end)
                && CREDENTIAL.matcher(text.subSequence(end, Math.min(text.length(), end + 12))).lookingAt();
        boolean label = end < chars.length && chars[end] == ':' && intro == null && !titled;
        double score;
        String why; // the explanation, whole: most are constants, not joined for each name
        boolean surnameFirst = false; // the rules' reading stands, not the name model's: it was trained on given names first
        if (label && n == 1 && !firstIsFirst) {
            return; // "Rhythm:", "Reason:" are labels
        }
        if (n == 1 && intro != null && ROLE_LABEL_SET.contains(intro) && NO_ONE.contains(words.lower(i))) {
            return; // "Guarantor: None"; but "Dear Na", "Signed: Nil" are names
        }
        if (n == 1 && strong && words.allCaps(i) && words.in(i, CREDENTIAL_BEFORE_TABLE) != 0) {
            return; // a credential where the name would stand: "Resp. Therapist: RT", "Nurse: RN"
        }
        if (strong && !titled && !credentialed && team(words, i, j)) {
            // "Contact: Sales", "Attn: Accounts Payable", "Contact: MacBook Support" are desks, not people (after a weak
            // introducer the name model decides: "with Sales")
            return;
        }
        if (intro != null && GREETINGS_AND_CLOSINGS.contains(intro) && first == 0
                && ADDRESSEES.contains(new String(chars, start, words.end(i) - start).toLowerCase(Locale.ROOT))) {
            return; // "Dear Hiring Manager", "Sincerely, Human Resources" greet or sign as no person ("Dear Hiring Manager Sarah Jones" does)
        }
        if (!titled && !credentialed && !(strong && !ROLE_LABEL_SET.contains(intro) && !NAME_OF.contains(intro))
                && organisation(words, i, j)) {
            return; // "Johnson Space Center", "Fuse TV"; but "My name is Maria Plaza"
        }
        if (capsRun && !titled && !credentialed && !strong
                && !(n >= 2 && firstIsFirst && lastIsSur)) {
            return; // all-caps text ("EMERGENCY DEPT") needs a title, a credential, an introducer or both dictionaries
        }
        if (credentialed) {
            score = 0.85;
            why = "name: credential after the name";
        } else if (titled) {
            score = 0.85;
            why = "name: title '" + title + "'";
        } else if (strong) {
            score = 0.85;
            why = "name: introduced by '" + intro + "'";
        } else if (n >= 2 && firstIsFirst && lastIsSur && solid > 0) {
            score = 0.85;
            why = "name: first name and surname";
        } else if (n == 2 && solid > 0 && words.surname(i) && !words.first(i) && words.first(j) && !words.surname(j)
                && !words.common(i) && !words.common(j) && !words.wordName(i) && !words.wordName(j)
                // (not a street or a square named after a person, nor towns: "Kossuth Lajos tér", "Melbourne Adelaide", a review's)
                && !streetWordAfter(chars, end) && !Cities.townOrCountry(new String(chars, words.start(i), words.end(i) - words.start(i)))
                && !Cities.townOrCountry(new String(chars, words.start(j), words.end(j) - words.start(j)))) {
            // the surname first, as Hungarian writes a name ("Horváth Levente kérte", "Pintér Judit egyéni vállalkozó": a
            // twenty-eighth held-out set's condominium minutes), each word known for its place only
            score = 0.6;
            why = "name: a surname, then a given name";
            surnameFirst = true;
        } else if (n >= 2 && (firstIsFirst || lastIsSur)) {
            // words that running text mostly uses otherwise ("Houston Texas", "Washington Post") are weak alone,
            // and "to", "from", "with" before them do not make them names ("flew to Houston")
            score = known >= 1 && introduced ? 0.75 : solid > 0 ? 0.6 : WEAK;
            why = firstIsFirst ? "name: known first name" : "name: known surname";
        } else if (n >= 2 && intro != null && allProperCase(words, i, j)) {
            score = 0.55;
            why = "name: capitalised words after '" + intro + "'";
        } else if (n == 1 && first > 0) {
            score = introduced ? 0.6 : solid > 0 ? 0.5 : WEAK;
            why = "name: known first name";
        } else if (n == 1 && sur > 0) {
            score = strong ? 0.5 : 0.1;
            why = "name: known surname";
        } else {
            // neither end known: a role or another language's word may begin a line or a sentence before a known first
            // name and its surname ("Foreman Terrence Oduya signed", "Handläggare Emir Hodžić ringde"), where the whole run is
            // no name
            if (roleBeforeName(chars, words, i, j, runStart, title, intro)) {
                score(text, chars, words, i + 1, j, out, singles, candidates);
            }
            return;
        }
        double ruleScore = score;
        String kind = titled || credentialed || strong || surnameFirst ? null
                : kind(n, first, sur, solid, firstIsFirst, lastIsSur, intro != null);
        if (kind != null && (model.present() || candidates != null)) {
            if (candidates != null) {
                NameModel.Named named = new NameModel.Named();
                NameFeatures.of(chars, words, i, j, kind, ruleScore, named);
                candidates.candidate(start, end, ruleScore, named.list());
            }
            if (model.present()) {
                NameModel.Sum sum = model.sum();
                NameFeatures.of(chars, words, i, j, kind, ruleScore, sum);
                double p = sum.probability();
                score = NameModel.decide(kind, ruleScore, p);
                why = why + NameFeatures.MODEL_WHY[(int) Math.round(p * 100)];
            }
        }
        if (n == 1 && first > 0 && !titled && solid > 0) { // "London, Paris and Berlin" are no list of names
            singles.add(new int[] {out.size(), start, end, 0});
        } else if (n == 1 && sur > 0 && first == 0 && !titled && ruleScore < 0.5) { // the rules' score: the lists' support is theirs
            singles.add(new int[] {out.size(), start, end, 1});
        }
        out.add(new RecognizerResult(ENTITY, start, end, score, why));
    }

    /** The words of a street or a square after a person's name that names it, Hungarian's and others' ("Kossuth Lajos tér"). */
    private static final Set<String> STREET_WORDS_AFTER = Set.of("tér", "téren", "téri", "teret", "utca", "utcai", "utcában", "út",
            "úton", "útja", "körút", "körúton", "híd", "sor", "köz", "park", "street", "road", "square", "avenue", "utcán", "ulica", "náměstí",
            "trg", "ulice", "námestie");

    /** @return whether a street's word follows {@code end} after one blank */
    private static boolean streetWordAfter(char[] chars, int end) {
        if (end + 1 >= chars.length || chars[end] != ' ') {
            return false;
        }
        int k = end + 1;
        while (k < chars.length && Character.isLetter(chars[k]) && k - end < 16) {
            k++;
        }
        return k > end + 1 && STREET_WORDS_AFTER.contains(new String(chars, end + 1, k - end - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The endings of a role's or a trade's word in the languages of the sets ("Foreman", "Plumber", "Handläggare",
     * "Inspektor", "Conductor", "Dentist", "Pharmacien", "Ingeniero"): a heading's first word ("Hurricane", "Project",
     * "Escuela", "Stiftung", "Release") and a given name not in the lists ("Thandiwe Michelle Mokoena") have none of them
     * (a review's).
     */
    private static final List<String> TRADE_ENDINGS = List.of("er", "or", "man", "men", "ist", "ant", "ent", "ian", "are",
            "ere", "eur", "ier", "ero", "era", "ista", "ore", "ør", "ör", "ess");

    private static boolean roleWord(String lower) {
        return TRADE_ENDINGS.stream().anyMatch(e -> lower.length() > e.length() + 2 && lower.endsWith(e));
    }

    /**
     * @return whether the run i..j is three words in Title case at a line's or a sentence's start, its first one no
     *     title, no introducer before it, and its second a known first name that is mostly one (not a common word, nor
     *     one the lists say is mostly something else): a role or a word of another language before a name
     */
    private static boolean roleBeforeName(char[] chars, Words words, int i, int j, int runStart, String title, String intro) {
        if (j - i != 2 || i != runStart || title != null || intro != null || words.initial(i) || words.initial(j)
                || words.allCaps(i) || words.allCaps(i + 1) || words.allCaps(j) || !words.first(i + 1) || words.common(i + 1)
                || words.wordName(i + 1) || words.common(j) || words.wordName(j) || !words.adjacentToNext(i)
                || !words.adjacentToNext(i + 1) || !roleWord(words.lower(i))) {
            return false;
        }
        int k = words.start(i);
        while (k > 0 && (chars[k - 1] == ' ' || chars[k - 1] == '\t')) {
            k--;
        }
        return k == 0 || chars[k - 1] == '\n' || chars[k - 1] == '\r'
                || chars[k - 1] == '.' && k < words.start(i) && k >= 2 && Character.isLowerCase(chars[k - 2]);
    }

    /**
     * @return what the rules found of a run they are unsure of, a feature of the model ("fs": a known first
     *     name and surname; "m1": two or more words, one end known; "mi": capitalised words after an
     *     introducer; "f1": one known first name; "s1": one known surname), or null for a run they are
     *     sure of
     */
    private static String kind(int n, int first, int sur, int solid, boolean firstIsFirst, boolean lastIsSur, boolean intro) {
        if (n >= 2 && firstIsFirst && lastIsSur && solid > 0) {
            return "fs";
        } else if (n >= 2 && (firstIsFirst || lastIsSur)) {
            return "m1";
        } else if (n >= 2 && intro) {
            return "mi";
        } else if (n == 1 && first > 0) {
            return "f1";
        } else if (n == 1 && sur > 0) {
            return "s1";
        }
        return null;
    }

    /**
     * A name before a login in brackets that spells it ("Admitting nurse: Faith Chebet (fchebet)", "CHECKED IN BY THABO MOLEFE
     * (kd_tmolefe)", "Marcus Lucero (tech_mlucero2)"; a twentieth held-out set's): one to four capitalised words or initials
     * before the bracket, as {@link UsernameRecognizer#spelledByName} reads the login.
     */
    private static void namesSpelledByLogins(String plain, List<RecognizerResult> out) {
        Added added = null; // made at the first name found: the names found already stay
        for (int open = plain.indexOf('('); open >= 0; open = plain.indexOf('(', open + 1)) {
            int close = open + 1;
            while (close < plain.length() && close - open <= 32 && (Character.isLowerCase(plain.charAt(close)) || Character.isDigit(plain.charAt(close))
                    || plain.charAt(close) == '.' || plain.charAt(close) == '_' || plain.charAt(close) == '-')) {
                close++;
            }
            if (close >= plain.length() || plain.charAt(close) != ')' || close - open < 4 || !Character.isLowerCase(plain.charAt(open + 1))
                    || !UsernameRecognizer.spelledByName(plain, open, plain.substring(open + 1, close))) {
                continue;
            }
            int end = open;
            while (end > 0 && plain.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            // the login's parts: a name's word it spells is taken though a common word ("Diana Pop (diana.pop)", a
            // twenty-seventh held-out set's drone registration)
            List<String> parts = List.of(plain.substring(open + 1, close).split("[._-]"));
            for (int words = 0; words < 4; words++) {
                int s = start;
                while (s > 0 && (Character.isLetter(plain.charAt(s - 1)) || plain.charAt(s - 1) == '-' || plain.charAt(s - 1) == '\''
                        || plain.charAt(s - 1) == '.' && s == start)) {
                    s--;
                }
                String word = plain.substring(s, start).replace(".", "").toLowerCase(Locale.ROOT);
                if (s == start || !Character.isUpperCase(plain.charAt(s)) || s > 0 && !(plain.charAt(s - 1) == ' ' || plain.charAt(s - 1) == '\t'
                        || plain.charAt(s - 1) == '\n' || plain.charAt(s - 1) == ':')
                        || word.length() > 1 && (NameLists.get().kinds(word) & NameLists.NOT_NAME) != 0 && !parts.contains(word)) {
                    break; // not a common word before the name ("CHECKED IN BY THABO MOLEFE")
                }
                start = s;
                if (start < 2 || plain.charAt(start - 1) != ' ') {
                    break;
                }
                start--;
            }
            while (start < end && !Character.isUpperCase(plain.charAt(start))) {
                start++;
            }
            if (start < end && nameListWordIn(plain, start, end) && givenFirst(plain, start, end)) {
                added = added == null ? new Added(out) : added;
                // (over a part found already: "Diana" of "Diana Pop (diana.pop)")
                added.addOver(new RecognizerResult(ENTITY, start, end, 0.85, "name: spelled by the login in brackets after it"), out);
            }
        }
        if (added != null) {
            added.into(out);
        }
    }

    /**
     * Whether a word from {@code start} to {@code end} is a first name or a surname of the lists, with its diacritics or
     * without: "Microsoft Teams (msteams)", "Patient Weight (pweight)" name a product and a field (a review's).
     */
    private static boolean nameListWordIn(String plain, int start, int end) {
        for (String w : plain.substring(start, end).split("[ .]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            int kinds = w.length() < 2 ? 0 : NameLists.get().kindsEitherWay(lower);
            if ((kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & NameLists.NOT_NAME) == 0) {
                return true;
            }
        }
        return false;
    }

    /** English prefixes before a hyphen, which no Cantonese syllable is ("Re-entry", "Pre-order", "Co-op", "Non-profit"). */
    private static final Set<String> ENGLISH_PREFIXES = Set.of("re", "pre", "co", "non", "semi", "sub", "anti", "self", "multi",
            "post", "mid", "ex", "de", "un", "over", "under", "out", "inter", "counter", "cross", "half", "sign", "check", "log",
            "look", "fail", "tube", "set", "opt", "drop", "pick", "walk", "back", "make", "take", "turn", "put", "get", "run",
            "pop", "lay", "follow", "break", "start", "shut", "stand", "build", "clean", "close", "cut", "kick", "lock", "add",
            "plug", "hand", "print", "read", "write", "dry", "well", "high", "low", "short", "full");
    /** English particles after a hyphen ("Sign-up", "Check-in", "Fail-over", "Sign-off"); not "on", a Cantonese syllable ("WONG Chi-on"). */
    private static final Set<String> ENGLISH_PARTICLES = Set.of("up", "in", "off", "out", "over", "down", "by", "away", "back",
            "end", "op", "ins", "ups", "outs", "offs", "through", "around", "about");

    /**
     * Whether the run from {@code start} to {@code end} begins with an initial or a given name of the lists, or is in capitals
     * ("T. Faleolo", "Marcus Lucero", "THABO MOLEFE"; not "Patient Weight (pweight)", "Heart Rate (hrate)", a review's).
     */
    private static boolean givenFirst(String plain, int start, int end) {
        int e = start;
        while (e < end && Character.isLetter(plain.charAt(e))) {
            e++;
        }
        String first = plain.substring(start, e);
        if (first.length() == 1 || plain.substring(start, end).chars().noneMatch(Character::isLowerCase)) {
            return true;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        return (NameLists.get().kindsEitherWay(lower) & NameLists.FIRST) != 0;
    }

    /** The Cantonese surnames of {@link #CANTONESE_SURNAMES} that are English words too, taken in capitals only. */
    private static final Set<String> ENGLISH_SURNAMES = Set.of("law", "man", "wan", "hung", "kong", "lung", "lok", "kam", "wai");

    /** Cantonese surnames as Hong Kong and Macau romanise them, in lower case. */
    private static final Set<String> CANTONESE_SURNAMES = Set.of("chan", "wong", "lee", "li", "lau", "cheung", "leung", "ho", "ng",
            "tang", "yip", "lam", "chow", "chau", "tsang", "kwok", "mak", "lai", "cheng", "fung", "yeung", "tse", "lo", "law", "chu",
            "choi", "tsui", "kwan", "siu", "poon", "yuen", "chung", "hui", "ma", "au", "yu", "wu", "luk", "kong", "shek", "so", "tam",
            "tong", "tsoi", "sze", "lui", "mok", "pang", "liu", "ko", "chiu", "fong", "hung", "koo", "ngai", "wan", "yung", "chong",
            "lung", "kwong", "ngan", "ip", "to", "szeto", "leong", "cheong", "kam", "lok", "wai");

    /**
     * A nickname in quotes in brackets right after a name ("Pádraigín Ní Bhriain (prefers \"Peig\")", "Losa Ah Kuoi-Leota
     * (\"Bubba\")": a twenty-seventh held-out set's hospice admission and injury log), maybe after "prefers", "known as",
     * "aka", "called": a capitalised word or two.
     */
    private static final Pattern QUOTED_NICKNAME = Pattern.compile("[ \\t]?\\((?:(?:prefers|known[ \\t]as|aka|a\\.k\\.a\\.|called|goes[ \\t]by|pet[ \\t]name|nickname|nick)[ \\t]+)?"
            + "[\"“„']([\\p{Lu}][\\p{L}'-]{1,15}(?:[ \\t][\\p{Lu}][\\p{L}'-]{1,15})?)[\"”“']\\)");

    /**
     * A nickname in quotes after a name and the word for "called" of Croatian, Serbian, Slovak, Czech, Polish, German, or
     * "alias", "aka", "known as" ("Jure Batistić zv. „Kokot“", a twenty-eighth held-out set's olive press register).
     */
    private static final Pattern NICKNAME_AFTER_WORD = Pattern.compile(",?[ \\t]+(?:(?<called>zv\\.|zvani|zvana|zvaný|zvaná|řečený|řečená"
            + "|zwany|zwana|genannt)|(?i:alias|aka|a\\.k\\.a\\.|known[ \\t]as))[ \\t]+"
            + "[\"“„'‚‘]([\\p{Lu}][\\p{L}'-]{1,15}(?:[ \\t][\\p{Lu}][\\p{L}'-]{1,15})?)[\"”“'‘’]");

    private static void quotedNicknames(String plain, List<RecognizerResult> out) {
        List<RecognizerResult> nicknames = null;
        Matcher after = NICKNAME_AFTER_WORD.matcher(plain);
        for (RecognizerResult r : out) {
            if (r.score() < 0.5 || r.end() + 8 > plain.length() || plain.charAt(r.end()) != ' ' && plain.charAt(r.end()) != ',') {
                continue;
            }
            after.region(r.end(), Math.min(plain.length(), r.end() + 56));
            // (after "alias", "aka", "known as" a given name of the lists only: not a desk's or an environment's, "alias
            // \"Prod\"", "known as \"Security Team\"", a review's)
            if (after.lookingAt() && (after.group("called") != null || knownGivenName(after.group(2).split("[ \\t]")[0]))) {
                nicknames = nicknames == null ? new ArrayList<>() : nicknames;
                nicknames.add(new RecognizerResult(ENTITY, after.start(2), after.end(2), 0.8, "name: a nickname in quotes after a name"));
            }
        }
        if (nicknames != null) {
            out.addAll(nicknames);
            nicknames = null;
        }
        if (plain.indexOf('(') < 0) {
            return;
        }
        Matcher m = QUOTED_NICKNAME.matcher(plain);
        for (RecognizerResult r : out) {
            if (r.score() < 0.5 || r.end() + 5 > plain.length() || plain.charAt(r.end()) != '(' && plain.charAt(r.end() + 1) != '(') {
                continue;
            }
            m.region(r.end(), Math.min(plain.length(), r.end() + 48));
            // (after "prefers", "known as"; or a given name the lists know after a name of a strong reading: not a contract's
            // defined term, "Jane Doe (\"Employee\")", nor "the Apollo Program (\"Moonshot\")", a weak run's)
            if (m.lookingAt() && (plain.charAt(m.start() + (plain.charAt(m.start()) == '(' ? 1 : 2)) != '"'
                    && plain.charAt(m.start() + (plain.charAt(m.start()) == '(' ? 1 : 2)) != '\u201c'
                    || r.score() >= 0.8 && knownGivenName(m.group(1)))) {
                nicknames = nicknames == null ? new ArrayList<>() : nicknames;
                nicknames.add(new RecognizerResult(ENTITY, m.start(1), m.end(1), 0.8, "name: a nickname in quotes after a name"));
            }
        }
        if (nicknames != null) {
            out.addAll(nicknames);
        }
    }

    /** @return whether a word is a given name of the lists, no common word nor one mostly used otherwise */
    private static boolean knownGivenName(String word) {
        int kinds = NameLists.get().kinds(word.toLowerCase(Locale.ROOT));
        return (kinds & NameLists.FIRST) != 0 && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
    }

    /** A US envelope's last line: a town, a state's code and a ZIP code ("FORT WORTH TX 76110", "Fort Worth, TX 76110-2201"). */
    private static final Pattern STATE_AND_ZIP_LINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[\\p{L}.'-]{1,30}(?:[ \\t]\\p{L}[\\p{L}.'-]{1,30}){0,2},?"
            + "[ \\t]+(?:" + ZipCodeRecognizer.US_STATE_CODES + ")[ \\t]+\\d{5}(?:-\\d{4})?[ \\t]*$");
    /** An envelope's street line: a house's number first. */
    private static final Pattern STREET_LINE = Pattern.compile("[ \\t]*\\d{1,6}[A-Z]?[ \\t]+\\p{Lu}[^\\r\\n]{2,60}");
    /** An addressee's line: two to four capitalised words or initials, in capitals or not ("MARICEL DELA CRUZ-BAUTISTA"). */
    private static final Pattern ADDRESSEE_LINE = Pattern.compile("[ \\t]*((?:\\p{Lu}[\\p{L}'-]{1,30}|\\p{Lu}\\.)(?:[ \\t]{1,2}(?:\\p{Lu}[\\p{L}'-]{1,30}"
            + "|\\p{Lu}\\.)){1,3})[ \\t]*");
    /** The words of an organisation's or an office's line over an address, no person's. */
    private static final Set<String> ADDRESSEE_NOT_PERSON = Set.of("llc", "inc", "corp", "co", "ltd", "company", "bank", "services",
            "service", "group", "associates", "department", "dept", "office", "center", "centre", "hospital", "clinic", "school",
            "university", "attn", "attention", "re", "the", "of", "and", "trust", "credit", "union", "insurance", "agency",
            "recovery", "partners", "law", "firm", "county", "city", "state", "court", "board", "federal", "national", "resident",
            "occupant", "current", "customer", "to", "from", "box", "po", "mail", "return", "address", "requested", "pllc", "pc",
            "lp", "llp", "na", "fcu", "dba", "ste", "suite", "floor", "care", "dental", "apartments", "apartment", "management",
            "property", "properties", "market", "location", "pickup", "leasing", "farmers", "realty", "homes", "village");

    /**
     * The addressee of a US letter: the line over its street line, which is over its town, state and ZIP code
     * ("MARICEL DELA CRUZ-BAUTISTA" / "2217 W BERRY ST APT 6" / "FORT WORTH TX 76110", a twenty-seventh held-out set's
     * collection letter: a given name no list knows, in capitals), when its words are no organisation's nor prose's.
     */
    private static void addressees(String plain, List<RecognizerResult> out) {
        if (plain.indexOf('\n') < 0) {
            return;
        }
        Matcher last = STATE_AND_ZIP_LINE.matcher(plain);
        while (last.find()) {
            int streetEnd = last.start() - 1;
            if (streetEnd < 1 || plain.charAt(streetEnd) != '\n') {
                continue;
            }
            streetEnd -= streetEnd > 0 && plain.charAt(streetEnd - 1) == '\r' ? 1 : 0;
            int streetStart = plain.lastIndexOf('\n', streetEnd - 1) + 1;
            if (streetStart < 2 || !STREET_LINE.matcher(plain).region(streetStart, streetEnd).matches()) {
                continue;
            }
            int nameEnd = streetStart - 1;
            nameEnd -= nameEnd > 0 && plain.charAt(nameEnd - 1) == '\r' ? 1 : 0;
            int nameStart = plain.lastIndexOf('\n', nameEnd - 1) + 1;
            Matcher name = ADDRESSEE_LINE.matcher(plain).region(nameStart, nameEnd);
            if (!name.matches()) {
                continue;
            }
            boolean person = true;
            boolean known = false; // a word the lists know as a given name or a surname (not "LAKEVIEW DENTAL CARE", the review's)
            for (String w : plain.substring(name.start(1), name.end(1)).split("[ \\t-]+")) {
                String lower = w.replace(".", "").toLowerCase(Locale.ROOT);
                int kinds = NameLists.get().kinds(lower);
                person &= !ADDRESSEE_NOT_PERSON.contains(lower) && (lower.length() <= 1 || PARTICLES.contains(lower)
                        || "dela".equals(lower) || (kinds & NameLists.NOT_NAME) == 0);
                known |= lower.length() > 2 && (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & NameLists.WORD_NAME) == 0;
            }
            person &= known;
            int start = name.start(1);
            int end = name.end(1);
            if (person && out.stream().noneMatch(r -> r.start() <= start && r.end() >= end && r.score() >= 0.5)) {
                out.removeIf(r -> r.start() < end && r.end() > start);
                out.add(new RecognizerResult(ENTITY, start, end, 0.8, "name: a letter's addressee over its street, town and ZIP code"));
            }
        }
    }

    /**
     * A Hong Kong name: one or two Cantonese surnames (in capitals as forms write them, or capitalised: three letters at
     * least, no English word) and the given name's two syllables joined by a hyphen, the second in small letters ("CHAN
     * Tai-man", "WONG LEE Siu-ling", "Cheung Mei-ling"; a twentieth held-out set's maintenance log); not an English
     * prefix or particle around the hyphen ("TO Sign-up", "IP Look-up", "Lee Co-op", "NG Tube-feed", a review's). Read
     * from each hyphen between small letters: most hyphens are no name's, and the capital before them is looked for in
     * code.
     */
    private static void hongKongNames(String plain, List<RecognizerResult> out) {
        for (int dash = plain.indexOf('-'); dash >= 0; dash = plain.indexOf('-', dash + 1)) {
            if (dash < 4 || dash + 3 > plain.length() || !Character.isLowerCase(plain.charAt(dash - 1))
                    || !Character.isLowerCase(plain.charAt(dash + 1))) {
                continue;
            }
            int end = dash + 1;
            while (end < plain.length() && end - dash <= 7 && Character.isLowerCase(plain.charAt(end))) {
                end++;
            }
            int first = dash - 1;
            while (first > 0 && dash - first < 6 && Character.isLowerCase(plain.charAt(first - 1))) {
                first--;
            }
            first--; // the syllable's capital
            if (end - dash < 3 || end - dash > 7 || end < plain.length() && (Character.isLetter(plain.charAt(end)) || plain.charAt(end) == '-')
                    || first < 2 || !Character.isUpperCase(plain.charAt(first)) || plain.charAt(first - 1) != ' ') {
                continue;
            }
            int start = surnamesBefore(plain, first - 1);
            if (start >= 0 && !ENGLISH_PREFIXES.contains(plain.substring(first, dash).toLowerCase(Locale.ROOT))
                    && !ENGLISH_PARTICLES.contains(plain.substring(dash + 1, end))) {
                out.add(new RecognizerResult(ENTITY, start, end, 0.8, "name: Cantonese surname and hyphenated given name"));
            }
        }
    }

    /** @return where one or two Cantonese surnames end at {@code space} begin, each a word of its own, or -1 */
    private static int surnamesBefore(String plain, int space) {
        int start = -1;
        int at = space;
        for (int words = 0; words < 2 && at > 0 && plain.charAt(at) == ' '; words++) {
            int s = at;
            while (s > 0 && Character.isLetter(plain.charAt(s - 1))) {
                s--;
            }
            String word = plain.substring(s, at);
            boolean caps = word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
            // capitalised, three letters at least and no English word ("So Far-away", "To Re-read", "Law Re-entry" are none)
            boolean title = word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().allMatch(Character::isLowerCase)
                    && !ENGLISH_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
            if (s == at || !(caps || title) || !CANTONESE_SURNAMES.contains(word.toLowerCase(Locale.ROOT))
                    || s > 0 && (Character.isLetterOrDigit(plain.charAt(s - 1)) || plain.charAt(s - 1) == '-')) {
                break;
            }
            start = s;
            at = s - 1;
        }
        return start;
    }

    /**
     * A ticket's, a booking's or a passenger list's name: SURNAME/GIVEN NAMES and a title, in capitals ("1.1OYELOWO/FUNMILAYO
     * MRS", "NAME OF PASSENGER: ABERNATHY/ROSEMARY MS"), as airlines' reservation systems print them.
     */
    static final PatternScanner TICKET_NAME = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\p{L}/])(\\p{Lu}[\\p{Lu}'-]{1,30})/(\\p{Lu}[\\p{Lu}'-]{1,30}(?: \\p{Lu}[\\p{Lu}'-]{1,30})?) ?"
                    + "(?:MRS|MR|MS|MISS|MSTR|DR|PROF)(?![\\p{L}])"));

    /**
     * Adds the names of {@link #TICKET_NAME}: surname and given names, without the title; before another word in
     * capitals only when the lists know one of them ("PASS/FAIL MR FLAG" is none).
     */
    private void ticketNames(CharSequence text, String plain, List<RecognizerResult> out) {
        beforeMarks(text, plain, marksBefore(plain, '/'), TICKET_NAME.pattern(), m -> {
            int e = m.end();
            boolean wordAfter = e + 1 < text.length() && (text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))
                    || Character.isUpperCase(text.charAt(e)));
            String given = m.group(2);
            int space = given.indexOf(' ');
            if (!wordAfter || firstName(space < 0 ? given : given.substring(0, space)) || surname(m.group(1))) {
                out.add(new RecognizerResult(ENTITY, m.start(1), m.end(2), 0.85, "name: a ticket's surname and given name"));
            }
        });
    }

    /**
     * A chat's or a call transcript's speaker: a time at the line's start, then one or two capitalised words and maybe an
     * initial, maybe a role in brackets, and a colon ("10:16  Jeroen (medewerker): Goedemorgen", "[14:03] Jayden: No
     * worries", "[18:02:19] Harpreet S.: Hi there").
     */
    static final PatternScanner CHAT_SPEAKER = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\w:.\\]/-])\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\u202F]?[AaPp]\\.?[Mm]\\.?)?\\]?[ \\t]+(?:[-\\u2013][ \\t]+)?"
                    + "(\\p{Lu}[\\p{L}'-]{1,20}(?:[ \\t]\\p{Lu}[\\p{L}'-]{1,20})?(?:[ \\t]\\p{Lu}\\.)?)(?:[ \\t]*\\([^)\\n]{1,30}\\))?[ \\t]*:(?![\\d/])"));
    /** @return where the blanks and an opening bracket before {@code at} begin */
    private static int blanksBefore(String plain, int at) {
        int k = at;
        while (k > 0 && (plain.charAt(k - 1) == ' ' || plain.charAt(k - 1) == '\t' || plain.charAt(k - 1) == '[')) {
            k--;
        }
        return k;
    }

    /** Whether an ISO date and a space or "T" end right before {@code at} ("2024-10-02 "). */
    private static boolean dateBefore(String plain, int at) {
        int s = at - 11;
        for (int i = 0; i < 10; i++) {
            char c = plain.charAt(s + i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return plain.charAt(at - 1) == ' ' || plain.charAt(at - 1) == 'T';
    }

    /**
     * @return where a messenger's export date before {@code at} begins: day, month and year (or month, day and year)
     *     with slashes, dots or hyphens, a comma and a space or two, maybe a bracket ("09/02/2025, ", "[2/9/25, ",
     *     "09.02.25, "); {@code at} itself when there is none
     */
    private static int exportDateBefore(String plain, int at) {
        int k = at;
        while (k > 0 && (plain.charAt(k - 1) == ' ' || plain.charAt(k - 1) == '\t') && at - k < 2) {
            k--;
        }
        if (k == at || k == 0 || plain.charAt(k - 1) != ',') {
            return at;
        }
        k--;
        int fields = 0;
        while (fields < 3) {
            int digits = 0;
            while (k > 0 && digits < 4 && Character.isDigit(plain.charAt(k - 1))) {
                k--;
                digits++;
            }
            if (fields == 0 ? digits != 2 && digits != 4 : digits > 2 || digits == 0) {
                return at; // the year of two or four digits last, then two fields of one or two
            }
            fields++;
            if (fields < 3) {
                char c = k > 0 ? plain.charAt(k - 1) : 0;
                if (c != '/' && c != '.' && c != '-') {
                    return at;
                }
                k--;
            }
        }
        return k > 0 && plain.charAt(k - 1) == '[' ? k - 1 : k;
    }

    /** A family's words for its members, in a chat's speakers: before a name ("Uncle Godswill:") or alone ("Mummy:"), in lower case. */
    private static final Set<String> SPEAKERS_FAMILY = Set.of("uncle", "aunt", "auntie", "aunty", "cousin", "grandma", "grandpa",
            "granny", "nana", "mum", "mummy", "mom", "mommy", "mama", "mamma", "dad", "daddy", "papa", "bro", "sis", "brother",
            "sister");

    /** Who speaks in chats, and an agenda's items, that are no one ("10:15 Agent:", "09:00 Registration:"). */
    private static final Set<String> NOT_SPEAKERS = Set.of("agent", "customer", "client", "system", "bot", "chatbot",
            "support", "operator", "visitor", "user", "you", "me", "admin", "moderator", "host", "guest", "caller", "advisor",
            "adviser", "assistant", "auto", "automated", "note", "notes", "update", "medewerker", "klant", "kunde", "kundin",
            "mitarbeiter", "conseiller", "conseillère", "agente", "cliente", "operatore", "operador", "kund", "handläggare",
            "asiakas", "kundeservice", "kundeservicemedarbejder", "registration", "break", "lunch", "coffee", "keynote",
            "welcome", "opening", "closing", "agenda", "session", "panel", "q", "a");

    /**
     * @return whether a support chat's speaker reads as a person's name although no speaker's is one of the lists: a word
     *     and an initial ("Harpreet S."), or two words one of which the lists know ("Front Desk", "Virtual Agent" are none)
     */
    private boolean supportName(String plain, int start, int end) {
        int blank = start;
        while (blank < end && plain.charAt(blank) != ' ' && plain.charAt(blank) != '\t') {
            blank++;
        }
        if (blank == end) {
            return false;
        }
        String first = plain.substring(start, blank);
        String second = plain.substring(blank + 1, end).strip();
        return second.length() == 2 && Character.isUpperCase(second.charAt(0)) && second.charAt(1) == '.'
                || firstName(first) || surname(second);
    }

    /** The speakers of {@link #NOT_SPEAKERS} that are a support chat's parties, not an agenda's items or a log's sources. */
    private static final Set<String> ROLE_SPEAKERS = Set.of("agent", "customer", "client", "caller", "visitor", "user",
            "operator", "advisor", "adviser", "medewerker", "klant", "kunde", "kundin", "mitarbeiter", "conseiller", "conseillère",
            "agente", "cliente", "operatore", "operador", "kund", "handläggare", "asiakas", "kundeservice",
            "kundeservicemedarbejder");

    /**
     * Adds the speakers of a chat or transcript ({@link #CHAT_SPEAKER}) that speak twice or more, in a conversation of two
     * such speakers or more, one of them a known first name; not a town, a role nor an agenda's item ({@link
     * #NOT_SPEAKERS}), nor a common word. The name's other
     * mentions are the engine's to find ("u spreekt met Jeroen").
     */
    private void chatSpeakers(CharSequence text, String plain, List<RecognizerResult> out) {
        List<int[]> found = new ArrayList<>();
        java.util.Map<String, Integer> turns = new java.util.HashMap<>();
        java.util.Map<String, Integer> roles = new java.util.HashMap<>(); // the turns of speakers named by their role
        CHAT_SPEAKER.forEachMatch(text, m -> {
            int k = m.start();
            if (k >= 11 && dateBefore(plain, k)) {
                k -= 11; // a log's date before the time ("2024-10-02 09:00  Mette:")
            } else {
                k = exportDateBefore(plain, k); // a messenger's export ("09/02/2025, 18:55 - Sunday Adeyemi:")
            }
            k = blanksBefore(plain, k);
            if (k > 0 && plain.charAt(k - 1) != '\n' && plain.charAt(k - 1) != '\r') {
                return; // a time inside a line ("arrived at 10:16 Jeroen: ...") is no turn's
            }
            int start = m.start(1);
            String lower = WordTable.lowerCase(m.group(1));
            int space = lower.indexOf(' ');
            String first = space < 0 ? lower : lower.substring(0, space);
            if (space > 0 && SPEAKERS_FAMILY.contains(first)) {
                start += space + 1; // a family's chat names its elders so ("Uncle Godswill:", "Aunty Ngozi:")
                lower = lower.substring(space + 1);
                first = lower;
                space = -1;
            }
            if (NOT_SPEAKERS.contains(first) || SPEAKERS_FAMILY.contains(first)) {
                if (space < 0 && ROLE_SPEAKERS.contains(first)) {
                    roles.merge(first, 1, Integer::sum);
                }
                return;
            }
            if ((lists.kinds(first) & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0) {
                // a first name that is a word, before a surname the lists know ("Sunday Adeyemi:", not "Front Desk:")
                // or a known first name before an initial ("Jordan M.:", not "Front D.:")
                String rest = space < 0 ? "" : lower.substring(space + 1);
                int second = space < 0 ? 0 : lists.kinds(rest);
                boolean initial = rest.length() == 2 && rest.charAt(1) == '.' && (lists.kinds(first) & NameLists.FIRST) != 0;
                if (!initial && ((second & NameLists.SURNAME) == 0 || (second & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0)) {
                    return;
                }
            }
            found.add(new int[] {start, m.end(1)});
            turns.merge(lower, 1, Integer::sum);
        });
        if (found.isEmpty()) {
            return;
        }
        // a conversation: two speakers or more with two turns or more each, one of them a known first name that is no town
        // (an agenda's, a timetable's or a build log's lines name places, brands, bots and items once each: "07:05 Bergen:",
        // "10:20 Alexa:", "09:30 Julia: language workshop"; "11:00 Workshop:" twice)
        int speakers = 0;
        boolean anyKnown = false;
        char[] buffer = new char[64];
        for (java.util.Map.Entry<String, Integer> e : turns.entrySet()) {
            if (e.getValue() >= 2) {
                speakers++;
            }
        }
        // a customer's or an agent's turns, twice or more, make a support chat: its speakers of two words, or a word and an
        // initial, are people whether the lists know them or not ("[18:02:19] Harpreet S.:" and "[18:02:51] Customer:")
        boolean support = roles.values().stream().anyMatch(n -> n >= 2);
        speakers += support ? 1 : 0;
        boolean[] town = new boolean[found.size()];
        for (int f = 0; f < town.length; f++) {
            int[] span = found.get(f);
            String name = plain.substring(span[0], span[1]);
            int space = name.indexOf(' ');
            town[f] = Cities.town(plain, span[0], span[1], buffer);
            anyKnown |= !town[f] && (firstName(space < 0 ? name : name.substring(0, space)) || space > 0 && surname(name.substring(space + 1)))
                    && turns.get(WordTable.lowerCase(name)) >= 2;
        }
        if (speakers < 2 || !anyKnown && !support) {
            return;
        }
        Added added = new Added(out);
        for (int f = 0; f < town.length; f++) {
            int[] span = found.get(f);
            if (!town[f] && turns.get(WordTable.lowerCase(plain.substring(span[0], span[1]))) >= 2
                    && (anyKnown || supportName(plain, span[0], span[1]))) {
                added.add(new RecognizerResult(ENTITY, span[0], span[1], 0.85, "name: a chat's speaker"));
            }
        }
        added.into(out);
    }

    static final PatternScanner LAST_COMMA_FIRST = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{Lu}'-]{1,30}),\\s?(\\p{Lu}[\\p{Lu}'-]{1,30})(?![\\p{L}])"));
    /**
     * "SMITH, John", "Garcia-Lopez, Ana", "O'Neil, Patrick", "JOHNSON, Mary A.", "Lachance, Marie-Josée", "WHITAKER, DeShawn M.",
     * "Lindqvist, Johan Erik": a surname (in capitals, or beginning a line, a cell or an item of a list), a comma, a
     * capitalised first name (a capital inside after one or two letters: "DeShawn", "LaToya"), maybe a second one and an
     * initial.
     */
    static final PatternScanner LAST_COMMA_FIRST_MIXED = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\p{L}'-])(\\p{Lu}[\\p{L}'-]{1,30}),[ \\t]?(\\p{Lu}\\p{Ll}(?:\\p{Ll}?\\p{Lu}\\p{Ll}{2,20}|[\\p{Ll}'-]{0,30})"
            + "(?:-\\p{Lu}\\p{Ll}{1,20})?)(?:[ \\t](\\p{Lu}\\p{Ll}{1,20}))?(?:[ \\t]\\p{Lu}\\.?)?"
            + "(?![\\p{L}'-])"));

    /**
     * The positions of a mark ({@code ','} or {@code '/'}) with a capital after it, at most one whitespace character
     * between: what {@link #beforeMarks} reads, found once for the expressions that share the mark.
     *
     * @param plain the text as a string
     */
    static int[] marksBefore(String plain, char mark) {
        int[] found = new int[16];
        int n = 0;
        for (int at = plain.indexOf(mark); at >= 0; at = plain.indexOf(mark, at + 1)) {
            if (capitalAfter(plain, at + 1)) { // most commas of prose have none, nor do the slashes of dates
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = at;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /**
     * The matches {@code find()} gives of an expression whose matches begin with a capital and run over letters,
     * apostrophes and hyphens, at most {@link #BEFORE_A_COMMA} characters, to a comma or a slash ({@link #LAST_COMMA_FIRST},
     * {@link #LAST_COMMA_FIRST_MIXED}, {@link #TICKET_NAME}), in order: tried only at the capitals of the run before each
     * mark. The scanner's index admitted every capital with a comma near it: 2.3 million tries on 32 MB of the benchmark's
     * text for 25,000 matches, 8% of all the expressions' time; and every capital within 31 characters of a slash (the
     * dates of clinical notes) for the tickets' names, 9% of the name recognizer's time.
     *
     * @param plain the text as a string, read for the runs
     * @param marks the positions of the mark, from {@link #marksBefore}: those with a capital after them
     */
    static void beforeMarks(CharSequence text, String plain, int[] marks, java.util.regex.Pattern pattern,
            java.util.function.Consumer<java.util.regex.Matcher> action) {
        Attempts attempts = new Attempts(text, pattern, action);
        for (int comma : marks) {
            int from = comma;
            while (from > 0 && comma - from < BEFORE_A_COMMA && inNameBeforeComma(plain.charAt(from - 1))) {
                from--;
            }
            for (int at = Math.max(from, attempts.lastEnd()); at < comma - 1; at++) {
                char c = plain.charAt(at);
                // \p{Lu} begins every match (a supplementary one is two chars: tried)
                if ((Character.isUpperCase(c) || Character.isSurrogate(c)) && attempts.at(at)) {
                    break;
                }
            }
        }
    }

    /**
     * Whether a capital stands at {@code at}, or after one whitespace character there ({@code \\s}, which holds the
     * {@code [ \\t]} of the mixed expression): half of a surrogate pair counts as one (a supplementary capital).
     */
    private static boolean capitalAfter(String plain, int at) {
        if (at < plain.length() && isSpace(plain.charAt(at))) {
            at++;
        }
        if (at >= plain.length()) {
            return false;
        }
        char c = plain.charAt(at);
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** The longest run before a comma of {@link #beforeMarks}' expressions: 31 code points, two chars each at most. */
    static final int BEFORE_A_COMMA = 62;

    /** Whether a char may stand in the word before a comma: {@code [\p{L}'-]}, or half of a pair (read as may). */
    private static boolean inNameBeforeComma(char c) {
        return Character.isLetter(c) || c == '\'' || c == '-' || Character.isSurrogate(c);
    }

    /** "OROZCO,KYLE", as record headers write a patient: a known surname, a comma, a known first name. */
    private void lastCommaFirst(CharSequence text, String plain, List<RecognizerResult> out) {
        int[] commas = marksBefore(plain, ',');
        beforeMarks(text, plain, commas, LAST_COMMA_FIRST.pattern(), m -> {
            if (commaFirstName(m.group(2))
                    && (surname(m.group(1)) || labelledSurname(plain, m.start(), m.group(1), m.group(2), m.end(2)))) {
                out.add(new RecognizerResult(ENTITY, m.start(), m.end(), 0.8, "name: SURNAME,FIRSTNAME"));
            }
        });
        // the names found so far by start, with the furthest end of those before each match: the matches come in
        // order, so one pass over them decides partial overlaps (a search per match was quadratic on a list of names)
        List<RecognizerResult> found = new ArrayList<>(out);
        found.sort(java.util.Comparator.comparingInt(RecognizerResult::start));
        List<RecognizerResult> mixed = new ArrayList<>();
        int[] next = {0, -1}; // the first found name not yet before a match, the furthest end of those before it
        beforeMarks(text, plain, commas, LAST_COMMA_FIRST_MIXED.pattern(), m -> {
            String last = m.group(1);
            boolean capitals = last.equals(last.toUpperCase(Locale.ROOT));
            // a second given name ("Lindqvist, Johan Erik") when the lists know it; otherwise the name ends before it, and what
            // follows is read from there ("Garcia, Maria Ward 5")
            // or when a name found already is those two given names ("NGUYEN, Thi Hoa": "Thi Hoa" read as a name of its own)
            int end = m.group(3) == null || commaFirstName(m.group(3)) || foundExactly(found, m.start(2), m.end()) ? m.end() : m.end(2);
            if ((capitals || StreetAddressRecognizer.fieldStart(text, m.start(), ":;") || afterNameKey(text, m.start())) && !listGoesOn(text, end)
                    && SIGN_OFFS_AND_PARTIES.get(WordTable.lowerCase(last)) == 0 // "Cheers, Dave"
                    && !digitsFollow(text, end) && !overlapsPartly(found, next, m.start(), end) && surname(last)
                    && commaFirstName(m.group(2))) {
                mixed.add(new RecognizerResult(ENTITY, m.start(), end, 0.8, "name: Surname, Firstname"));
            }
        });
        if (mixed.isEmpty()) {
            return;
        }
        // the first name found alone inside one is this name's: one finding, scored as the surer of the two; the
        // matches neither overlap nor go back, so one pass over the found names by start meets each inside one
        double[] scores = mixed.stream().mapToDouble(RecognizerResult::score).toArray();
        out.clear();
        int q = 0;
        for (RecognizerResult r : found) {
            while (q < mixed.size() && mixed.get(q).end() <= r.start()) {
                q++;
            }
            if (q < mixed.size() && r.start() >= mixed.get(q).start() && r.end() <= mixed.get(q).end()) {
                scores[q] = Math.max(scores[q], r.score());
            } else {
                out.add(r);
            }
        }
        for (int k = 0; k < mixed.size(); k++) {
            RecognizerResult name = mixed.get(k);
            out.add(new RecognizerResult(ENTITY, name.start(), name.end(), scores[k], name.explanation()));
        }
    }

    /**
     * A surname in capitals that no list knows, after a person's label ("Patient: OKONJO, EMMANUEL", "Caller: OKONJO,
     * ADAEZE N" of a dispatch printout, a twenty-third held-out set's): the label and the known first name after the comma
     * make it one. Not a word any list knows, as a first name, a surname or a common word.
     */
    private boolean labelledSurname(String plain, int start, String last, String given, int end) {
        // (four letters or more with a vowel: not "RP", "CVS", "HEB"; a given name that is no town: not a firm's branch,
        // "Complainant: WALMART, TYLER TX 75701", "Caller: LYFT, AUSTIN", nor a state's code and a ZIP after: the review's)
        if (last.length() < 4 || last.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0)
                || lists.kinds(WordTable.lowerCase(last)) != 0 || Cities.town(plain, end - given.length(), end, new char[64])
                || STATE_AND_ZIP.matcher(plain).region(end, plain.length()).lookingAt()) {
            return false;
        }
        String before = WordTable.lowerCase(plain.substring(Math.max(0, start - INTRODUCER_WINDOW), start)).stripTrailing();
        String intro = introducer(before);
        return intro != null && PERSON_LABELS.contains(intro);
    }

    /** The labels of {@link #labelledSurname}: a patient's, a caller's, a complainant's (not "name:", a firm's too). */
    private static final Set<String> PERSON_LABELS = Set.of("patient:", "pt:", "caller:", "complainant:", "reporting party:",
            "victim:", "client:");
    /** A US state's code and a ZIP code after a name's end. */
    private static final java.util.regex.Pattern STATE_AND_ZIP = java.util.regex.Pattern.compile("[ \\t,]+[A-Z]{2}[ \\t]+\\d{5}");

    /** A table cell's beginning, then a surname in capitals (one or two words) right before a comma. */
    private static final Pattern CELL_SURNAME = Pattern.compile("(?:^|[|\\t]|[ ]{2})[ ]?(\\p{Lu}[\\p{Lu}'-]{2,30}(?:[ ]\\p{Lu}[\\p{Lu}'-]{1,30})?)(?=, )",
            Pattern.MULTILINE);
    /** The comma, then one to three given names in Title case, then the cell's end. */
    private static final Pattern CELL_GIVEN = Pattern.compile(",[ ](\\p{Lu}\\p{Ll}[\\p{Ll}'-]+(?:[ ]\\p{Lu}\\p{Ll}[\\p{Ll}'-]+){0,2})"
            + "(?=[ ]*+(?:[|\\t]|[ ]{2}|\\(|\\r?\\n|$))");

    /**
     * A table's cell holding a name as registers and lists print it, the surname in capitals, a comma, the given names
     * ("| ABUBAKARI, Fuseini Iddrisu   |", "DZIDZORNU, Selasi Mawuli\t"), and nothing else: the form vouches for a name
     * the lists do not know. The cell begins at a line, a bar, a tab or a gap of two blanks and ends so; no given word is
     * a common word ("NOTE, Please see", "WARNING, Hot Surface"), the capitals no town or country of the gazetteer
     * ("LONDON, United Kingdom").
     */
    private void surnameCommaGivenCells(String plain, List<RecognizerResult> out) {
        char[] buffer = null;
        Matcher left = null;
        Matcher right = null;
        java.util.BitSet covered = null;
        for (int comma = plain.indexOf(", "); comma >= 0; comma = plain.indexOf(", ", comma + 1)) {
            if (comma < 3 || !Character.isUpperCase(plain.charAt(comma - 1)) || comma + 2 >= plain.length()
                    || !Character.isUpperCase(plain.charAt(comma + 2))) {
                continue;
            }
            if (left == null) {
                left = CELL_SURNAME.matcher(plain).useTransparentBounds(true).useAnchoringBounds(false);
                right = CELL_GIVEN.matcher(plain);
                buffer = new char[64];
            }
            int lineStart = plain.lastIndexOf('\n', comma - 1) + 1;
            left.region(Math.max(lineStart, comma - 70), comma);
            boolean found = false;
            while (!found && left.find()) {
                found = left.end(1) == comma; // not an earlier name's comma ("SMITH, John SMITH, Jane")
            }
            if (!found) {
                continue;
            }
            right.region(comma, Math.min(plain.length(), comma + 100));
            if (!right.lookingAt()) {
                continue;
            }
            boolean common = false;
            boolean known = false;
            String[] givens = right.group(1).split(" ");
            for (String given : givens) {
                int kinds = lists.kinds(WordTable.lowerCase(given));
                common |= (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) != 0 && (kinds & NameLists.FIRST) == 0;
                known |= (kinds & NameLists.FIRST) != 0;
            }
            if (!known && givens.length < 2) {
                continue; // one word no list knows as a given name: "IBM, Accenture" is two companies
            }
            String surname = left.group(1);
            if (common || Cities.town(plain, left.start(1), left.end(1), buffer) || Cities.countryAfter(plain, comma, buffer)
                    || (lists.kinds(WordTable.lowerCase(surname)) & NameLists.NOT_NAME) != 0) {
                continue;
            }
            int start = left.start(1);
            int end = right.end(1);
            if (covered == null) { // the names found already, marked once (a look through them per cell was quadratic)
                covered = new java.util.BitSet(plain.length());
                for (RecognizerResult r : out) {
                    covered.set(r.start(), r.end());
                }
            }
            int inside = covered.nextSetBit(start);
            if (inside < 0 || inside >= end) { // a name found already stays as found
                out.add(new RecognizerResult(ENTITY, start, end, 0.8, "name: SURNAME, Given names in a table's cell"));
            }
        }
    }

    /**
     * Whether a form's name key stands before {@code at} with two spaces or more and no colon ("Name        Kranich,
     * Tobias", a payslip's aligned header): a key {@link FieldValueRecognizer#FIELDS} types a person's.
     */
    private static boolean afterNameKey(CharSequence text, int at) {
        int e = at;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        if (at - e < 2) {
            return false;
        }
        int s = e;
        while (s > 0 && e - s < 20 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < e && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                && "PERSON".equals(FieldValueRecognizer.FIELDS.get(FieldValueRecognizer.key(text.subSequence(s, e).toString())));
    }

    /**
     * Whether a found name overlaps {@code [start, end)} without lying inside it ("Smith, John SMITH": a chain of
     * names), for matches asked in order of start.
     *
     * @param found the names found, by start
     * @param next the first of them that starts at or after the last match asked, and the furthest end of those before
     */
    private static boolean overlapsPartly(List<RecognizerResult> found, int[] next, int start, int end) {
        while (next[0] < found.size() && found.get(next[0]).start() < start) {
            next[1] = Math.max(next[1], found.get(next[0]++).end());
        }
        if (next[1] > start) {
            return true; // one begins before the match and reaches into it
        }
        for (int k = next[0]; k < found.size() && found.get(k).start() < end; k++) {
            if (found.get(k).end() > end) {
                return true; // one begins inside and reaches past it
            }
        }
        return false;
    }

    /** Whether a name found (sorted by start) spans exactly {@code [start, end)}. */
    private static boolean foundExactly(List<RecognizerResult> found, int start, int end) {
        int lo = 0;
        int hi = found.size() - 1;
        while (lo <= hi) { // the first found that starts at or after start
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = lo; k < found.size() && found.get(k).start() == start; k++) {
            if (found.get(k).end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number follows {@code end} on its line: "Austin, Texas 78701" is a place. */
    private static boolean digitsFollow(CharSequence text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++; // not over a tab: a table's next cell ("SMITH, John<TAB>03/04/1985")
        }
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Whether a comma or "and" follows {@code end}: "Hannah, Anthony and Derek" is a list of first names. */
    private static boolean listGoesOn(CharSequence text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ',' || i < text.length() && text.charAt(i) == '&') {
            return true;
        }
        return i + 3 < text.length() && i > end && text.charAt(i) == 'a' && text.charAt(i + 1) == 'n' && text.charAt(i + 2) == 'd'
                && !Character.isLetter(text.charAt(i + 3));
    }

    /** A known surname, not a word of {@code not-names.txt}: the word, or each of its parts between hyphens ("Garcia-Lopez"). */
    private boolean surname(String word) {
        String lower = WordTable.lowerCase(word);
        int kinds = lists.kinds(lower);
        if ((kinds & NameLists.NOT_NAME) != 0) {
            return false;
        }
        if ((kinds & NameLists.SURNAME) != 0 || (lists.kinds(lower.replace("'", "")) & NameLists.SURNAME) != 0) {
            return true;
        }
        return everyPart(lower, part -> (lists.kinds(part) & NameLists.SURNAME) != 0);
    }

    /** @return whether a word has two parts or more between hyphens and each is {@code known} */
    private static boolean everyPart(String word, java.util.function.Predicate<String> known) {
        String[] parts = word.split("-");
        return parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(known);
    }

    /** Known first names, each part of a word between its hyphens ("MARIA-ELENA", "Jean-Luc"). */
    private boolean firstNames(String word) {
        return everyPart(word, this::firstName);
    }

    /**
     * The first name after "Surname, ": {@link #firstName}, or known without its diacritics ("Smith, Renée") or by each
     * part between hyphens ("Lachance, Marie-Josée"). Only here, a pass after the runs: the runs, and so what the name
     * model learns from, stay as they were.
     */
    private boolean commaFirstName(String word) {
        if (firstName(word)) {
            return true;
        }
        String lower = WordTable.lowerCase(word);
        String plain = NameLists.withoutDiacritics(lower);
        return plain != null && (!plain.equals(lower) && firstName(plain) || word.indexOf('-') > 0 && everyPart(plain, this::firstName));
    }

    /** A known first name, not a word of {@code not-names.txt} nor one mostly used otherwise ("Texas", "Virginia"). */
    private boolean firstName(String word) {
        int kinds = lists.kinds(WordTable.lowerCase(word));
        return (kinds & NameLists.FIRST) != 0 && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
    }


    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(",\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");

    /**
     * "anna, james and emily": single first names close together support each other; surnames alone
     * ("Marrero and Murphy", "founders: Eklund, Michael and Hodge") only when joined by a comma or
     * "and" to another name.
     */
    private static void supportLists(CharSequence text, List<RecognizerResult> out, List<int[]> singles) {
        // a first name is supported by one near it that is a name, or by any it is listed with ("Anna, James
        // and Emily"): two the model took away ("the Hilton or the Marriott") do not make each other names
        boolean[] found = new boolean[singles.size()];
        for (int k = 0; k < found.length; k++) {
            found[k] = out.get(singles.get(k)[0]).score() >= 0.5;
        }
        for (int k = 0; k < singles.size(); k++) {
            int[] s = singles.get(k);
            boolean near = s[3] == 0
                    ? k > 0 && s[1] - singles.get(k - 1)[1] < 16 && (found[k - 1] || coordinated(text, singles.get(k - 1), s))
                            || k + 1 < singles.size() && singles.get(k + 1)[1] - s[1] < 16
                                    && (found[k + 1] || coordinated(text, s, singles.get(k + 1)))
                    : k > 0 && coordinated(text, singles.get(k - 1), s) || k + 1 < singles.size() && coordinated(text, s, singles.get(k + 1));
            RecognizerResult r = out.get(s[0]);
            // (not across a CSV row's cells: "Okonkwo,Head of IT" lists no names, a twenty-seventh held-out set's lead export)
            near &= !(k > 0 && s[1] - singles.get(k - 1)[2] < 16 && cellsApart(text, singles.get(k - 1)[2], s[1])
                    || k + 1 < singles.size() && singles.get(k + 1)[1] - s[2] < 16 && cellsApart(text, s[2], singles.get(k + 1)[1]));
            if (near && r.score() < 0.65) {
                out.set(s[0], new RecognizerResult(r.entityType(), r.start(), r.end(), 0.65, r.explanation() + ", in a list of names"));
            }
        }
    }

    /**
     * @return whether a CSV's separator, a comma with no blank after it, stands between {@code from} and {@code to} on a row
     *     of a CSV: a line with as many commas as the line before it, two or more ("Attendees: Okafor,Nwosu,Eze" is a list)
     */
    private static boolean cellsApart(CharSequence text, int from, int to) {
        boolean comma = false;
        for (int i = Math.max(0, from); i + 1 < Math.min(to + 1, text.length()); i++) {
            comma |= text.charAt(i) == ',' && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\t';
        }
        if (!comma) {
            return false;
        }
        // (each walk bounded: a text of one long line with many names, a JSON blob, is read in time linear in its length)
        int lineStart = from;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && from - lineStart < LONGEST_ROW) {
            lineStart--;
        }
        if (lineStart == 0 || text.charAt(lineStart - 1) != '\n') {
            return false;
        }
        int lineEnd = from;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && lineEnd - from < LONGEST_ROW) {
            lineEnd++;
        }
        int previousStart = lineStart - 1;
        while (previousStart > 0 && text.charAt(previousStart - 1) != '\n' && lineStart - previousStart < LONGEST_ROW) {
            previousStart--;
        }
        int commas = commas(text, lineStart, lineEnd);
        return commas >= 2 && commas == commas(text, previousStart, lineStart - 1);
    }

    /** The longest CSV row {@link #cellsApart} reads, each way from a name. */
    private static final int LONGEST_ROW = 2000;

    /** @return the commas of a line outside its quoted cells ("\"14 Liberation Road, Airport Area\",Accra" has one) */
    private static int commas(CharSequence text, int from, int to) {
        int n = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            n += c == ',' && !quoted ? 1 : 0;
        }
        return n;
    }

    private static boolean coordinated(CharSequence text, int[] a, int[] b) {
        return b[1] - a[2] <= 7 && COORDINATION.matcher(text.subSequence(a[2], b[1])).matches();
    }

    /** What a chat writes before a name: "it's", "this is", "i'm", "name,", "name is" and a space or two, at the end. */
    private static final java.util.regex.Pattern SELF_INTRODUCTION = java.util.regex.Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:it'?s|it is|this is|i'?m|i am|name,|name is|name's|names)[ \\t]{1,2}$");

    private static boolean selfIntroduced(char[] text, int start) {
        int from = Math.max(0, start - 16);
        return SELF_INTRODUCTION.matcher(new String(text, from, start - from)).find();
    }

    /** Two lower-case words, a known first name then a known surname, neither common: a weak candidate. */
    private int lowerCasePair(char[] text, Words words, int i, List<RecognizerResult> out) {
        // the list lookup first: both the introducer and the pair need a known first name here, and most
        // lower-case words are none, told so by the filter alone
        if (!words.first(i)) {
            return 1;
        }
        String intro = introducer(text, words.start(i));
        if (intro != null && LOWER_CASE_INTRODUCERS.contains(intro)) {
            // "my name is lena andersson": lower-case words the name lists know, right after an introducer
            int j = i;
            while (j < words.size() && j - i < 3 && !words.capitalised(j) && !words.common(j)
                    && (words.first(j) || words.surname(j)) && (j == i || words.adjacentToNext(j - 1))) {
                j++;
            }
            if (j > i && (j - i >= 2 || !LABELS_FOR_TWO_WORDS.contains(intro))) {
                out.add(new RecognizerResult(ENTITY, words.start(i), words.end(j - 1), 0.75,
                        "name: lower-case name after '" + intro + "'"));
                return j - i;
            }
        }
        int b = i + 1;
        if (b < words.size() && !words.capitalised(b) && words.adjacentToNext(i) && words.lowerLength(i) > 2
                && words.lowerLength(b) > 2 && words.surname(b) && !words.common(i) && !words.common(b)
                && !(words.surname(i) && !selfIntroduced(text, words.start(i)))) {
            // in a chat, after "it's", "this is", "i'm": "yeah it's dan whitmore", "its in my wifes name, fatima begum"
            // a first word that is also a surname came past the test above only after an introduction
            boolean said = words.surname(i) || selfIntroduced(text, words.start(i));
            out.add(new RecognizerResult(ENTITY, words.start(i), words.end(b), said ? 0.75 : 0.4, said
                    ? "name: lower-case first name and surname after an introduction" : "name: lower-case first name and surname"));
            return 2;
        }
        return 1;
    }

    /** The titles TITLE_BEFORE knows: one list for the expression and for the cheap test before it. */
    static final List<String> TITLE_WORDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "dame", "lady", "lord", "rev", "fr", "sr", "sra", "dra", "herr", "frau", "mme", "mlle",
            // French, Italian, Dutch, Polish, Swedish, Finnish, Portuguese and Spanish forms of address
            // (not "pan", "sig" in lower case: "a frying pan Amazon sells", "sig Tylenol 650 mg")
            "monsieur", "madame", "mademoiselle", "sigra", "signor", "signora", "signore", "dott", "dottor", "dottore",
            "dottoressa", "avv", "heer", "mevrouw", "mevr", "dhr", "pani", "fru", "herra", "rouva", "senhor", "senhora",
            "señor", "señora", "srta", "mgr", "mw",
            // Czech's Mrs. ("kupující paní Zuzaně Horváthové": a twenty-sixth held-out set's deed; not Polish officers' ranks,
            // before a form's next label or a service's name as often: "Stopień: kpt. Nazwisko:", the review's)
            "paní"), TITLES_BEFORE_KNOWN.stream()).toList();
    /** Italian feminine titles abbreviated around a dot ("sig.ra Bortolami", "dott.ssa Anna Rigon"). */
    static final List<String> DOTTED_TITLES = List.of("sig.ra", "sig.na", "dott.ssa", "prof.ssa", "avv.ta");
    /** Dutch's "mw." is a title with its dot only ("mw. Grietje Smulders"; "20 mW Laser Diode" is a power's unit). */
    private static final String MW = "mw";
    private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:^|[^\\p{L}.@])(" + String.join("|", TITLE_WORDS.stream().filter(t -> !t.equals(MW)).toList()) + "|" + MW + "(?=\\.)|"
                    + String.join("|", DOTTED_TITLES.stream().map(java.util.regex.Pattern::quote).toList()) + ")\\.?\\s{1,2}$");

    /** The longest of TITLE_WORDS ("mademoiselle"). */
    private static final int LONGEST_TITLE = TITLE_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /** The characters before a name that TITLE_BEFORE reads: the longest title, its dot and two spaces, and one more. */
    static final int TITLE_WINDOW = LONGEST_TITLE + 4;

    /** TITLE_WORDS, looked up from the text. */
    private static final WordTable TITLE_WORD_TABLE = WordTable.of(TITLE_WORDS, 1);

    /**
     * @return the word of {@code i..j} (the first, or the second after a title in the run) that is a known surname and a
     *     common word and follows a title written as one ("Dr.", "Mr", "Mrs."; not in capitals before it), or the first
     *     word after a strong label, when mostly a surname, before a word that is no common word ("Patient: Park Ji-hoon";
     *     not "Contact: People Operations"); or -1
     */
    private static int surnameAfterTitle(char[] chars, Words words, int i, int j) {
        for (int k = i; k <= j && k <= i + 1; k++) {
            if (!words.common(k) || !words.surname(k) || words.initial(k) || words.allCaps(k) || words.in(k, OFFICE_TABLE) != 0) {
                continue;
            }
            String title = null;
            if (k > i) {
                int place = words.initial(k - 1) || words.allCaps(k - 1) ? 0 : words.in(k - 1, TITLE_TABLE);
                title = place != 0 ? TITLE_LIST.get(place - 1) : null;
            } else if (!capitalsBefore(chars, words.start(k))) {
                title = titleBefore(chars, words.start(k));
            }
            if (title != null && TITLES.contains(title) && AMBIGUOUS_TITLE_TABLE.get(title) == 0) {
                return k;
            }
            if (k == i && k < j && SURNAMES_LAST_AFTER_TITLE.contains(words.lower(k)) && !words.common(k + 1) && !words.initial(k + 1)
                    && strongLabel(chars, words.start(k))) {
                return k; // the surname first after a strong label: "Patient: Park Ji-hoon"
            }
        }
        return -1;
    }

    /**
     * Whether the run's last word, a common word that is also a surname, is the surname of a given name after a title or
     * a strong label ("Dr. Jihoon Park", "Patient: Jihoon Park", "Dr. Mary Hill": "Park", one Korean in twelve, was
     * trimmed as the common word it is, and the place veto then dropped "Jihoon" as the first word of "Jihoon Park"
     * like "Hyde Park"). Asked only when such a word would be trimmed; the word before it is no common word.
     */
    private static boolean surnameLastAfterTitle(char[] chars, Words words, int runStart, int i, int j) {
        if (j <= i || !words.common(j) || !words.surname(j) || words.initial(j) || words.common(j - 1) || words.initial(j - 1)
                || !SURNAMES_LAST_AFTER_TITLE.contains(words.lower(j))) {
            return false;
        }
        String title = runTitle(chars, words, runStart, i);
        return title != null && TITLES.contains(title) && AMBIGUOUS_TITLE_TABLE.get(title) == 0
                || strongLabel(chars, words.start(runStart));
    }

    /**
     * @return the title of a run whose words from {@code runStart} to {@code i} were trimmed: the last word trimmed when it
     *     is one (in lower case), or, when none was trimmed, the title before the run, read only then (it would stand for
     *     the last one trimmed); null when there is none
     */
    private static String runTitle(char[] chars, Words words, int runStart, int i) {
        if (i > runStart) {
            int place = words.in(i - 1, TITLE_TABLE);
            return place != 0 ? TITLE_LIST.get(place - 1) : null;
        }
        return titleBefore(chars, words.start(i));
    }

    /** Whether a strong introducer that is a form's label, or one of {@link #NAME_OF}, stands before {@code start} ("Patient:"; not "so-called"). */
    private static boolean strongLabel(char[] chars, int start) {
        String intro = nameIntroducer(chars, start);
        return intro != null && (intro.endsWith(":") || NAME_OF.contains(intro)) && STRONG_INTRODUCERS.contains(intro);
    }

    /**
     * The common words kept as a titled name's last word ({@link #surnameLastAfterTitle}), and as the first after a strong
     * label ({@link #surnameAfterTitle}): those mostly surnames, and "park" (a place's word otherwise: "Cindy Holinka Apt"
     * stays "Cindy Holinka").
     */
    private static final Set<String> SURNAMES_LAST_AFTER_TITLE = java.util.stream.Stream.concat(SURNAME_WORDS.stream(),
            java.util.stream.Stream.of("park", "pop")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Czech offices and degrees a letter addresses after "paní", capitalised, in their nominative and vocative. */
    private static final WordTable CZECH_OFFICE_TABLE = WordTable.of(Set.of("ministryně", "starostka", "starostko", "předsedkyně",
            "ředitelka", "ředitelko", "doktorka", "doktorko", "magistra", "magistro", "inženýrka", "inženýrko", "profesorka",
            "profesorko", "rektorka", "rektorko", "děkanka", "děkanko", "primářka", "primářko", "soudkyně", "poslankyně",
            "senátorka", "senátorko", "hejtmanka", "hejtmanko", "kolegyně", "vedoucí", "učitelka", "učitelko"), 1);
    /** An office a title addresses, not a surname ("Mr. President", "Madam Speaker", "Mr. Chairman"). */
    private static final WordTable OFFICE_TABLE = WordTable.of(Set.of("president", "speaker", "chairman", "chair", "secretary",
            "mayor", "ambassador", "chancellor", "governor", "justice", "minister", "commissioner", "director", "dean"), 1);

    /**
     * @return whether the word before {@code start} (past up to four spaces and a dot) is of two or more capitals only:
     *     "MR", "MS." as a clinical abbreviation
     */
    private static boolean capitalsBefore(char[] text, int start) {
        int e = start;
        while (e > 0 && start - e < 4 && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        if (e > 0 && text[e - 1] == '.') {
            e--;
        }
        int s = e;
        while (s > 0 && text[s - 1] >= 'A' && text[s - 1] <= 'Z') {
            s--;
        }
        return e - s >= 2 && (s == 0 || !isLetter(text[s - 1]));
    }

    /** Words after those titles that make a clinic's, a place's or a council's name ("Dokter Gigi", "Datuk Bandar"). */
    private static final Set<String> NOT_AFTER_TITLES = Set.of("gigi", "hewan", "spesialis", "umum", "anak", "bandar", "keramat",
            "plaza", "kidul", "boko", "mayang", "hotel", "google");

    /** @return whether word {@code w} is a given name or a surname of the lists, no common word nor a place's */
    private static boolean knownNameAt(Words words, int w) {
        return (words.first(w) || words.surname(w)) && !words.common(w) && !NOT_AFTER_TITLES.contains(words.lower(w));
    }

    /** A form's field of a person's title, in lower case ("Titel: Dr.", "Title: Mr"). */
    private static final Set<String> TITLE_FIELDS = Set.of("titel", "title", "titre", "titolo", "título", "tytuł", "anrede",
            "salutation");

    /**
     * @return whether the title is a form's title field's value at its line's end, the next line's label after it ("Titel:
     *     Dr.\nStraße, Hausnummer:", a twenty-seventh held-out set's household registration: "Straße" was a name)
     */
    private static boolean titleField(char[] text, int titleStart, int titleEnd, int start) {
        boolean lineBreak = false;
        for (int i = titleEnd; i < start; i++) {
            lineBreak |= text[i] == '\n' || text[i] == '\r';
        }
        int k = titleStart;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) {
            k--;
        }
        if (!lineBreak || k == 0 || text[k - 1] != ':') {
            return false;
        }
        k--;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) {
            k--;
        }
        int e = k;
        while (k > 0 && Character.isLetter(text[k - 1])) {
            k--;
        }
        return TITLE_FIELDS.contains(new String(text, k, e - k).toLowerCase(Locale.ROOT));
    }

    /** @return the title ("mrs") standing right before {@code start}, or null */
    static String titleBefore(char[] text, int start) {
        int from = Math.max(0, start - TITLE_WINDOW);
        if (!titleWordBefore(text, from, start)) {
            return null; // the expression cannot match: its title is the word read here
        }
        java.util.regex.Matcher m = TITLE_BEFORE.matcher(java.nio.CharBuffer.wrap(text, from, start - from));
        if (!m.find()) {
            return null;
        }
        if (titleField(text, from + m.start(1), from + m.end(1), start)) {
            return null;
        }
        // an HL7 name's prefix or degree component ends its name ("G8512345^OKAFOR^CHIAMAKA^^^DR"): the next segment's
        // name after it ("OBX|") is none
        int t = from + m.start(1);
        return t > 0 && text[t - 1] == '^' ? null : m.group(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the letters before {@code end}, once up to four trailing spaces or line ends and then one
     * dot are passed over, are in lower case one of TITLE_WORDS: the only word TITLE_BEFORE can take as
     * the title (a cheap test first). ASCII letters are looked up as they stand; others in lower case.
     */
    private static boolean titleWordBefore(char[] text, int from, int end) {
        int e = end;
        while (e > from && end - e < 4 && (Character.isWhitespace(text[e - 1]) || text[e - 1] == '\u0085'
                || text[e - 1] == '\u2028' || text[e - 1] == '\u2029')) {
            e--;
        }
        if (e > from && text[e - 1] == '.') {
            e--;
        }
        int s = e;
        boolean ascii = true;
        while (s > from && isLetter(text[s - 1])) {
            ascii &= text[s - 1] < 128;
            s--;
        }
        // titles are two to twelve letters long, and lower-casing makes no letter shorter, nor one letter two
        // ASCII ones: a stretch beyond ASCII of another length is told without a String ('Σ', in Greek,
        // costs toLowerCase a look at the letters around it)
        if (s > from + 3 && text[s - 1] == '.' && e - s <= 3) { // "sig.ra", "dott.ssa"
            int d = s - 1;
            while (d > from && isLetter(text[d - 1])) {
                d--;
            }
            if (DOTTED_TITLES.contains(WordTable.lowerCase(new String(text, d, e - d)))) {
                return true;
            }
        }
        if (e - s < 2 || e - s > LONGEST_TITLE) {
            return false;
        }
        return ascii ? TITLE_WORD_TABLE.get(text, s, e) != 0
                : TITLE_WORDS.contains(WordTable.lowerCase(new String(text, s, e - s)));
    }

    /**
     * What CREDENTIAL needs after a name: maybe a comma, at most two spaces ({@code \s}), then the
     * first letter of a credential, within its window of twelve characters. A test before the
     * expression, true wherever it matches.
     */
    static boolean credentialMayFollow(char[] text, int end) {
        int limit = Math.min(text.length, end + 12);
        int k = end;
        if (k < limit && text[k] == ',') {
            k++;
        }
        for (int spaces = 0; spaces < 2 && k < limit && isSpace(text[k]); spaces++) {
            k++;
        }
        return k < limit && "MDRNPF".indexOf(text[k]) >= 0;
    }

    /** {@code \s}: ASCII spaces only, in Java's expressions. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The word after the run is a street or place type ("Gordon Terrace", "Inna Loop St."). */
    private static boolean placeFollows(Words words, int j) {
        return followedBy(words, j, PLACE_TABLE);
    }

    /** Whether a word of {@code table} follows word {@code j}, adjacent to it. */
    private static boolean followedBy(Words words, int j, WordTable table) {
        return words.adjacentToNext(j) && words.in(j + 1, table) != 0;
    }

    /**
     * Whether the run of words {@code i..j} ends with an organisation's word that is no name (a run of two
     * or more), or a capitalised one follows it ("Johnson Space Center"; not "Maria Garcia records it").
     */
    /**
     * Whether the run {@code i..j} names a team or a department: {@link #TEAM_WORDS} only, or a word of
     * {@link #TEAM_LAST_WORDS} last that is no known surname.
     */
    private static boolean team(Words words, int i, int j) {
        int last = words.in(j, TEAM_TABLE);
        if (last == 0) {
            return false;
        }
        if ((last & 2) != 0 && j > i && !words.surname(j)) {
            return true;
        }
        for (int k = i; k < j; k++) {
            if (words.in(k, TEAM_TABLE) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean organisation(Words words, int i, int j) {
        return j > i && words.in(j, ORGANISATION_TABLE) != 0 && !words.surname(j) && !words.first(j)
                || followedBy(words, j, ORGANISATION_TABLE) && words.capitalised(j + 1) || firmAfterAmpersand(words, j);
    }

    /** The words of a firm's name after an ampersand: its company, its sons, its partners, in several languages. */
    private static final Set<String> FIRM_AFTER_AMPERSAND = Set.of("co", "cie", "cia", "company", "sons", "son", "söhne", "soehne",
            "sohn", "partners", "partner", "associates", "fils", "hijos", "figli", "zonen", "zn", "søn", "sønner", "söner");

    /**
     * Whether an ampersand and a firm's word in Title case follow the word {@code j} ("Tiffany & Co. pendant", "Huber & Söhne
     * Immobilien AG", a nineteenth held-out set's; "Jan & Marie", "Sarah Lee & partner" are people).
     */
    private static boolean firmAfterAmpersand(Words words, int j) {
        if (j + 1 >= words.size()) {
            return false;
        }
        int k = words.end(j);
        while (k < words.start(j + 1) && (words.chars[k] == ' ' || words.chars[k] == '\t')) {
            k++;
        }
        if (k >= words.start(j + 1) || words.chars[k] != '&') {
            return false;
        }
        for (k++; k < words.start(j + 1); k++) {
            if (words.chars[k] != ' ' && words.chars[k] != '\t') {
                return false;
            }
        }
        // capitalised, as a firm's name writes it ("Maria Costa & son visited", "Sarah Lee & partner attended" are people)
        return Character.isUpperCase(words.chars[words.start(j + 1)]) && FIRM_AFTER_AMPERSAND.contains(words.lower(j + 1));
    }

    /**
     * Whether the run {@code i..j} is a medical eponym: a word of {@link #EPONYM_AFTER} follows it, after
     * a possessive or not ("Crohn's disease", "Gram stain"), or one of {@link #EPONYM_AFTER_POSSESSIVE}
     * after a possessive ("Murphy's sign"), or "de" and a word of {@link #EPONYM_BEFORE}
     * stand before it ("enfermedad de Crohn") or begin it ("Linfoma de Hodgkin"), or "Morbus" ("Morbus Crohn").
     * Never a known first name and surname, nor a name after a strong introducer ("Patient: Jane Doe").
     */
    private static boolean eponym(char[] chars, Words words, int i, int j) {
        // the exemptions read only for a run that looks like one: the introducer costs a look back each
        return looksLikeEponym(chars, words, i, j)
                && !(j > i && words.first(i) && (words.surname(j) || words.first(j))) // "John Smith tests positive"
                && !strongIntroducer(chars, words.start(i)); // "Contact: Jane Doe cell"
    }

    /** {@link #eponym} but its exemptions. */
    private static boolean looksLikeEponym(char[] chars, Words words, int i, int j) {
        int k = j;
        int end = words.end(j);
        if (k + 1 < words.size() && end + 2 < chars.length && (chars[end] == '\'' || chars[end] == '\u2019')
                && words.start(k + 1) == end + 1 && words.end(k + 1) == end + 2 && (chars[end + 1] | 0x20) == 's') {
            k++; // "Crohn's disease"
            if (followedBy(words, k, EPONYM_AFTER_POSSESSIVE_TABLE)) {
                return true; // "Murphy's sign"
            }
        }
        if (followedBy(words, k, EPONYM_AFTER_TABLE)) {
            return true;
        }
        if (i >= 1 && words.adjacentToNext(i - 1) && words.lowerLength(i - 1) == 6 && words.lower(i - 1).equals("morbus")) {
            return true;
        }
        if (i < j && words.in(i + 1, EPONYM_OF_TABLE) != 0 && words.in(i, EPONYM_BEFORE_TABLE) != 0) {
            return true; // the run begins with it: "Linfoma de Hodgkin"
        }
        return i >= 2 && words.adjacentToNext(i - 1) && words.adjacentToNext(i - 2) && words.in(i - 1, EPONYM_OF_TABLE) != 0
                && words.in(i - 2, EPONYM_BEFORE_TABLE) != 0;
    }

    /**
     * Whether word {@code w}, a run alone, is a Spanish sentence's first word and no name ("Al ingreso",
     * "Durante la cirugía", "Su madre", "Evolución: Durante su estancia"): a word of {@code starters.txt} at a
     * sentence's or line's start or after a Spanish label's colon ({@link #spanishLabel}),
     * a lower-case word after it, and no name label before it ("Apellidos: Bueno." stays a name).
     */
    private static boolean sentenceStarter(char[] chars, Words words, int w) {
        if (!words.adjacentToNext(w) || !Character.isLowerCase(chars[words.start(w + 1)]) || !words.starter(w)) {
            return false;
        }
        int k = words.start(w);
        while (k > 0 && (chars[k - 1] == ' ' || chars[k - 1] == '\t')) {
            k--;
        }
        return (k == 0 || ".!?\n\r\u00bf\u00a1\"(".indexOf(chars[k - 1]) >= 0
                || chars[k - 1] == ':' && spanishLabel(chars, words, w, k - 1)) && nameIntroducer(chars, words.start(w)) == null;
    }

    /**
     * Whether the label that ends with the colon at {@code colon}, before word {@code w}, reads as Spanish (a
     * word of {@code starters.txt}, or a letter beyond ASCII: "Evolución y comentarios:", "Historia del
     * paciente:"): only there does a colon begin a sentence for {@link #sentenceStarter}. After an English
     * label a starter is a given name ("Spouse: Al is at the bedside", "Caregiver: Una reports").
     */
    /** The words of {@code starters.txt} that English writes too: no sign of a Spanish label ("Son:", "No answer:"). */
    private static final Set<String> ENGLISH_TOO = Set.of("no", "me", "son", "once", "era", "sin", "con", "tan", "mil", "ha",
            "mas", "o", "u", "e", "y", "a", "al", "ante", "una", "su", "mi", "lo", "como", "entre", "es", "ya", "hay");

    private static boolean spanishLabel(char[] chars, Words words, int w, int colon) {
        int from = colon;
        while (from > 0 && colon - from < 80 && ".!?\n\r".indexOf(chars[from - 1]) < 0) {
            from--;
        }
        for (int x = w - 1; x >= 0 && words.start(x) >= from; x--) {
            if (words.end(x) <= colon && (words.starter(x) && !ENGLISH_TOO.contains(words.lower(x)) || words.kept(x) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words for a hospital's department, which Spanish writes before the department's name ("Servicio
     * de Cirugía Oral", "Unidad del Dolor", "Servicio: Oftalmología"): what follows is no person, and such a
     * word after a name ends it ("Dr. Juan Pereira Arias Servicio de Urología").
     */
    static final Set<String> DEPARTMENT_WORDS = Set.of("servicio", "unidad", "sección", "seccion", "departamento");
    private static final WordTable DEPARTMENT_TABLE = WordTable.of(DEPARTMENT_WORDS, 1);

    /**
     * The kinds of facility that Romance languages and German write before its name, often a person's
     * ("Hospital Miguel Servet", "Hospital San Eloy", "Clínica Juan de Dios", "Ospedale San Raffaele"),
     * and the words that may stand between the kind and the name ("Hospital Universitario Doctor Peset").
     */
    private static final WordTable FACILITY_KIND_TABLE = WordTable.of(Set.of("hospital", "clínica", "clinica", "hôpital",
            "ospedale", "sanatorio", "policlínica", "policlinica", "policlinico", "klinikum", "fundación", "fundacion"), 1);
    private static final WordTable FACILITY_QUALIFIER_TABLE = WordTable.of(Set.of("universitario", "universitaria", "general",
            "provincial", "central", "clínico", "clinico", "comarcal", "infantil", "materno", "militar", "regional", "nacional",
            "de", "del", "la", "el", "doctor", "dr", "universitari", "universitaire", "civile"), 1);

    /**
     * Whether the run that begins at word {@code w} (or the words trimmed before it) names a facility: a
     * capitalised kind of facility stands before it, one space apart, written first ("Hospital San Eloy") or
     * with a Romance qualifier between ("Urología Hospital Universitario Miguel Servet"); not a kind that
     * ends an English facility's name ("Mercy Hospital John Smith, MD"). The caller keeps a name after a
     * strong introducer ("Médico: Hospital Juan Pérez"). Under hipaa the facility recognizer reports such
     * a name with its kind; a person's name there is the facility's.
     */
    private static boolean facilityBefore(char[] chars, Words words, int w) {
        boolean qualified = false;
        for (int k = w - 1; k >= 0 && w - k <= 4 && oneSpaceApart(chars, words, k, k + 1); k--) {
            if (words.capitalised(k) && words.in(k, FACILITY_KIND_TABLE) != 0) {
                // the kind first ("Hospital San Eloy"), or a Romance qualifier after it: in "Mercy Hospital John
                // Smith" the kind ends the facility's name, and a person's follows
                return qualified || k == 0 || !oneSpaceApart(chars, words, k - 1, k) || !words.capitalised(k - 1)
                        && !(words.lowerLength(k - 1) == 1 && words.lower(k - 1).equals("s")); // "St Mary's Hospital"
            }
            if (words.in(k, FACILITY_QUALIFIER_TABLE) == 0) {
                return false;
            }
            qualified = true;
        }
        return false;
    }

    /**
     * Whether words {@code a} to {@code b} stand one space apart: a tab or two spaces part a table's cells, or
     * a document's columns, so a name there is no part of the department or facility before it
     * ("Servicio de Urología\tJuan Pérez", "Hospital Clínico  Ana García López").
     */
    private static boolean oneSpaceApart(char[] chars, Words words, int a, int b) {
        for (int k = a; k < b; k++) {
            int gap = words.end(k);
            if (words.start(k + 1) != gap + 1 || chars[gap] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a department's word stands right before {@code start}, with "de", "del" or a colon between ("Servicio
     * de Cirugía", "Servicio: Oftalmología"); not a role's last word before a colon ("Jefe de Servicio: Ana").
     */
    private static boolean departmentBefore(char[] text, int start) {
        int e = start;
        while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) {
            e--;
        }
        boolean colon = e > 0 && text[e - 1] == ':';
        if (!colon) {
            // "de" or "del" before the run (read in place: this is asked of most runs), then the word before it
            int s = e > 0 && (text[e - 1] | 0x20) == 'l' ? e - 1 : e;
            if (s < 3 || (text[s - 1] | 0x20) != 'e' || (text[s - 2] | 0x20) != 'd' || isLetter(text[s - 3])) {
                return false;
            }
            e = s - 2;
        }
        String word = wordBefore(text, colon ? e - 1 : e);
        if (word == null || !DEPARTMENT_WORDS.contains(word)) {
            return false;
        }
        if (colon) {
            // the end of a role, not a department's label: "Jefe de Servicio: Ana García", "Enfermera de la Unidad:"
            int s = e - 1;
            while (s > 0 && (text[s - 1] == ' ' || text[s - 1] == '\t')) {
                s--;
            }
            String link = wordBefore(text, s - word.length());
            return link == null || !DEPARTMENT_LINKS.contains(link);
        }
        return true;
    }

    private static final Set<String> DEPARTMENT_LINKS = Set.of("de", "del", "la", "el");

    /** @return the word of up to 12 letters ending right before {@code end} (spaces before it passed over), lower case, or null */
    private static String wordBefore(char[] text, int end) {
        int e = end;
        while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) {
            e--;
        }
        int s = e;
        while (s > 0 && isLetter(text[s - 1]) && e - s <= 12) {
            s--;
        }
        return s == e || e - s > 12 ? null : WordTable.lowerCase(new String(text, s, e - s));
    }

    /** @return whether a strong introducer ("Name:", "Patient:", "Nombre:") stands right before {@code start} */
    private static boolean strongIntroducer(char[] chars, int start) {
        String intro = nameIntroducer(chars, start);
        return intro != null && STRONG_INTRODUCERS.contains(intro);
    }

    /** @return whether word {@code w} is an initial with its dot ("H.") */
    private static boolean initialWithDot(char[] chars, Words words, int w) {
        return words.initial(w) && words.end(w) < chars.length && chars[words.end(w)] == '.';
    }

    /**
     * The street types that Romance and Slavic languages write before a street's name
     * ({@link StreetAddressRecognizer#LEADING_TYPE_WORDS}, case as written), but "al." ("et al. Jones").
     */
    private static final Set<String> STREET_TYPES_BEFORE = StreetAddressRecognizer.LEADING_TYPE_WORDS.stream()
            .filter(w -> !w.equals("al.")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** What may stand between such a type and the name ("Calle de Lope de Vega", "Avenida de la Paz"). */
    private static final Set<String> STREET_PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "di", "du", "des", "da",
            "do", "dos", "das", "della", "dei", "d'");

    /**
     * Whether a street type stands right before the run, particles aside, or begins it: with a house
     * number after the run ({@link #houseNumberAfter}), "Calle Miguel Benítez 90", "C/ Eduardo Rivas, 3"
     * name a street after a person, and the street address recognizer finds the address (found as a
     * person, the address took the person's type). Without a number it stays a name ("Via Maria Lopez").
     */
    private static boolean streetTypeBefore(char[] text, int start) {
        int first = start;
        while (first < text.length && !Character.isWhitespace(text[first]) && first - start < 10) {
            first++;
        }
        if (STREET_TYPES_BEFORE.contains(new String(text, start, first - start))) {
            return true; // the run begins with it: "Calle Miguel Benítez"
        }
        int end = start;
        for (int step = 0; step < 4; step++) {
            int e = end;
            while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) {
                e--;
            }
            if (e == end && step > 0 || e == 0) {
                return false; // a particle glued to what is before it, or the text's start
            }
            int s = e;
            while (s > 0 && !Character.isWhitespace(text[s - 1]) && e - s < 10) {
                s--;
            }
            String token = new String(text, s, e - s);
            if (STREET_TYPES_BEFORE.contains(token)) {
                return true;
            }
            if (!STREET_PARTICLES.contains(token)) {
                return false;
            }
            end = s;
        }
        return false;
    }

    /**
     * Whether a house number of one to five digits, or "s/n", follows {@code end}: a comma or a full stop at most, then
     * blanks ("Calle Mayor, 23"), and maybe the number's sign ("C/ Antonio Acuña. Nº 10", "Rua Augusta, n.º 5").
     */
    private static boolean houseNumberAfter(char[] text, int end) {
        int k = end;
        if (k < text.length && (text[k] == ',' || text[k] == '.')) {
            k++;
        }
        int blanks = k;
        while (k < text.length && (text[k] == ' ' || text[k] == '\t')) {
            k++;
        }
        int sign = numberSign(text, k);
        if (sign > k && k > blanks) {
            k = sign;
            while (k < text.length && text[k] == ' ') {
                k++;
            }
        }
        if (k + 2 < text.length && k > blanks && text[k] == 's' && text[k + 1] == '/' && text[k + 2] == 'n') {
            return true;
        }
        int digits = k;
        while (digits < text.length && digits - k < 6 && text[digits] >= '0' && text[digits] <= '9') {
            digits++;
        }
        // one to five digits, as the street address expression takes them ("Calle Mayor 123456" is none)
        return k > blanks && digits > k && digits - k <= 5 && (digits == text.length || !Character.isDigit(text[digits]));
    }

    /** @return where a number's sign at {@code k} ends ("Nº", "nº", "N°", "n.º", "No."), or {@code k} */
    private static int numberSign(char[] text, int k) {
        if (k + 1 >= text.length || text[k] != 'N' && text[k] != 'n') {
            return k;
        }
        int e = k + 1;
        if (text[e] == '.' && e + 1 < text.length && text[e + 1] == '\u00ba') {
            return e + 2;
        }
        if (text[e] == '\u00ba' || text[e] == '\u00b0') {
            return e + 1;
        }
        return text[e] == 'o' && e + 1 < text.length && text[e + 1] == '.' ? e + 2 : k;
    }

    /**
     * Whether word {@code w} holds an ordinal indicator (º, ª): "NºCol", "Nº", "1º" are labels and
     * numbers of Romance languages, never part of a name ("Tomás Ibarra Soler  NºCol: 28 28 20943").
     */
    private static boolean ordinalMark(char[] text, Words words, int w) {
        for (int k = words.start(w); k < words.end(w); k++) {
            if (text[k] == '\u00ba' || text[k] == '\u00aa') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a street's name stands before a word ("Dr." then reads as Drive): one to four capitalised words, no month,
     * no word in capitals, no facility's word and none ending in a dot but a compass point's initial ("8850 E. Sierra
     * Vista"), after a house number that begins its line or follows a blank after a word in lower case ("at 8850 ..."; not
     * "Ward 7 North Dr. Ahmed", "COVID-19 Clinic Dr. Brown", "on 12 March Dr. Smith", "45 Elm St. Dr. Johnson").
     */
    private static boolean houseNumberBeforeRun(char[] text, int start) {
        int k = start - 1;
        int words = 0;
        while (true) {
            while (k >= 0 && text[k] == ' ') {
                k--;
            }
            if (k < 0 || words == 5) {
                return false;
            }
            if (Character.isDigit(text[k])) {
                if (words == 0) {
                    return false;
                }
                while (k >= 0 && Character.isDigit(text[k])) {
                    k--;
                }
                if (k < 0 || text[k] == '\n') {
                    return true;
                }
                if (text[k] != ' ' && text[k] != '\t') {
                    return false; // "COVID-19", "#12"
                }
                while (k >= 0 && (text[k] == ' ' || text[k] == '\t')) {
                    k--;
                }
                if (k < 0 || text[k] == '\n' || text[k] == ',' || text[k] == ':') {
                    return true;
                }
                while (k > 0 && Character.isLetter(text[k - 1])) {
                    k--;
                }
                return Character.isLowerCase(text[k]); // "at 8850 ...", not "Ward 7 North Dr."
            }
            int end = k + 1;
            while (k >= 0 && (Character.isLetter(text[k]) || text[k] == '.' || text[k] == '\'' || text[k] == '-')) {
                k--;
            }
            int wordStart = k + 1;
            if (wordStart == end || !Character.isUpperCase(text[wordStart])) {
                return false;
            }
            String word = new String(text, wordStart, end - wordStart);
            boolean compass = word.length() == 2 && word.charAt(1) == '.' && "NSEW".indexOf(word.charAt(0)) >= 0;
            if (!compass && (word.endsWith(".") || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                    || MONTH_TABLE.get(text, wordStart, end) != 0 || NOT_STREET_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
            words++;
        }
    }

    /** Words before "Dr." that are no street's (months too: {@link #MONTH_TABLE}): facilities' and wards' words. */
    private static final Set<String> NOT_STREET_WORDS = Set.of("clinic", "hospital", "ward", "unit", "centre", "center", "practice",
            "surgery", "department", "dept", "room", "bed", "office", "suite", "floor", "level", "wing", "theatre", "theater", "bay");

    /**
     * A house number right before the run ("1812 Rue De La Gare", "188 Peter Zuidhove"): an address; not a room's, a bed's or
     * a seat's number ("Rm 104  Aileen Kerr, conf.", a nineteenth held-out set's hotel audit).
     */
    private static boolean numberBefore(char[] text, int start) {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') {
            k--;
        }
        if (k < 0 || !Character.isDigit(text[k]) || k < start - 3) {
            return false;
        }
        while (k >= 0 && Character.isDigit(text[k])) {
            k--;
        }
        while (k >= 0 && (text[k] == ' ' || text[k] == '#' || text[k] == '.')) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text[k])) {
            k--;
        }
        return end == k + 1 || !ROOM_WORDS.contains(new String(text, k + 1, end - k - 1).toLowerCase(Locale.ROOT))
                || buildingAfter(text, start);
    }

    /**
     * The words before a room's, a bed's or a seat's number, which a guest's or a patient's name follows; not a flat's, a
     * suite's, a unit's, a table's or a bay's, before a building's or a dish's name as often ("Flat 3 Victoria Mansions",
     * "Suite 400 Morgan Stanley", "Table 4 Caesar Salad", "Bay 2 Ford Transit": the review's).
     */
    private static final Set<String> ROOM_WORDS = Set.of("rm", "room", "bed", "seat", "cabin", "berth", "cell", "desk", "locker",
            "zimmer", "chambre", "habitación", "stanza", "kamer");

    /** A building's words, which end a hall's or a block's name after a room's number ("Room 215 Jackson Hall"). */
    private static final Set<String> BUILDING_WORDS = Set.of("hall", "halls", "mansions", "heights", "court", "tower", "towers",
            "house", "building", "block", "lodge", "wing", "centre", "center", "annex", "annexe", "pavilion");

    /** Whether a building's word ends the capitalised words that begin at {@code start} (two to four of them). */
    private static boolean buildingAfter(char[] text, int start) {
        int k = start;
        for (int words = 0; words < 4 && k < text.length && Character.isUpperCase(text[k]); words++) {
            int e = k;
            while (e < text.length && Character.isLetter(text[e])) {
                e++;
            }
            if (words > 0 && BUILDING_WORDS.contains(new String(text, k, e - k).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (e + 1 >= text.length || text[e] != ' ') {
                return false;
            }
            k = e + 1;
        }
        return false;
    }

    /**
     * Drops the results under the threshold inside a span a pass has read as a name: the runs' weaker reading gives way.
     *
     * @return whether any was dropped (the results' indexes moved)
     */
    private static boolean dropWeakInside(List<RecognizerResult> out, int start, int end) {
        return out.removeIf(r -> r.score() < 0.5 && r.start() >= start && r.end() <= end);
    }

    /** @return whether a word has an apostrophe or a hyphen inside it */
    private static boolean compound(char[] chars, Words words, int w) {
        for (int k = words.start(w) + 1; k < words.end(w) - 1; k++) {
            if (chars[k] == '\'' || chars[k] == '-' || chars[k] == '\u2019') {
                return true;
            }
        }
        return false;
    }

    private static boolean allCaps(Words words, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (!words.allCaps(k) && !words.initial(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allProperCase(Words words, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (!words.capitalisedOrInitial(k)) {
                return false;
            }
        }
        return true;
    }

    /** For each ASCII character, the introducers that end with it, in the order of INTRODUCERS. */
    private static final List<List<String>> INTRODUCERS_BY_LAST = java.util.stream.IntStream.range(0, 128)
            .mapToObj(c -> java.util.Arrays.stream(INTRODUCERS).filter(p -> p.charAt(p.length() - 1) == c).toList()).toList();

    /** The characters before a name read for an introducer: the longest ("imię i nazwisko:") and four spaces. */
    static final int INTRODUCER_WINDOW = java.util.Arrays.stream(INTRODUCERS).mapToInt(String::length).max().orElseThrow() + 4;

    /**
     * @return the phrase ending right before {@code start} that introduces a name, or null. The {@link #INTRODUCER_WINDOW}
     *     characters before, in lower case, trailing spaces stripped, must end with the phrase, after no
     *     letter. Every phrase ends with an ASCII character, and no other character lower-cases to one
     *     ending in it, so the last character decides which phrases to try; an ASCII stretch is then
     *     read in place, any other lower-cased as a String first.
     */
    static String introducer(char[] text, int start) {
        int from = Math.max(0, start - INTRODUCER_WINDOW);
        int e = start;
        while (e > from && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        char last = e > from ? text[e - 1] : 0;
        if (last == 0 || last >= 128 || INTRODUCERS_BY_LAST.get(lowerAscii(last)).isEmpty()) {
            return null;
        }
        for (int k = from; k < e; k++) {
            if (text[k] >= 128) {
                return introducer(WordTable.lowerCase(new String(text, from, start - from)).stripTrailing());
            }
        }
        for (String p : INTRODUCERS_BY_LAST.get(lowerAscii(last))) {
            int l = p.length();
            if (e - from >= l && endsWith(text, e, p) && (e - from == l || !isLetter(text[e - l - 1]))) {
                return p;
            }
        }
        return null;
    }

    /**
     * {@link #introducer(char[], int)}, but null for a label that heads a section ({@link #header}).
     *
     * @return the phrase ending right before {@code start} that introduces a name, or null
     */
    static String nameIntroducer(char[] text, int start) {
        String found = introducer(text, start);
        if (found != null && INSURED_LABELS.contains(found)) {
            int e = start;
            while (e > 0 && Character.isWhitespace(text[e - 1])) {
                e--;
            }
            int labelStart = e - found.length();
            while (labelStart > 0 && (text[labelStart - 1] == ' ' || text[labelStart - 1] == '\t')) {
                labelStart--;
            }
            String before = wordBefore(text, labelStart);
            return before != null && INSURED_THINGS.contains(before) ? null : found; // "Véhicule assuré : Peugeot 308"
        }
        if (found == null || !HEADER_LABELS.contains(found)) {
            return found;
        }
        int e = start;
        while (e > 0 && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        // lower-casing keeps a stretch's length, so the phrase begins its length before e
        return header(text, e - found.length()) ? null : found;
    }

    /** The insured's labels, which an insured thing's may end too ({@link #INSURED_THINGS}). */
    private static final Set<String> INSURED_LABELS = Set.of("assuré:", "assuré :", "assurée:", "assurée :", "assicurato:",
            "assicurata:", "versicherter:", "versicherte:", "verzekerde:", "segurado:", "segurada:", "insured:");
    /** What an insurer insures that is no person, before an insured's label ("Véhicule assuré :", "Bene assicurato:"). */
    private static final Set<String> INSURED_THINGS = Set.of("véhicule", "vehicule", "bien", "biens", "objet", "risque",
            "montant", "capital", "logement", "vehicle", "property", "amount", "sum", "veicolo", "bene", "beni", "immobile",
            "fahrzeug", "objekt", "betrag", "voertuig", "bedrag", "object", "veículo", "veiculo", "valor", "bem", "imóvel");

    /** The patient's labels that a case report also writes as a section's header. */
    private static final Set<String> HEADER_LABELS = Set.of("paciente:", "patient:");
    /** The prepositions and articles between a header's head and the label ("del", "of the"). */
    private static final Set<String> HEADER_LINKS = Set.of("del", "de", "the", "of", "al", "el", "la", "this");
    /** The heads of the headers of a case report's sections that end with the patient's label. */
    private static final Set<String> HEADER_HEADS = Set.of("informe", "historia", "history", "episodio", "evolución",
            "evolucion", "exploración", "exploracion", "antecedentes", "anamnesis", "resumen", "report", "summary", "course",
            "presentation", "presentación", "presentacion", "caso", "case");

    /**
     * Whether the label at {@code at} heads a section ("Informe clínico del paciente: Una mujer de 50 años",
     * "Historia del paciente: Se trata de", "History of the patient:") rather than introduces a name: a
     * patient's label after a preposition or article, and one of {@link #HEADER_HEADS} one or two words before
     * those. Any other word there keeps it a label ("Nombre completo del paciente: Itziar Goikoetxea", "Firma
     * del paciente:").
     */
    private static boolean header(char[] text, int at) {
        int end = at;
        int links = 0;
        int others = 0;
        while (links <= 3) {
            while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) {
                end--;
            }
            String word = wordBefore(text, end);
            if (word == null) {
                return false; // a label at a line's start
            }
            if (others == 0 && HEADER_LINKS.contains(word)) {
                links++;
            } else if (links == 0 || ++others > 2) {
                return false;
            } else if (HEADER_HEADS.contains(word)) {
                return true;
            }
            end -= word.length(); // words are letters, and the lower case of these is as long
        }
        return false;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** @return the introducer a lower-case, stripped stretch ends with, after no letter, or null */
    private static String introducer(String before) {
        for (String p : INTRODUCERS) {
            if (before.endsWith(p) && (before.length() == p.length()
                    || !Character.isLetter(before.charAt(before.length() - p.length() - 1)))) {
                return p;
            }
        }
        return null;
    }

    /** Whether the ASCII text before {@code end}, in lower case, ends with {@code p}. */
    private static boolean endsWith(char[] text, int end, String p) {
        int s = end - p.length();
        for (int k = 0; k < p.length(); k++) {
            if (lowerAscii(text[s + k]) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letter runs, with inner apostrophes and hyphens ("O'Neil", "Fritz-Armstrong"); "J." is an initial.
     * A word of ASCII characters is read in place (its case from the letters, its bits looked up from
     * the text, with the hash read as the word is found); any other is made a String and read as such.
     */
    Words words(CharSequence text) {
        return words(text.toString().toCharArray());
    }

    /** {@link #words(CharSequence)} of the characters of a text. */
    private static Words words(char[] chars) {
        Words out = new Words(chars);
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (!isLetter(chars[i])) {
                i++;
                continue;
            }
            int s = i;
            int quote = -1; // where the first ' and the first ’ stand in the word
            int curly = -1;
            int hyphen = -1; // where the first hyphen stands in it
            int all = 0; // the word's characters or-ed: below 128 when all are ASCII
            int hash = 0;
            while (i < n) {
                char c = chars[i];
                if (!isLetter(c)) {
                    if (!((c == '\'' || c == '-' || c == '\u2019') && i + 1 < n && isLetter(chars[i + 1]) && i > s)) {
                        break;
                    }
                    if (c == '\'' && quote < 0) {
                        quote = i - s;
                    } else if (c == '\u2019' && curly < 0) {
                        curly = i - s;
                    } else if (c == '-' && hyphen < 0) {
                        hyphen = i;
                    }
                }
                all |= c;
                hash = WordTable.hashWordChar(hash, c);
                i++;
            }
            boolean ascii = all < 128;
            int apostrophe = Math.max(quote, curly);
            boolean cut = false;
            if (apostrophe > 0 && contraction(chars, s + apostrophe + 1, i)) {
                i = s + apostrophe; // "I'm", "Jennifer's": the word is what stands before the apostrophe
                cut = true;
                ascii = ascii || isAscii(chars, s, i);
                hash = WordTable.hash(chars, s, i);
            }
            // "Don't", "Won't" are not names, nor a form's "Rec'd" (received): a name is rarely written with "'d"
            boolean negation = cut && n > i + 1 && (Character.toLowerCase(chars[i + 1]) == 't'
                    || chars[i + 1] == 'd' && (i + 2 >= n || !isLetter(chars[i + 2])));
            if (ascii) {
                out.addAscii(s, i, hash, negation);
            } else {
                out.addOther(s, i, negation);
            }
            if (hyphen >= 0 && hyphen < i - 1) {
                out.hyphenLast();
            }
        }
        return out;
    }

    /** CONTRACTIONS, looked up from the text. */
    private static final WordTable CONTRACTION_TABLE = WordTable.of(CONTRACTIONS, 1);

    /** Whether {@code text[s, e)} in lower case is one of CONTRACTIONS (an ASCII stretch read in place). */
    private static boolean contraction(char[] text, int s, int e) {
        return isAscii(text, s, e) ? CONTRACTION_TABLE.get(text, s, e) != 0
                : CONTRACTIONS.contains(WordTable.lowerCase(new String(text, s, e - s)));
    }

    /**
     * {@code Character.isLetter} of every char, a bit each (8 KB): a text beyond ASCII asks it of most
     * of its characters, and the table answers in one read where the method looks up the type.
     */
    private static final long[] LETTERS = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter((char) c)) {
                LETTERS[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * @return {@code Character.isLetter(c)}: for ASCII (nearly every character of most texts) A to Z
     *     and a to z, told with a subtraction, else the table
     */
    static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : (LETTERS[c >>> 6] & 1L << c) != 0;
    }

    private static boolean isAscii(char[] text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (text[k] >= 128) {
                return false;
            }
        }
        return true;
    }
}
