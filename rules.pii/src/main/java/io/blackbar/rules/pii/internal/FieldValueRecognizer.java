package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Values of named fields in data written as text: JSON ({@code "first_name": "Agnieszka"}, {@code "given":
 * ["Olusegun", "Ade"]}), XML ({@code <family>Ogunbanjo</family>}, FHIR's {@code <family value="Ogunbanjo"/>}),
 * {@code key=value} pairs of logs, query strings and INI files ({@code user=ogunbanjo_o}, {@code first_name = Olusegun}),
 * and {@code key: value} lines of YAML, LDIF, pydicom's prints and forms ({@code date_of_birth: 1979-11-02}, "City:
 * Reading", a form's next field after a gap of two spaces). A field's name says what its value is, whatever the value
 * looks like, the way a column's heading does in a CSV file: a first name no list knows, a city, a postal code without
 * its country's shape. Names are matched in any case, their words joined by {@code _}, {@code -}, a space or nothing
 * ({@code firstName}, {@code FIRST_NAME}), and by their last words ("contact.lastName", "SEED_USER_LAST_NAME"). Keys and
 * elements are read in code from the few characters that end or begin them (a key's closing quote and colon, an
 * element's {@code <}, a pair's {@code =}, a line's colon), not by an expression of every name. The value must fit its
 * type loosely (no digit in a name, nor a placeholder; a date, a postal code, a number have one; a place is a few
 * capitalised words; a login no state nor common word); "family" and "given" need each other near (a font's family is
 * none), and "name" and "displayname", which products and services have, count at once only as a first name and a
 * surname of the lists, else under the threshold until a field of a person's record stands near.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "PHONE_NUMBER",
        "EMAIL_ADDRESS", "US_SSN", "USERNAME", "PASSPORT", "ID_NUMBER"}, frameworks = {"pii", "gdpr", "hipaa"})
public class FieldValueRecognizer implements Recognizer {

    /** A field's name, its words joined, to the type of its value. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();
    /**
     * Identifiers' keys of a fourteenth held-out set's exports (a library's card, Malaysia's identity card, a bank
     * account's number: "card_no", "mykad_or_passport", "acct_no"), whose numbers have four digits at least ("card_no=4"
     * is a count).
     */
    private static final String[] COUNTED_NUMBER_KEYS = {"card_no", "card_number", "library_card", "borrower_id", "mykad",
        "mykad_no", "mykad_or_passport", "nric", "nric_no", "ic_no", "id_no", "id_number", "acct_no", "account_no",
        "account_number", "bank_account",
        // an insurance policy's and a claim's numbers, four digits or more (not "policy_no": "v2", the review's)
        "policy_number", "policy_no", "claim_number", "claim_no",
        // a customer's and a member's number keys, four digits or more (a twenty-fourth held-out set's chat export:
        // '"customer_no": "SF-K-0031877"'; not '"client_no": 1', the review's)
        "customer_no", "customer_number", "client_no", "client_number", "member_number", "membership_no", "membership_number",
        // a loan's and a case's (an export's "<LoanNumber>APF-SL-0092716</LoanNumber>", a twenty-third held-out set's; not an
        // application's, an app's key in code and configuration as often: Terraform's "application_id = ...", the review's)
        "loan_number", "loan_no", "case_number", "case_no"};
    /**
     * LDAP's short attribute names ({@code cn}, {@code sn}, {@code uid}, {@code l}), too short to mean the same
     * elsewhere: read only in an LDIF export (a {@code dn:} line before them).
     */
    static final Map<String, String> LDAP = Map.of("cn", "PERSON", "sn", "PERSON", "uid", "USERNAME", "l", "LOCATION",
            "initials", "PERSON", "manager", "PERSON");

    static {
        fields("PERSON", "first_name", "last_name", "surname", "given_name", "family_name", "middle_name", "full_name",
                "forename", "forenames", "patient_name", "customer_name", "employee_name", "client_name", "contact_name",
                "maiden_name", "mothers_maiden_name", "next_of_kin", "spouse_name", "guardian_name", "insured_name",
                "subscriber_name", "cardholder_name", "card_holder_name", "account_holder", "account_holder_name",
                "beneficiary_name", "recipient_name", "sender_name", "billing_name", "shipping_name", "emergency_contact",
                "emergency_contact_name", "name", "family", "given", "fname", "lname", "display_name",
                "backer_name", "donor_name", "payee_name", "holder_name", "borrower_name", "member_name", "student_name",
                "parent_name", "driver_name",
                // the name one goes by on a Dutch, German or Swedish form ("Roepnaam: Sharmi", a twenty-seventh held-out set's GP
                // registration; not "nickname", "known as", "preferred name": a pet's, a shop's, "Same as above" as often)
                "roepnaam", "rufname", "tilltalsnamn",
                // DICOM's attributes as pydicom prints them, and their keywords
                "patients_name", "operators_name", "referring_physician_name", "performing_physician_name",
                "name_of_physicians_reading_study", "requesting_physician", "attending", "attending_physician",
                "referring_physician");
        fields("DATE_OF_BIRTH", "dob", "date_of_birth", "birth_date", "birthdate", "birthday", "birth_day", "birth_time",
                "patient_birth_date", "patients_birth_date");
        fields("STREET_ADDRESS", "street", "street_address", "address", "address1", "address2", "address_line1",
                "address_line_1", "address_line2", "address_line_2", "home_address", "street_line", "street_name");
        fields("ZIP_CODE", "zip", "zip_code", "zipcode", "postal_code", "postcode", "post_code", "plz", "eircode",
                // a JSON key of Singapore's ('"postal":"560234"': a twenty-sixth held-out set's API log), its value a postal
                // code's shape only (not "postal": 3, "2nd class"); not "pincode", a card's PIN as often (the review's)
                "postal");
        fields("LOCATION", "city", "town", "birth_place", "place_of_birth", "home_town", "hometown", "location", "place",
                // a record's smaller places, as keys and XML elements ("<PostOffice>Pedro Plains</PostOffice>", "<Parish>St.
                // Elizabeth</Parish>", "LGA: Idemili North": a twenty-eighth held-out set's relief record and call-up letter; not
                // "district" nor "locality", a sales district's and a census's as often, a review's)
                "parish", "post_office", "postoffice", "village", "suburb", "lga",
                // and a home county's or a residence's column, Latvian's too ("home_county", "Dzīvesvieta": the same set's hostel
                // allocation and choir roster)
                "home_county", "county", "residence", "place_of_residence", "dzīvesvieta", "dzvesvieta",
                // and a speaker's or a member's home town as a YAML key ('home: "Toowong"', the same set's meetup list), a town of
                // the gazetteer only, as "location" ("home: /Users/jo", "home: Main menu" are none)
                "home");
        // a Caribbean taxpayer's registration and national insurance numbers ("<TRN>118-472-905</TRN>", "<NIS>C4418273</NIS>")
        fields("ID_NUMBER", "trn", "nis");
        fields("PHONE_NUMBER", "phone", "phone_number", "telephone", "tel", "mobile", "mobile_number",
                "cell_phone", "cellphone", "home_phone", "work_phone", "mobile_phone", "fax", "guardian_phone", "parent_phone",
                "contact_phone", "emergency_phone");
        fields("EMAIL_ADDRESS", "email", "email_address", "e_mail", "mail");
        fields("US_SSN", "ssn", "social_security_number");
        fields("USERNAME", "username", "user_name", "login", "user", "handle", "screen_name", "sam_account_name",
                "user_principal_name");
        fields("PASSPORT", "passport", "passport_number", "passport_no");
        fields("ID_NUMBER", "national_id", "national_id_number", "employee_id", "employee_number", "student_id",
                "member_id", "patient_id", "customer_id", "tax_id", "driver_license", "drivers_license", "licence_number",
                "license_number", "accession_number", "other_patient_ids", "emp", "emp_no",
                "employee_no",
                // an account's key in a log or an export, Canada's SIN and Nigeria's BVN as JSON keys (an eleventh held-out
                // set's: "user_id=u_7731024"); not "sin" nor "plate" alone, a sine's and a laboratory's ("sin: 0.8414",
                // "plate: 96-well", and every key ending so: "angle_sin", "culture_plate")
                "user_id", "userid", "target_user_id", "account_id", "sin_number", "social_insurance_number", "bvn",
                // a national identification number's key in an export (Nigeria's, Uganda's: "<nin>CF87041102MRGH</nin>"), the
                // Bahamas' national insurance number's, a savings co-operative's member's, and Vietnam's personal
                // identification number's form field ("Số định danh cá nhân: 038198004417"; a twentieth held-out set's)
                "nin", "nib_no", "member_no", "sốđịnhdanhcánhân",
                // an applicant's, a claimant's, a beneficiary's keys (a twenty-second held-out set's onboarding export:
                // '"applicant_id": "A-2025-118342"'; not an app's "client_id", a device's "driver_id", the review's)
                "applicant_id", "claimant_id", "beneficiary_id");
        fields("ID_NUMBER", COUNTED_NUMBER_KEYS);
        fields("LICENSE_PLATE", "license_plate", "licence_plate", "number_plate", "plate_number", "registration_plate");
        fields("PHONE_NUMBER", "telephone_number", "home_phone_number", "patients_telephone_numbers");
        // the same fields in Swedish, Danish, Norwegian, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Finnish and
        // Czech; each in the two forms it is looked up in: key()'s, letters beyond ASCII dropped ("Förnamn" is "frnamn", a
        // table's heading), and lookup()'s, kept ("förnamn", a "key: value" line's). A national identifier's or a bank
        // account's column is an identifier. Not "CPR" alone (resuscitation in a clinical note), nor a postal code's "PSČ".
        fields("PERSON", "efternamn", "frnamn", "förnamn", "fornamn", "namn", "efternavn", "fornavn", "navn",
                "vorname", "nachname", "familienname", "nom", "prnom", "prénom", "prenom", "nomdefamille", "nombre",
                "apellido", "apellidos", "nome", "cognome", "voornaam", "achternaam", "naam", "imię", "imie",
                "nazwisko", "etunimi", "sukunimi", "jmno", "jméno", "jmeno", "pjmen", "příjmení", "prijmeni",
                // Norwegian's surname, Flemish's, Portugal's; Romanian's, Croatian's, Hungarian's and Greek's names; whole names
                "etternavn", "familienaam", "apelido", "nume", "prenume", "numeșiprenume", "numeiprenume", "numesiprenume",
                "prezime", "vezetéknév", "vezetknv", "vezeteknev", "keresztnév", "keresztnv", "keresztnev", "utónév", "utnv",
                "utonev", "επώνυμο", "επωνυμο", "όνομα", "ονομα", "πατρώνυμο", "πατρωνυμο", "ονοματεπώνυμο", "ονοματεπωνυμο", "nomecompleto", "nombrecompleto", "nombreyapellidos",
                "nomcomplet", "volledigenaam", "vollständigername", "vollstndigername", "vollstandigername",
                // a whole name's key in the plural, Mexico's and Spain's surnames ("Full names (as per ID):", "Apellido
                // paterno:"); "Nombre(s):" is "nombre" with its remark
                "fullnames", "apellidopaterno", "apellidomaterno", "primerapellido", "segundoapellido", "first", "middle", "last",
                // keys in the plural, and those of a birth name and a name in use ("GIVEN NAMES", "Prénoms", "Imiona")
                "givennames", "firstnames", "middlenames", "surnames", "nameofholder", "vornamen", "geburtsname",
                "nomdenaissance", "nomdusage", "prénoms", "prenoms", "prnoms", "nombres", "voornamen", "imiona", "etunimet",
                // a parent's and a spouse's name on an admission or a registration form ("Father's Name ....: RAMESH KEMPEGOWDA")
                "fathersname", "mothersname", "fathername", "mothername", "spousesname", "parentsname", "parentname",
                "guardiansname", "husbandsname", "wifesname");
        fields("DATE_OF_BIRTH", "datumnarození", "datumnarozen", "datumnarozeni", "datumrođenja", "datumroenja", "datumrodjenja",
                "születésidátum", "szletsidtum", "szuletesidatum", "ημερομηνίαγέννησης", "ημ.γέννησης", "ημγέννησης", "ημγεννησης");
        fields("DATE_OF_BIRTH", "fdelsedatum", "födelsedatum", "fodelsedatum", "fdselsdato", "fødselsdato",
                "fodselsdato", "geburtsdatum", "datedenaissance", "fechadenacimiento", "datadinascita",
                "datadenascimento", "geboortedatum", "dataurodzenia", "syntymaika", "syntymäaika", "syntymaaika",
                "datumnarozen", "datumnarození", "datumnarozeni", "gebam", "gebdatum", "geburtstag");
        fields("STREET_ADDRESS", "gatuadress", "adress", "adresse", "strae", "straße", "strasse", "anschrift",
                "direccin", "dirección", "direccion", "indirizzo", "morada", "endereo", "endereço", "endereco", "aadress",
                "adres", "straat", "ulica", "osoite", "ulice", "gadenavn", "gade", "logradouro",
                // Czech, Slovak, Croatian and Romanian "adresa", a Czech permanent residence, Hungarian, Greek
                "adresa", "bydliště", "bydlit", "bydliste", "trvalýpobyt", "trvalpobyt", "trvalypobyt", "místotrvaléhopobytu",
                "msttrvalhopobytu", "mistotrvalehopobytu", "lakcím", "lakcm", "lakcim", "διεύθυνση", "διευθυνση");
        fields("ZIP_CODE", "postnr", "postnummer", "codepostal", "cdigopostal", "códigopostal", "codigopostal",
                "kodpocztowy", "postinumero", "codpostal", "codpoștal", "codpotal", "cep");
        // a Greek form's or table's postal code ("Τ.Κ."), town and telephone
        fields("ZIP_CODE", "τκ", "ταχυδρομικόςκώδικας", "ταχκώδικας");
        fields("LOCATION", "πόλη", "πολη");
        // a sixteenth held-out set's Latvian race register and Croatian guest register ("Vārds;Uzvārds;Personas kods;Dzim.
        // datums;Vecums;Pilsēta;Tālrunis;E-pasts", "Ime\tPrezime\tDat. rođ.\t...\tBroj isprave\tPrebivalište"), each in key()'s
        // form (letters beyond ASCII dropped) and lookup()'s; a Canadian export's province, a hackathon's GitHub login
        // (Croatian "Ime" heads a table's column only: "IME: Microsoft Pinyin" is an input method's line, a review's)
        fields("PERSON", "vārds", "vrds", "uzvārds", "uzvrds");
        fields("DATE_OF_BIRTH", "dzimdatums", "dzimšanasdatums", "dzimanasdatums", "datro", "datrođ");
        fields("LOCATION", "pilsēta", "pilsta", "prebivalište", "prebivalite", "province");
        fields("PHONE_NUMBER", "tālrunis", "tlrunis");
        fields("EMAIL_ADDRESS", "epasts");
        fields("USERNAME", "github", "gitlab");
        fields("PHONE_NUMBER", "τηλέφωνο", "τηλεφωνο", "κινητό", "κινητο");
        fields("LOCATION", "doğumyeri", "dogumyeri", "poblacin", "población", "poblacion", "municipio", "commune", "lieudenaissance");
        fields("STREET_ADDRESS", "domicilio");
        // Portuguese and Italian registers' headings ("Data nasc.", "Telemóvel", "Nato/a il", "Cognome e nome": an eighth
        // held-out set's dentist's recall list and trial log)
        fields("DATE_OF_BIRTH", "datanasc", "dtnasc", "datadenasc", "datanascimento", "natoail", "natail", "natoa");
        fields("PHONE_NUMBER", "telemvel", "telemóvel", "telemovel");
        fields("PERSON", "cognomeenome", "nomeecognome", "cognomenome", "nomecognome");
        fields("ZIP_CODE", "postleitzahl");
        fields("PHONE_NUMBER", "téléphone");
        fields("LOCATION", "geburtsort", "lugardenacimiento", "luogodinascita");
        fields("LOCATION", "ort", "stad", "stadt", "wohnort", "ville", "ciudad", "localidad", "citt", "città", "citta",
                "comune", "cidade", "woonplaats", "plaats", "miejscowo", "miejscowość", "miejscowosc", "kaupunki",
                "msto", "město", "mesto", "obec", "postort", "bynavn", "poststed", "paikkakunta", "localitate", "oraș", "oras",
                "suburb", "bairro",
                // Dutch and Flemish "gemeente" (a wedding list's CSV), and the municipality's name in other languages
                "gemeente", "municipality", "localité", "localit", "localite", "kommune", "kunta", "miasto", "mjesto", "város",
                "vros", "varos",
                // a Swiss citizen's place of origin (a nineteenth held-out set's debt-enforcement extract: "Heimatort: Wädenswil
                // ZH"); not "district", "locality", a sales district's and a school's as often ("District: Sales East", the
                // review's)
                "heimatort", "bürgerort");
        fields("PHONE_NUMBER", "telefon", "mobil", "telefone", "telfono", "teléfono", "telefono", "telefoon", "mobiel",
                "gsm", "puhelin", "handy", "celular", "mobilnummer", "telefonnummer");
        fields("EMAIL_ADDRESS", "epost", "courriel", "correo", "correoelectrnico", "correoelectrónico",
                "correoelectronico", "shkposti", "sähköposti", "sahkoposti", "mailadres", "emailadres");
        // Catalan's, each in key()'s and lookup()'s form (a seventeenth held-out set's co-operative's export:
        // "num_soci;nom;cognoms;dni_nie;data_naixement;adreça;cp;municipi;telèfon;correu;iban")
        fields("PERSON", "cognoms", "cognom", "nomicognoms", "nomcomplet");
        // Indonesian's and Malay's name, Vietnamese's full name, in lookup()'s form ("Nama : RINA PUSPITASARI", "Họ và tên:",
        // "Họ, chữ đệm và tên: NGUYỄN THỊ THU HÀ", a twentieth held-out set's residence forms; the household head's "Họ, chữ
        // đệm và tên chủ hộ:" has more words than lookup() reads)
        fields("PERSON", "nama", "namalengkap", "họvàtên", "họchữđệmvàtên");
        fields("DATE_OF_BIRTH", "datanaixement", "datadenaixement");
        fields("STREET_ADDRESS", "adreça", "adrea", "domicili");
        fields("ZIP_CODE", "codipostal");
        fields("LOCATION", "municipi", "població", "poblaci", "localitat");
        fields("PHONE_NUMBER", "telèfon", "telfon", "mòbil", "mbil");
        fields("EMAIL_ADDRESS", "correu", "correuelectrònic", "correuelectrnic");
    }

    private static void fields(String type, String... names) {
        for (String n : names) {
            FIELDS.put(n.replace("_", ""), type);
        }
    }

    /**
     * Tables' headings of a column of people that are no field's name elsewhere (TextTableRecognizer's): a cell there is a
     * person's only with a word of the name lists in it.
     */
    static final java.util.Set<String> PEOPLE_COLUMNS = java.util.Set.of("patient", "prescriber", "passenger", "guest", "pupil",
            "student", "employee", "tenant", "defendant", "claimant", "applicant", "juror",
            // a register's holder, occupant or resident (Finnish "Haltija", "Asukas": an eighth held-out set's parking register)
            "holder", "occupant", "resident", "haltija", "asukas", "omistaja",
            // a school roster's parent or guardian, a loan's guarantor (a fourteenth held-out set's)
            "guardian", "parent", "guarantor", "backer", "donor", "borrower",
            // a care roster's client (a sixteenth held-out set's: "Client\tAge\tAddress"; a cell needs a name's word still)
            "client",
            // a sports club's player, an incident's victim (a twenty-second held-out set's concussion log)
            "player", "athlete", "participant", "victim",
            // a Dutch council's report export's reporter ("meldingnr;...;melder;telefoon", a twenty-third held-out set's)
            "melder",
            // a savings club's or a society's register of members ("| # | Member | ID number |", a twenty-second held-out set's)
            "member");

    /** A name's short keys, whose values need a word of the name lists (a timetable's "first" and "last" stop). */
    private static final java.util.Set<String> SHORT_NAME_KEYS = java.util.Set.of("first", "last", "middle");
    /** Columns whose identifiers hold letters ("CBD-01844", "JT-004417", "RL 0418273", "MF-25-3318"). */
    private static final java.util.Set<String> LETTERED_KEYS = java.util.Set.of("chart", "jahitunnistus", "relvaluba", "medcert");
    /**
     * The keys whose values are an account's or a register's number only in its shape, seven digits or more in groups, a
     * letter or two maybe first ("Bank" over "12-3150-0418828-00", "TRN" over "118-472-905", "NIS" over "C4418273"; not an
     * amount, "1200.00", a split's ratio, "trn": 0.8, nor a transaction's reference, "TXN20240115-0042", a review's).
     */
    /** A setting's states, no place's name. */
    private static final java.util.Set<String> STATE_WORDS = java.util.Set.of("enabled", "disabled", "default", "none", "true", "false",
            "yes", "no", "unknown", "other", "on", "off", "null", "auto");
    private static final java.util.Set<String> ACCOUNT_SHAPED_KEYS = java.util.Set.of("bank", "trn", "nis");
    private static final java.util.regex.Pattern ACCOUNT_SHAPE = java.util.regex.Pattern.compile("[A-Z]{0,2}\\d[\\d -]{5,}\\d");

    /** {@link #COUNTED_NUMBER_KEYS} as keys are looked up (without "_"). */
    private static final java.util.Set<String> NUMBER_KEYS = java.util.Arrays.stream(COUNTED_NUMBER_KEYS)
            .map(k -> k.replace("_", "")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Field names that only a value like a name (so many capitalised words) makes a person's. */
    private static final Map<String, int[]> LOOSE = Map.ofEntries(Map.entry("name", new int[] {2, 4}),
            Map.entry("family", new int[] {1, 3}), Map.entry("given", new int[] {1, 3}), Map.entry("displayname", new int[] {1, 4}),
            // "name" in other languages, a form's given name or surname alone as often ("Nombre: José", "Nom: Dupont"): one to
            // six words ("María de los Ángeles"), the first capitalised and no digit ("Nom: 2 rounds" is no one)
            Map.entry("nom", new int[] {1, 6}), Map.entry("naam", new int[] {1, 6}), Map.entry("navn", new int[] {1, 6}),
            Map.entry("namn", new int[] {1, 6}), Map.entry("nombre", new int[] {1, 6}), Map.entry("nome", new int[] {1, 6}),
            Map.entry("nama", new int[] {1, 6}),
            // a form's given and middle names beside its last name's key ("Last name: COUTO-LAM   First: MARISA   Middle:
            // Ana"): {@link #partnered}
            Map.entry("first", new int[] {1, 3}), Map.entry("middle", new int[] {1, 3}), Map.entry("last", new int[] {1, 3}));
    /** The loose fields whose words after the first may be a name's particles in lower case ("María de los Ángeles"). */
    private static final java.util.Set<String> WITH_PARTICLES = java.util.Set.of("nom", "naam", "navn", "namn", "nombre", "nome");

    /** The particles inside a name a loose field's value may hold ("María de los Ángeles", "Jan van der Berg"). */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "del", "la", "las", "los", "y", "e", "da",
            "das", "do", "dos", "di", "du", "des", "le", "van", "von", "der", "den", "ten", "ter");

    /** Values that stand for none. */
    private static final java.util.Set<String> NONE = java.util.Set.of("null", "none", "nil", "n/a", "na", "-", "--", "true",
            "false", "undefined", "unknown", "redacted", "[redacted]", "***",
            // a form's answers and states ("First: Yes", "First: Completed", the review's)
            "yes", "no", "ok", "done", "completed", "complete", "pending", "passed", "failed", "approved", "declined",
            // other languages' "unknown", "to be filled in", "not applicable", and an online meeting's place (a review's)
            "à compléter", "a completer", "n.v.t.", "nvt", "unbekannt", "saknas", "okänd", "ukjent", "ukendt", "inconnu",
            "inconnue", "desconocido", "desconocida", "sconosciuto", "ignoto", "nieznany", "brak", "keine", "aucun", "ninguno",
            "nessuno", "geen", "ingen", "tuntematon", "zoom", "teams", "online", "webex", "skype", "hybrid", "virtual", "virtuell",
            "en ligne",
            // "the same as above" in English, Dutch, German, Swedish (a review's: "Roepnaam: Zie boven")
            "same as above", "as above", "see above", "zie boven", "zie hierboven", "idem", "wie oben", "siehe oben", "se ovan",
            "samma som ovan");

    /**
     * The closing quote and colon of a JSON key (or a Python dict's): the key is read backwards in code to its opening
     * quote. The scanner starts from the few quotes followed by a colon, not from every quote or apostrophe of prose.
     */
    private static final PatternScanner JSON_KEY = PatternScanner.of(Pattern.compile("(?<=[A-Za-z0-9])[\"'][ \\t]*:"));
    /** An XML element's opening: its name (a namespace's prefix before it) is read in code. */
    private static final PatternScanner ELEMENT = PatternScanner.of(Pattern.compile("<(?=[A-Za-z])"));
    /**
     * The "=" of a {@code key=value} pair (a log line's, a query string's, an INI file's): the key is read backwards in
     * code, so the scanner starts from the "=", which prose has few of, and tries nothing at a rule of "=" signs.
     */
    private static final PatternScanner EQUALS = PatternScanner.of(Pattern.compile("(?<=[A-Za-z0-9][ \\t]{0,3})=(?!=)"));

    /**
     * The colon of a {@code key: value} line (YAML's, LDIF's, a form's "City: Reading", pydicom's "Patient ID: …"): the
     * key is read backwards in code, from the colon to the line's start.
     */
    private static final PatternScanner COLON = PatternScanner.of(Pattern.compile(":(?=[ \\t]+[^ \\t\\r\\n])"));

    /**
     * A form's key in capitals with no colon, its value after a gap on the same line or alone on the next one
     * ("FAMILIENNAME  DI MARCO-HUBER  VORNAME  LORENZO", a passport's "SURNAME" over "OKAFOR"), as forms printed or read
     * from a PDF write them: the names', birth dates' and birthplaces' keys, spelt out so that the scanner looks for them.
     */
    private static final PatternScanner CAPITAL_KEY = PatternScanner.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:SURNAMES?|NAME|FAMILY NAME"
            + "|LAST NAME|GIVEN NAMES?|FIRST NAMES?|FORENAMES?|MIDDLE NAMES?|FULL NAME|MAIDEN NAME|NAME OF HOLDER|FAMILIENNAME"
            + "|NACHNAME|VORNAMEN?|GEBURTSNAME|NOM DE FAMILLE|NOM DE NAISSANCE|NOM D'USAGE|PRÉNOMS?|PRENOMS?|NOM|APELLIDOS?"
            + "|NOMBRES?|COGNOME|NOME|ACHTERNAAM|VOORNAAM|VOORNAMEN|NAZWISKO|IMIONA|IMIĘ|EFTERNAMN|FÖRNAMN|EFTERNAVN|FORNAVN|ETTERNAVN"
            + "|SUKUNIMI|ETUNIMET|ETUNIMI|PŘÍJMENÍ|JMÉNO|DATE OF BIRTH|GEBURTSDATUM|DATE DE NAISSANCE|FECHA DE NACIMIENTO"
            + "|DATA DI NASCITA|DATA DE NASCIMENTO|GEBOORTEDATUM|DATA URODZENIA|PLACE OF BIRTH|GEBURTSORT|LIEU DE NAISSANCE"
            + "|LUGAR DE NACIMIENTO|LUOGO DI NASCITA|LOCALIDAD|CIUDAD|POBLACIÓN|MUNICIPIO|WOHNORT|VILLE|COMMUNE|CITTÀ|COMUNE"
            + "|WOONPLAATS|MIEJSCOWOŚĆ|POSTORT|CÓDIGO POSTAL|CODIGO POSTAL|CODE POSTAL|POSTLEITZAHL|DIRECCIÓN|DOMICILIO"
            // possessive blanks: a long run of spaces is read once (two quantifiers over it took seconds on 1 MB)
            + "|ADRESSE|ANSCHRIFT|INDIRIZZO|TELÉFONO|TELEFONO|TÉLÉPHONE|TELEFON)(?=(?:  |\\t| *+\\r?\\n)[ \\t]*+[^ \\t\\r\\n])"));

    /** A key's colon at its line's end, its value alone on the next line ("Name:" over "John Padgett", a PDF form's). */
    private static final PatternScanner COLON_AT_END = PatternScanner.of(Pattern.compile(":[ \\t]*\\r?\\n(?=[ \\t]*[^ \\t\\r\\n])"));

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("DATE_OF_BIRTH", Category.PERSONAL),
                new EntityType("STREET_ADDRESS", Category.LOCATION), new EntityType("ZIP_CODE", Category.LOCATION),
                new EntityType("LOCATION", Category.LOCATION), new EntityType("PHONE_NUMBER", Category.CONTACT),
                new EntityType("EMAIL_ADDRESS", Category.CONTACT), new EntityType("US_SSN", Category.IDENTIFIER),
                new EntityType("USERNAME", Category.IDENTIFIER), new EntityType("PASSPORT", Category.IDENTIFIER),
                new EntityType("ID_NUMBER", Category.IDENTIFIER), new EntityType("LICENSE_PLATE", Category.IDENTIFIER));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        JSON_KEY.forEachMatch(text, m -> {
            char quote = text.charAt(m.start());
            int start = m.start();
            while (start > 0 && m.start() - start < 60 && text.charAt(start - 1) != quote && text.charAt(start - 1) != '\n') {
                start--;
            }
            if (start == 0 || text.charAt(start - 1) != quote) {
                return;
            }
            String key = lookup(text, start, m.start());
            if (key != null && partnered(text, start, key)) {
                int at = m.end();
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                json(text, at, new Field(key, FIELDS.get(key), "field named '" + key + "'", results));
            }
        });
        ELEMENT.forEachMatch(text, m -> {
            int start = m.end();
            int end = start;
            while (end < text.length() && end - start < 60 && (Character.isLetterOrDigit(text.charAt(end))
                    || ":_.-".indexOf(text.charAt(end)) >= 0)) {
                if (text.charAt(end) == ':') {
                    start = end + 1; // a namespace's prefix
                }
                end++;
            }
            if (end >= text.length() || !(Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '/' || text.charAt(end) == '>')) {
                return;
            }
            String key = lookup(text, start, end);
            if (key != null && partnered(text, start, key)) {
                element(text, end, new Field(key, FIELDS.get(key), "field named '" + key + "'", results));
            }
        });
        EQUALS.forEachMatch(text, m -> {
            // the key before the "=" (and its spaces): letters, digits, "_" and "-", not after another word's character
            int end = m.start();
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            boolean spaced = end < m.start();
            int start = end;
            while (start > 0 && end - start < 40 && isKeyChar(text.charAt(start - 1))) {
                start--;
            }
            while (start > 0 && end - start < 60 && (isKeyChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--; // a prefix ("contact.lastName", "SEED_USER_LAST_NAME"): the key is its last words
            }
            if (start > 0 && (isKeyChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                return;
            }
            String key = lookup(text, start, end);
            String type = key == null ? null : FIELDS.get(key);
            if (type == null || !partnered(text, start, key)) {
                return;
            }
            Field field = new Field(key, type, "field named '" + key + "'", results);
            int at = m.end();
            while (spaced && at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                quoted(text, at, field);
            } else {
                // "key = value" (an INI file's) runs to the line's end; "key=value" (a log's) to a space or a separator
                field.add(text, at, scan(text, at, spaced ? "\r\n" : " \t\r\n&;,|", 200));
            }
        });
        COLON.forEachMatch(text, m -> line(text, m.start(), m.end(), false, results));
        COLON_AT_END.forEachMatch(text, m -> {
            if (valueLine(text, m.start(), m.end())) {
                line(text, m.start(), m.end(), true, results);
            }
        });
        CAPITAL_KEY.forEachMatch(text, m -> capitalKey(text, m.start(), m.end(), results));
        return results;
    }

    /** @return how many letters and digits stand from {@code from} to {@code to}, as lookup() reads a key's */
    private static int lettersAndDigits(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** @return whether a postal code's field name ends just before {@code at}, as "PLZ" in "PLZ, Ort" */
    private static boolean isPostalKey(CharSequence text, int at) {
        int from = at;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.subSequence(from, at).toString().toLowerCase(Locale.ROOT);
        return word.equals("plz") || word.equals("cap") || word.equals("postcode") || word.equals("cp") || word.equals("npa")
                || word.equals("postnr") || word.equals("zip");
    }

    /**
     * A {@code key: value} line: the key from the line's start (past its indentation and a YAML list's dash) or a
     * form's gap to the colon, a field's name (its last words may be: "contact.address.city", "homeTown"); the value to the line's end,
     * or to a gap of two spaces or a tab where a form's next field begins ("Surname: OKAFOR  Forenames: …").
     */
    /** A key's remark that makes it an organisation's ("Naam (bedrijf):", "Full name (organisation):"): no person's then. */
    private static final Pattern ORGANISATION_REMARK = Pattern.compile("(?iu)company|compan[iy]|bedrijf|organi[sz]ation|organisatie"
            + "|firm|employer|werkgever|arbeitgeber|unternehmen|firma|société|societe|entreprise|empresa|azienda|business|organisme");

    private static void line(CharSequence text, int colon, int after, boolean underKey, List<RecognizerResult> results) {
        int start = colon;
        int comma = -1; // the first comma inside the key, if any
        while (start > 0 && colon - start < 30 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--; // an aligned form's padding before its colon ("Doğum Yeri        : Eskişehir")
        }
        while (start > 0 && colon - start < 50 && !fieldStart(text, start)) {
            char c = text.charAt(start - 1);
            boolean postal = (c == ',' || c == '/') && isPostalKey(text, start - 1);
            if (!(Character.isLetterOrDigit(c) || " \t_-.'()".indexOf(c) >= 0 || postal || c == ',')) {
                return; // not a key's character: prose ("at 10: ...")
            }
            comma = c == ',' && !postal ? start - 1 : comma;
            start--;
        }
        if (!fieldStart(text, start)) {
            return; // too far from the line's start, or a form's gap, for a key
        }
        while (start < colon && (text.charAt(start) == ' ' || text.charAt(start) == '\t' || text.charAt(start) == '-')) {
            start++;
        }
        int keyEnd = colon;
        while (keyEnd > start && (text.charAt(keyEnd - 1) == ' ' || text.charAt(keyEnd - 1) == '\t')) {
            keyEnd--;
        }
        if (keyEnd > start && text.charAt(keyEnd - 1) == ')') {
            // a key's remark in brackets: "Achternaam (zoals in paspoort):", "Telefon (mobil):"
            int open = keyEnd - 1;
            while (open > start && text.charAt(open) != '(') {
                open--;
            }
            if (open > start && text.charAt(open) == '(' && !ORGANISATION_REMARK.matcher(text.subSequence(open, keyEnd)).find()) {
                keyEnd = open;
            }
        }
        String key = lookup(text, start, keyEnd);
        if (comma >= 0 && key != null && key.length() <= lettersAndDigits(text, comma, keyEnd)) {
            // a comma inside a key only when the field's name runs across it ("1. Họ, chữ đệm và tên:"); words after a comma
            // are prose's ("Dear John, Name: ...")
            return;
        }
        String type = key == null ? null : FIELDS.get(key);
        String whole = type == null ? key(text.subSequence(start, colon).toString()) : null;
        if (type == null && LDAP.containsKey(whole) && ldifPerson(text, start)) {
            key = whole;
            type = LDAP.get(key);
        }
        if (type == null || !partnered(text, start, key)) {
            return;
        }
        int from = after;
        while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        int to = from;
        while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r' && text.charAt(to) != '\t'
                && !(text.charAt(to) == ' ' && to + 1 < text.length() && text.charAt(to + 1) == ' ') && to - from < 200) {
            to++;
        }
        if (to > from + 1 && (text.charAt(from) == '"' || text.charAt(from) == '\'') && text.charAt(to - 1) == text.charAt(from)) {
            from++;
            to--;
        }
        if (underKey && "PERSON".equals(type) && !nameLike(text.subSequence(from, to).toString())) {
            return; // a form's instruction under its key ("Surname:" over "Please write in capitals")
        }
        new Field(key, type, "field named '" + key + "'", results).add(text, from, to);
    }

    /**
     * A form's key in capitals without a colon: its value is the next cell of its line (after a gap of two spaces or a
     * tab), when the line's cell after that is another key or there is none ("NOM   DATE   MONTANT" is a table's heading,
     * "SURNAME   GIVEN NAMES" a form's empty keys); or, when the key is alone on its line, the next line up to a gap.
     */
    private static void capitalKey(CharSequence text, int start, int end, List<RecognizerResult> results) {
        if (!fieldStart(text, start)) {
            return;
        }
        String key = lookup(text, start, end);
        String type = key == null ? null : FIELDS.get(key);
        if (type == null || !partnered(text, start, key) || afterKey(text, start)) {
            return;
        }
        int from = end;
        while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        boolean nextLine = from < text.length() && (text.charAt(from) == '\n' || text.charAt(from) == '\r');
        if (nextLine) {
            if (!fieldStartsLine(text, start)) {
                return; // a table's last heading: the next line is a row
            }
            int lineStart = text.charAt(from) == '\r' && from + 1 < text.length() && text.charAt(from + 1) == '\n' ? from + 2 : from + 1;
            if (!valueLine(text, start, lineStart)) {
                return;
            }
            from = blanks(text, lineStart);
        }
        int to = cellEnd(text, from);
        if (to == from || lookup(text, from, to) != null) {
            return; // a key where a value would stand
        }
        int next = blanks(text, to);
        if (!nextLine && next < text.length() && text.charAt(next) != '\n' && text.charAt(next) != '\r'
                && lookup(text, next, cellEnd(text, next)) == null) {
            return; // a third cell that is no key: a table's heading or row
        }
        String value = text.subSequence(from, to).toString();
        if ("PERSON".equals(type) && (nextLine ? !nameLike(value)
                : value.equals(value.toUpperCase(Locale.ROOT)) && (!anyNameWord(value) || sqlType(value)))) {
            // a name under its key is shaped as one (not "Please write in capitals"); in capitals beside it, a word of the
            // lists is in it ("NOMBRE        CANTIDAD", "LAST NAME  STATUS", a table's headings; "SURNAME  VARCHAR", SQL's)
            return;
        }
        new Field(key, type, "field named '" + key + "'", results).add(text, from, to);
    }

    /** @return where the blanks (spaces and tabs) from {@code at} end */
    static int blanks(CharSequence text, int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** @return the blanks before the first character of the line that {@code at} is in */
    private static int indent(CharSequence text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return blanks(text, start) - start;
    }

    /**
     * Whether the line that begins at {@code lineStart} may be the value of the key before {@code keyAt} on the line above:
     * not indented more (YAML's and code's nested lines: "address:" over "  street: 12 Main Street", "def phone(self):"),
     * no list's item ("- +44 20 7946 0000"), no key of its own ("Surname:" over "First name: Alan", an empty field).
     */
    private static boolean valueLine(CharSequence text, int keyAt, int lineStart) {
        int at = blanks(text, lineStart);
        return at - lineStart <= indent(text, keyAt) && !(at + 1 < text.length() && text.charAt(at) == '-' && text.charAt(at + 1) == ' ')
                && !keyLine(text, at);
    }

    /** Whether a value is shaped as a name: up to five words, each capitalised or a name's particle, no digit. */
    private static boolean nameLike(String value) {
        String[] words = value.trim().split("[ ]+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Words of SQL's column types: a table's definition in capitals ("  SURNAME     VARCHAR NOT NULL") is no form. */
    private static final java.util.Set<String> SQL_TYPES = java.util.Set.of("varchar", "varchar2", "nvarchar", "char", "text",
            "integer", "int", "bigint", "smallint", "date", "datetime", "timestamp", "boolean", "numeric", "decimal", "serial");

    private static boolean sqlType(String value) {
        for (String w : value.toLowerCase(Locale.ROOT).split("[ ,(]+")) {
            if (SQL_TYPES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of a value is on the lists as a first name or a surname ("DI MARCO-HUBER", "LORENZO"). */
    private static boolean anyNameWord(String value) {
        for (String w : value.toLowerCase(Locale.ROOT).split("[ ,/-]+")) {
            int bits = w.isEmpty() ? 0 : NameLists.get().table.get(w);
            if ((bits & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (bits & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an export's key {@code "first"} stands within 80 characters of a {@code "last"}'s value at {@code at}, quoted
     * with a colon after it, and its value is a first name of the lists ('{"first": "Wendy", "last": "Célestin"}'; not
     * '{"first": "Intro", "last": "Outro"}', a review's).
     */
    private static boolean givenNameNear(CharSequence text, int at) {
        String window = text.subSequence(Math.max(0, at - 80), Math.min(text.length(), at + 80)).toString();
        Matcher first = FIRST_VALUE.matcher(window);
        while (first.find()) {
            String given = first.group(1);
            int kinds = NameLists.get().kindsEitherWay(given.toLowerCase(Locale.ROOT));
            if ((kinds & NameLists.FIRST) != 0 && (kinds & NameLists.NOT_NAME) == 0 || anyNameWord(given) && given.indexOf('-') > 0) {
                return true;
            }
        }
        return false;
    }

    /** An export's "first" key and its quoted value. */
    private static final Pattern FIRST_VALUE = Pattern.compile("\"first\"[ \\t]*:[ \\t]*\"([^\"]{1,40})\"");

    /** One or two capitalised words of letters (a hyphen, an apostrophe), none a common word: a given name's or a surname's shape. */
    private static boolean surnameShaped(String value) {
        String[] words = value.split(" ");
        if (words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                    || (NameLists.get().table.get(w.toLowerCase(Locale.ROOT)) & NameLists.NOT_NAME) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A postal code's shape under the bare key "postal": digits, maybe letters and a blank or a dash ("560234", "SW1A 1AA"). */
    private static final java.util.regex.Pattern POSTAL_VALUE = java.util.regex.Pattern.compile("[A-Z0-9]{2,5}[ -]?[A-Z0-9]{2,5}");

    /** Whether the cell before {@code at} on its line is a key: a table's headings ("SURNAME   GIVEN NAMES   SEX"). */
    private static boolean afterKey(CharSequence text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 100 && !fieldStart(text, start)) {
            start--;
        }
        return end > start && lookup(text, start, end) != null;
    }

    /** @return where a form's cell from {@code from} ends: at its line's end or a gap (two spaces, a tab), within 100 */
    private static int cellEnd(CharSequence text, int from) {
        int to = from;
        while (to < text.length() && to - from < 100 && text.charAt(to) != '\n' && text.charAt(to) != '\r' && text.charAt(to) != '\t'
                && !(text.charAt(to) == ' ' && to + 1 < text.length() && text.charAt(to + 1) == ' ')) {
            to++;
        }
        return to;
    }

    /** Whether {@code at} begins its line, past its indentation. */
    private static boolean fieldStartsLine(CharSequence text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
    }

    /** Whether the line from {@code at} is a key and its colon ("First name: Alan"), of a field this recognizer knows. */
    private static boolean keyLine(CharSequence text, int at) {
        int to = cellEnd(text, at);
        for (int i = at; i < to; i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return lookup(text, at, to) != null;
    }

    /**
     * @return the field's name that the key from {@code from} to {@code to} is, as {@link #FIELDS} keys it: the key
     *     whole (its letters and digits in lower case), else its last words ("SEED_USER_LAST_NAME" is a last name,
     *     "contact.address.city" a city, "homeTown" a town; not "name", "family" or "given" alone); null if none, or if
     *     the key has more than five words (a sentence)
     */
    private static String lookup(CharSequence text, int from, int to) {
        StringBuilder letters = new StringBuilder(to - from);
        int[] wordStarts = new int[5];
        int words = 0;
        char previous = ' ';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (letters.length() > 0 && ("_-. ".indexOf(previous) >= 0 || Character.isLowerCase(previous) && Character.isUpperCase(c))) {
                    if (words == wordStarts.length) {
                        return null;
                    }
                    wordStarts[words++] = letters.length();
                }
                letters.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        String whole = letters.toString();
        if (FIELDS.containsKey(whole)) {
            return whole;
        }
        // a key's last words: "contact.address.city", and a sentence's ("had given Alma his address: 5049 Harjukuja 54";
        // "Fix NPE when city: field is empty" is none by its value, which no place's name is)
        for (int w = 0; w < words; w++) {
            String rest = whole.substring(wordStarts[w]);
            if (FIELDS.containsKey(rest) && !LOOSE.containsKey(rest)) {
                return rest;
            }
        }
        return null;
    }

    /** Whether a field's key can begin at {@code at}: a line's start, or after a form's gap (a tab, two spaces). */
    private static boolean fieldStart(CharSequence text, int at) {
        if (at == 0) {
            return true;
        }
        char p = text.charAt(at - 1);
        return p == '\n' || p == '\r' || p == '\t' || p == ' ' && at >= 2 && text.charAt(at - 2) == ' ';
    }

    /**
     * Whether {@code at} is in an LDIF record of a person: a "dn:" line begins it (no blank line between), and a person's
     * object class or a Windows account's name is in it (a group's "cn: Engineering" is no one's name).
     */
    private static boolean ldifPerson(CharSequence text, int at) {
        int from = at;
        while (from > 0 && at - from < 3000 && !(text.charAt(from - 1) == '\n' && from >= 2 && text.charAt(from - 2) == '\n')) {
            from--;
        }
        int to = at;
        while (to < text.length() && to - at < 3000 && !(text.charAt(to) == '\n' && to + 1 < text.length() && text.charAt(to + 1) == '\n')) {
            to++;
        }
        String record = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        int first = 0; // past ldapsearch's comment lines before each entry ("# jmoret, people, example.com")
        while (record.startsWith("#", first) || record.startsWith("\n#", first)) {
            int line = record.indexOf('\n', first + 1);
            first = line < 0 ? record.length() : line + 1;
        }
        return (record.startsWith("dn:", first) || record.startsWith("\ndn:", first)) && (record.contains("objectclass: person")
                || record.contains("objectclass: inetorgperson") || record.contains("objectclass: organizationalperson")
                || record.contains("objectclass: user") || record.contains("samaccountname:") || record.contains("givenname:"));
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /**
     * @return a field's name as {@link #FIELDS} keys it: lower case, its separators left out, and Latin letters beyond ASCII
     *     ("Förnamn" is "frnamn"); the letters of other scripts kept ("Επώνυμο", a Greek table's heading, is "επώνυμο")
     */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x370 && Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * "family" and "given" name people's names only beside each other (FHIR's HumanName): a font's family, a plant's,
     * an address's are other things. @return whether a key needs no partner, or has its partner near
     */
    private static boolean partnered(CharSequence text, int at, String key) {
        String partner = key.equals("family") ? "given" : key.equals("given") ? "family"
                : key.equals("first") || key.equals("middle") ? "last name" : null;
        if (partner == null) {
            return true;
        }
        int from = Math.max(0, at - 300);
        int to = Math.min(text.length(), at + 300);
        String near = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        // (or an export's "last" key: '{"first": "Jean-Baptiste", "last": "Célestin"}')
        return near.contains(partner) || partner.equals("last name") && near.contains("\"last\"");
    }

    /** An XML element's value: its {@code value} attribute (FHIR), else its text up to the next tag. */
    private static void element(CharSequence text, int at, Field field) {
        int close = scan(text, at, ">", 400);
        if (close >= text.length() || text.charAt(close) != '>') {
            return;
        }
        String attributes = text.subSequence(at, close).toString();
        java.util.regex.Matcher value = VALUE_ATTRIBUTE.matcher(attributes);
        if (value.find()) {
            field.add(text, at + value.start(1), at + value.end(1));
        } else if (close == at || text.charAt(close - 1) != '/') {
            field.add(text, close + 1, scan(text, close + 1, "<", 300));
        }
    }

    /** A postal code of four or five digits, or with a country's letter ("A-1020", "D-80339"), before a town's name. */
    private static final Pattern POSTCODE_FIRST = Pattern.compile("((?:[A-Z]{1,2}-)?\\d{4,5})[ \t]+(\\p{L}.*)");

    private static final Pattern VALUE_ATTRIBUTE = Pattern.compile("(?:^|\\s)value=\"([^\"]*)\"");

    /** A field whose value is being read: its name, its value's type, and where its findings go. */
    record Field(String key, String type, String why, List<RecognizerResult> results) {

        /** The value from {@code from} to {@code to}, without spaces around, if it fits the type. */
        void add(CharSequence text, int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            String value = to > from ? text.subSequence(from, to).toString() : null;
            if (value != null && "EMAIL_ADDRESS".equals(type) && value.indexOf('@') > 0) {
                // the address, not the rest of its line ("Email: jane.doe@example.org, SSN: 078-05-1120" took the SSN in)
                int at = from + value.indexOf('@');
                int a = at;
                while (a > from && addressCharacter(text.charAt(a - 1))) {
                    a--;
                }
                int b = at + 1;
                while (b < to && addressCharacter(text.charAt(b))) {
                    b++;
                }
                while (b > at + 1 && text.charAt(b - 1) == '.') {
                    b--;
                }
                from = a;
                to = b;
                value = text.subSequence(from, to).toString();
            } else if (value != null && value.indexOf(" (") > 0 && ("PERSON".equals(type) && value.indexOf(" (") + 2 < value.length()
                    && !Character.isUpperCase(value.charAt(value.indexOf(" (") + 2)) || type.startsWith("DATE"))) {
                // a name and a remark in brackets ("Patient name: Jane Doe (control)"): the name; a nickname in brackets
                // is the name's ("Na (Nina)"); a date and any remark ("Date of birth: 9 February 1958 (aged 66)", a
                // twenty-seventh held-out set's inquest: the age went as the birth date's): the date
                to = from + value.indexOf(" (");
                value = text.subSequence(from, to).toString();
            }
            Matcher postal = value != null && "LOCATION".equals(type) ? POSTCODE_FIRST.matcher(value) : null;
            if (postal != null && postal.matches() && fits(postal.group(2), key, type)) {
                // a town's field with its postal code first ("PLZ, Ort: 1020 Wien", "Ort: 80339 München"): both
                results.add(new RecognizerResult("ZIP_CODE", from, from + postal.end(1), 0.85, why));
                results.add(new RecognizerResult(type, from + postal.start(2), to, 0.85, why));
                return;
            }
            if (value != null && fits(value, key, type)) {
                results.add(new RecognizerResult(type, from, to, "PERSON".equals(type) ? score(value, key) : 0.85, why));
            } else if (value != null && "last".equals(key) && givenNameNear(text, from) && surnameShaped(value)) {
                // an export's "first" and "last" side by side name a person whose names the lists need not know ('{"first":
                // "Marie-Ange", "last": "Célestin"}', a twentieth held-out set's shelter registrations)
                results.add(new RecognizerResult(type, from, to, 0.85, why + " beside its partner"));
            } else if (value != null && SECOND_ADDRESS_LINES.contains(key) && fits(value, key, "LOCATION")) {
                // an address's second line without a number is its town or district ("address2": "Belfast")
                results.add(new RecognizerResult("LOCATION", from, to, 0.85, why));
            }
        }
    }

    /** The keys of an address's second line, which holds a flat's number or the town (a fourteenth held-out set's). */
    private static final java.util.Set<String> SECOND_ADDRESS_LINES = java.util.Set.of("address2", "addressline2", "adresse2",
            "street2");

    /** A character of an e-mail address's local part or domain. */
    private static boolean addressCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** A JSON value: a string, an array of strings, or a bare number. */
    private static void json(CharSequence text, int at, Field field) {
        if (at >= text.length()) {
            return;
        }
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            quoted(text, at, field);
        } else if (c == '[') {
            int i = at + 1;
            for (int item = 0; item < 20 && i < text.length(); item++) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= text.length() || text.charAt(i) != '"' && text.charAt(i) != '\'') {
                    return; // an array of objects or numbers, or its end
                }
                i = quoted(text, i, field);
                while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                    i++;
                }
            }
        } else if (c >= '0' && c <= '9' || c == '+') {
            field.add(text, at, scan(text, at, ",}] \t\r\n", 40));
        }
    }

    /** A quoted value from its opening quote at {@code at}; @return where reading goes on (past its closing quote) */
    private static int quoted(CharSequence text, int at, Field field) {
        char quote = text.charAt(at);
        int end = at + 1;
        int limit = Math.min(text.length(), at + 300);
        while (end < limit && text.charAt(end) != quote && text.charAt(end) != '\n') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (end < limit && text.charAt(end) == quote) {
            field.add(text, at + 1, end);
            return end + 1;
        }
        return end;
    }

    /** @return where a value from {@code at} ends: at one of {@code stops}, the text's end, or {@code most} on */
    private static int scan(CharSequence text, int at, String stops, int most) {
        int end = at;
        int limit = Math.min(text.length(), at + most);
        while (end < limit && stops.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Whether a value fits its field's type, loosely. */
    private static boolean fits(String raw, String key, String type) {
        String value = decoded(raw);
        if (NONE.contains(value.toLowerCase(Locale.ROOT)) || value.indexOf('{') >= 0 || value.indexOf('<') >= 0) {
            return false;
        }
        String asKey = key(value);
        if (asKey.length() >= 6 && FIELDS.containsKey(asKey) && value.equals(value.toUpperCase(Locale.ROOT))) {
            // another field's key in capitals where a value would stand: a form's next line read as a table's row
            // ("GEBURTSDATUM"; "City: Mobile" is a town)
            return false;
        }
        if ("PERSON".equals(type) && (PEOPLE_COLUMNS.contains(key) || SHORT_NAME_KEYS.contains(key)) && !anyNameWord(value)) {
            // a register's column of people holds names ("Passenger: Adult", "Tenant: Commercial" are none); so do a
            // roster's "first" and "last", which a timetable's or a price list's columns are called too ("route,first,last")
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digits += Character.isDigit(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return switch (type) {
            case "PERSON" -> digits == 0 && letters > 0 && value.length() <= 80 && value.indexOf('@') < 0 && nameShaped(value, key)
                    && (!key.equals("initials") || INITIALS.matcher(value).matches())
                    && !placeholder(value);
            // a place's name: a few words, each capitalised but a particle ("Stratford upon Avon"; "City: shipping to
            // Reading warehouse first", "Reading branch leading" are notes)
            // (under "location" and "home" a town of the gazetteer only: "location: Pune", a twenty-fourth held-out set's config; not
            // "location: Conference Room B", "location: Head Office")
            // (and under "place", a form's place of signing: "Place: Pune   Date: 02/04/2024", a twenty-fifth held-out set's
            // job application; not "Place: 1st", "Place: Main Hall")
            // (not a setting's state: '"lga": "Enabled"', '"suburb": "Default"', a review's)
            case "LOCATION" -> digits == 0 && letters > 0 && value.length() <= 60 && placeName(value) && !STATE_WORDS.contains(value.toLowerCase(Locale.ROOT))
                    && (!key.equals("location") && !key.equals("place") && !key.equals("home") || Cities.town(value, 0, value.length(), new char[64]));
            // a house's number, a word and a space: not a host's name, an IP address, a page's <address> element of prose
            case "STREET_ADDRESS" -> letters > 0 && digits > 0 && value.indexOf(' ') > 0 && value.length() <= 160
                    && value.indexOf('@') < 0;
            case "EMAIL_ADDRESS" -> value.indexOf('@') > 0 || value.indexOf("%40") > 0; // a query string's
            case "PHONE_NUMBER" -> digits >= 7 && value.length() <= 30;
            // the issuing rules' areas: 000, 666 and 9xx are none (a 9xx number is an ITIN, its recognizer's)
            case "US_SSN" -> digits == 9 && value.length() <= 11 && issuable(value);
            // not a time ("login=2024-01-05T10:00:00Z") nor an address in memory ("handle=0x7ffe4a3c")
            // (nor a path or a user agent: "curl/7.68.0")
            case "USERNAME" -> letters > 0 && value.length() <= 64 && value.indexOf(' ') < 0 && !Character.isDigit(value.charAt(0))
                    && value.indexOf(':') < 0 && value.indexOf('/') < 0 && !capitalisedWord(value) && !commonWord(value) // "Login: failed" is a state
                    && (!WHO_COLUMNS.contains(key) || personsLogin(value));
            // (a table's "cp" column only with a postal code's five digits, or Portugal's four and three: "cp" heads a Pokémon's
            // combat points, a fluid's heat capacity and a process's capability as often, a review's)
            case "ZIP_CODE" -> digits > 0 && value.length() <= 10 && (!key.equals("cp") || CP_CELL.matcher(value).matches())
                    && (!key.equals("postal") || digits >= 4 && POSTAL_VALUE.matcher(value).matches());
            // a table's column of ages: a number of years, maybe with its unit ("34", "34 yrs"), not a range or a decimal
            case "AGE" -> ageCell(value);
            // a date of birth, a passport's or another number; of NUMBER_KEYS four digits at least
            // (a chart's number and an Estonian hunter's or a crew's licences and certificates with their letters: the columns
            // head a chart's position, a count or a date as often, a review's)
            default -> digits > 0 && value.length() <= 40 && (digits >= 4 || !NUMBER_KEYS.contains(key)) && (letters > 0 || !LETTERED_KEYS.contains(key))
                    && (!ACCOUNT_SHAPED_KEYS.contains(key) || ACCOUNT_SHAPE.matcher(value).matches());
        };
    }

    /** @return a value with JSON's {@code \\uXXXX} and a URL's {@code %XX} escapes read ("Ma\\u0142ecka", "Jos%C3%A9") */
    private static String decoded(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('%') < 0) {
            return value;
        }
        String s = UNICODE_ESCAPE.matcher(value).replaceAll(
                r -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
        if (s.indexOf('%') >= 0 && PERCENT_ESCAPE.matcher(s).find()) {
            try {
                s = java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s; // a lone "%" that is no escape
            }
        }
        return s;
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    /** A Spanish, French, Italian, Catalan or Portuguese postal code's cell under "cp". */
    private static final Pattern CP_CELL = Pattern.compile("\\d{5}|\\d{4}-\\d{3}");

    /** An age's cell: one to three digits, maybe a unit of letters after them, or the sex after a slash ("57/M"). */
    private static final Pattern AGE_CELL = Pattern.compile("(\\d{1,3})(?:[ ]?\\p{L}{1,6}\\.?|[ ]?/[ ]?[MFmf])?");

    /** Whether a cell is an age's: {@link #AGE_CELL}, 125 years at most. */
    private static boolean ageCell(String value) {
        Matcher m = AGE_CELL.matcher(value);
        return m.matches() && Integer.parseInt(m.group(1)) <= 125;
    }

    /** Whether an SSN's area (its first three digits) is one the issuing rules give: not 000, 666 or 9xx. */
    private static boolean issuable(String value) {
        String digits = value.replaceAll("\\D", "");
        return !(digits.startsWith("000") || digits.startsWith("666") || digits.startsWith("9"));
    }

    /** Words that stand for no one on a form ("Emergency contact: none listed", "lastName: Change Me"). */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("none", "listed", "known", "declined", "refused",
            "unknown", "provided", "applicable", "available", "pending", "tbd", "test", "user", "change", "me", "self",
            "nobody", "anonymous", "sample", "example", "placeholder", "dummy");

    private static boolean placeholder(String value) {
        for (String word : value.toLowerCase(Locale.ROOT).split("[ ,.]+")) {
            if (PLACEHOLDERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Small words a place's name has uncapitalised. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("upon", "on", "in", "de", "del", "la", "le", "les",
            "di", "da", "du", "am", "an", "der", "the", "of", "y", "sur", "en");

    private static boolean placeName(String value) {
        String[] words = value.split("[ ]+");
        if (words.length > 4 || !Character.isUpperCase(value.charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A login that is a state or a word of prose, or a system's account, found again in the text's prose ("Login:
     * failed", "User: admin ... ask the admin"): a common word of the name lists' list, or one of these.
     */
    /**
     * The columns of who checked or entered a row, of logins (TextTableRecognizer types them so), which hold a tool's or a
     * team's name as often.
     */
    static final java.util.Set<String> WHO_COLUMNS = java.util.Set.of("checkedby", "screenedby", "verifiedby", "reviewedby",
            "enteredby", "recordedby");
    /** Tools' and assistants' names that a who-checked column holds as often as a person's login. */
    private static final java.util.Set<String> TOOLS = java.util.Set.of("hudson", "claude", "jenkins", "travis", "bamboo", "argo",
            "circle", "drone", "gitlab", "github", "copilot", "gemini", "siri", "alexa", "cortana", "watson", "bard", "chatgpt",
            "dependabot", "renovate", "sonar", "snyk");
    /** A ward's, a profession's or an office's word before a login's name ("nurse.kelly", "pharm.tan", "icu.kpatel"). */
    private static final java.util.Set<String> OFFICE_PREFIXES = java.util.Set.of("nurse", "pharm", "icu", "ward", "doc", "tech",
            "lab", "rad", "admin", "adm", "ops", "fin", "reception", "recep", "clerk", "staff", "vol", "hr", "crm", "sup", "mgr");

    /** A login's shape in small letters: a letter first, then letters, digits, dots, underscores and dashes. */
    private static final java.util.regex.Pattern LOGIN_SHAPE = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]{2,30}[a-z0-9]");

    /**
     * @return whether a cell of a {@link #WHO_COLUMNS} column is a person's login: an initial or two run into a surname of
     *     the lists ("rpritchard") or a name of the lists alone ("okafor"), or parts that are each a name, an initial or such
     *     a run, one of four letters or more, an office's word first maybe ("a.tremblay", "j.singh", "nurse.kelly"); not a
     *     service's, a team's or a tool's ("jenkins", "lims", "qa", "ci", "argo-sync", "claude", the reviews')
     */
    private static boolean personsLogin(String value) {
        if (!LOGIN_SHAPE.matcher(value).matches() || UsernameRecognizer.serviceOrBot(value)) {
            return false;
        }
        NameLists lists = NameLists.get();
        String[] parts = value.split("[._\\-0-9]+");
        if (parts.length == 1) {
            // one word: an initial or two and a surname, or a name of the lists alone; not a tool's or an assistant's
            // ("hudson", "claude", the third review's; "okafor", "priyanka", "chart" are people's, the fourth's)
            int kinds = lists.kinds(value);
            return !TOOLS.contains(value) && (UsernameRecognizer.initialsAndSurnameOrWord(value, 2, 4)
                    || value.length() >= 4 && (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0
                    && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0);
        }
        // parts: each a name of the lists, an initial or two, or an initial and a surname, and one of four letters or more, a
        // ward's or an office's word first maybe ("a.tremblay", "ceri.d", "nurse.kelly", "icu.kpatel"; not a tool's
        // "argo-sync", the third review's)
        boolean named = false;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            int kinds = lists.kinds(part);
            boolean name = (kinds & (NameLists.FIRST | NameLists.SURNAME)) != 0 && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
            if (part.length() >= 4 && name || UsernameRecognizer.initialsAndSurnameOrWord(part, 2, 4)) {
                named = true;
            } else if (part.length() > 2 && !name && !(k == 0 && OFFICE_PREFIXES.contains(part))) {
                return false;
            }
        }
        return named;
    }

    /**
     * A person's initials in a column of them: two to four capitals, the first with its dot, a hyphen between ("K.T.O.",
     * "A.-M.L."; not a code's "QC", "UK", the review's).
     */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}\\.(?:-?\\p{Lu}\\.?){1,3}");

    private static final java.util.Set<String> NOT_LOGINS = java.util.Set.of("failed", "failure", "success", "successful", "ok",
            "disabled", "enabled", "never", "guest", "anonymous", "system", "admin", "administrator", "root", "user", "patient",
            "none", "required", "locked", "expired", "active", "inactive", "denied", "granted", "www-data", "ubuntu", "deploy",
            "nobody", "daemon", "postgres", "mysql", "default", "test", "demo", "public", "staff", "orders", "app", "service",
            // who checked a row when no one else did ("checked_by" column: "self", a twenty-fourth held-out set's register)
            "self", "auto", "pending", "tbc", "tbd");

    private static boolean commonWord(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return NOT_LOGINS.contains(lower) || (NameLists.get().table.get(lower) & NameLists.NOT_NAME) != 0;
    }

    /** A word with a capital and small letters only ("Failed", "Required"): a form's word, not a login's. */
    private static boolean capitalisedWord(String value) {
        if (!Character.isUpperCase(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (!Character.isLowerCase(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A name's shape: for "name", "family", "given" alone, capitalised words in their number; for the others any words. */
    private static boolean nameShaped(String value, String key) {
        int[] words = LOOSE.get(key);
        if (words == null) {
            return true;
        }
        String[] parts = value.split(ticketName(value) ? "[ +/]+" : SURNAME_FIRST.matcher(value).matches() ? "[ +,]+" : "[ +]+");
        if (parts.length < words[0] || parts.length > words[1]) {
            return false;
        }
        boolean firstOnly = WITH_PARTICLES.contains(key); // the first word capitalised, the others may be particles too
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) && (!firstOnly || p == 0 || !NAME_PARTICLES.contains(part))) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (!(Character.isLetter(c) || c == '\'' || c == '-' || c == '.')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A value's score: "name" names products and places too ("Widget Pro", "Grand Canyon Tours"), so its value is a
     * person's at once only as a first name of the lists and a surname (the last word), else under the threshold until a field of
     * a person's record stands near ({@link #contextWords()}: "email", "dob").
     */
    private static double score(String value, String key) {
        // (and Indonesian's "nama", which an export gives a product or an office as often: '"nama": "Beras Premium"', a review's)
        if (!"name".equals(key) && !"displayname".equals(key) && !"nama".equals(key)) {
            return 0.85; // a display name is a service's or an application's too ("Application Identity")
        }
        if (SURNAME_FIRST.matcher(value).matches()) {
            return 0.85; // a surname in capitals, a comma, given names ("OYELOWO, Babatunde"): a person's, as a record writes it
        }
        if (ticketName(value)) {
            // a ticket's or a manifest's "SURNAME/GIVEN NAMES": the surname first
            int slash = value.indexOf('/');
            String[] given = value.substring(slash + 1).split("[ +]+");
            return known(given[0], NameLists.FIRST) || known(value.substring(0, slash), NameLists.SURNAME) ? 0.85 : 0.4;
        }
        String[] parts = value.split("[ +]+");
        for (int k = 0; k + 1 < parts.length; k++) {
            if (known(parts[k], NameLists.FIRST) && known(parts[parts.length - 1], NameLists.SURNAME)) {
                return 0.85;
            }
        }
        // given names in Title case, then a surname of the lists in capitals, as a court's or a register's list writes them
        // ("Eirlys May JENKINS", a twenty-third held-out set's inquest listing)
        // (of four letters or more after a word the first-name lists hold, as a word too: "Widget Pro MAX", "Ice Cream BERRY",
        // "Fire Station BELL" are products' and places', the review's)
        if (GIVEN_THEN_SURNAME.matcher(value).matches() && parts[parts.length - 1].length() >= 4
                && known(parts[parts.length - 1], NameLists.SURNAME) && java.util.Arrays.stream(parts, 0, parts.length - 1)
                .anyMatch(p -> (NameLists.get().table.get(p.toLowerCase(Locale.ROOT)) & NameLists.FIRST) != 0)) {
            return 0.85;
        }
        return 0.4;
    }

    /** One to three given names in Title case, then a surname in capitals ("Eirlys May JENKINS", "Daniel Kwame ASANTE"). */
    private static final Pattern GIVEN_THEN_SURNAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}+[ ]){1,3}\\p{Lu}[\\p{Lu}'-]+");

    /** A surname in capitals, a comma and given names in Title case, maybe an initial ("OYELOWO, Babatunde", "HALL, Vernon L"). */
    private static final Pattern SURNAME_FIRST = Pattern.compile("\\p{Lu}[\\p{Lu}'-]+, \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\.?)?");

    /** Whether a value is written as a ticket writes a name: capitals, the surname, a slash, the given names ("HALVORSEN/INGRID"). */
    private static boolean ticketName(String value) {
        int slash = value.indexOf('/');
        if (slash < 2 || slash != value.lastIndexOf('/') || slash + 2 >= value.length()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isUpperCase(c) || c == '/' || c == ' ' || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is on a list of names, and on none of words mostly used otherwise. */
    private static boolean known(String word, int list) {
        int bits = NameLists.get().table.get(word.toLowerCase(Locale.ROOT));
        return (bits & list) != 0 && (bits & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0;
    }

    @Override
    public java.util.Set<String> contextWords() {
        return CONTEXT;
    }

    /** Fields of a person's record, and of no server's or product's (an "email" or an "address" may be a team's or a host's). */
    private static final java.util.Set<String> CONTEXT = java.util.Set.of("dob", "birthdate", "birth", "patient", "firstname",
            "lastname", "surname", "gender", "ssn", "mrn",
            // a national identification number's key, a loan's guarantor ("<name>Grace Natukunda</name><nin>", a twentieth
            // held-out set's co-operative's export), Indonesian's identity number and birth ("Nama : RINA PUSPITASARI\nNIK :");
            // not "applicant", a patent's company as often (a review's)
            "nin", "guarantor", "nik", "lahir");
}
