package io.blackbar.rules.pii.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Health plan beneficiary, member, subscriber and policy numbers after their label (HIPAA identifier 9), and
 * insurance claim numbers,
 * and in Spanish the social security affiliation number ({@code NASS: 28 12345678 40}, "nº de afiliación")
 * and the health card code ({@code CIP}, "tarjeta sanitaria").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "HEALTH_PLAN_NUMBER", frameworks = {"hipaa"})
public class HealthPlanNumberRecognizer extends LabelledNumberRecognizer {

    public HealthPlanNumberRecognizer() {
        super("HEALTH_PLAN_NUMBER", Category.IDENTIFIER, "member[ \\t]+(?:id|number|no\\.?)|subscriber[ \\t]+(?:id|number)|policy[ \\t]+(?:no\\.?|number|#)|beneficiary[ \\t]+(?:id|number)|medicare[ \\t]+beneficiary[ \\t]+(?:identifier|id|number)|(?:medicaid|medicare)(?:[ \\t]+(?:id|identifier))?|mbi|insurance[ \\t]+id|health[ \\t]+plan[ \\t]+(?:id|number)|group[ \\t]+(?:no\\.?|number)"
                // an insurance claim's number, the patient's as much as the policy's (Safe Harbor's "any other unique
                // identifying number")
                + "|claim[ \\t]+(?:no\\.?|number|#|id|ref\\.?|reference)"
                // the insurer's name between the label and the number ("Insurance: MassHealth ID 100392847165", "Insurance:
                // Blue Cross Blue Shield ID XKB884410277")
                + "|insurance[ \\t]*:[ \\t]*(?-i:[A-Z][\\w&'-]*(?:[ \\t][A-Z][\\w&'-]*){0,3})[ \\t]+(?:id|#|number|no\\.?)"
                // Spanish labels written out as literals that begin every match: the scanner looks for them first
                // ("N.º afiliación SS: 50 41182736 04", "afiliación a la S.S.")
                + "|nass|n\\.a\\.s\\.s\\.?|afiliaci[oóÓ]n(?:[ \\t]+(?:a[ \\t]+la[ \\t]+)?(?-i:S\\.?S\\.?)(?![\\w]))?|seguridad[ \\t]+social"
                + "|tarjeta[ \\t]+sanitaria|cip|c\\.i\\.p\\.?|tsi",
                // a slash between groups too: "Policy Number: HH/55093821/IE"
                // a prefix of letters before the number ("claim # WC 2076-88213")
                SPACED_DIGITS + "|(?:[A-Z]{2,4}[ ])?[A-Z0-9][A-Z0-9/-]{3,18}[A-Z0-9]", 0.65,
                Set.of("insurance", "plan", "coverage", "payer", "seguridad social", "afiliación"));
    }
}
