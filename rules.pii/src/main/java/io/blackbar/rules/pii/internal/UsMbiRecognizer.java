package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * US Medicare Beneficiary Identifiers (MBI), a health plan's beneficiary number of HIPAA's Safe Harbor list: eleven
 * characters, C A N N A N N A A N N by position in CMS's format (C a digit 1-9; A a letter but S, L, O, I, B and Z; N a
 * digit, or such a letter at positions 3 and 6), often in groups of 4, 3 and 4 ("4TM7-QX2-WK58"). No check digit. In
 * its groups alone; without them after "MBI" or "Medicare".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "US_MBI", frameworks = {"hipaa", "pii"})
public class UsMbiRecognizer extends PatternRecognizer {

    private static final String A = "[AC-HJKMNP-RT-Y]";
    private static final String AN = "[0-9AC-HJKMNP-RT-Y]";

    public UsMbiRecognizer() {
        super("US_MBI", Category.HEALTH, List.of(
                NamedPattern.of("mbi in its groups", "(?<![\\w-])[1-9]" + A + AN + "\\d-" + A + AN + "\\d-" + A + A + "\\d\\d(?![\\w-])", 0.6),
                NamedPattern.of("labelled mbi", "(?<![\\p{L}])(?:MBI|(?i:medicare(?:[ \\t]+beneficiary[ \\t]+identifier|[ \\t]+(?:number|no\\.?|id|#))?))"
                        + "(?:[ \\t]*\\((?:MBI|mbi)\\))?[ \\t]*+[:#.]?[ \\t]*+"
                        + "(?<value>[1-9]" + A + AN + "\\d-?" + A + AN + "\\d-?" + A + A + "\\d\\d)(?![\\w-])", 0.8)),
                Set.of("mbi", "medicare"));
    }
}
