package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Street addresses in US and European forms: a house number and a street type ({@code 1668 Glyn St}),
 * a street type word then a number ({@code Rua do Arenque 1634}, {@code Via Franscini 71}), a street
 * name with a Germanic, Nordic, Baltic or Finnish suffix and a number ({@code Harjukuja 54},
 * {@code Brucker Bundesstrasse 31}), apartment and suite numbers, post office and military boxes.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "STREET_ADDRESS", frameworks = {"pii", "hipaa", "gdpr"})
public class StreetAddressRecognizer extends PatternRecognizer {

    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}'.-]{0,30}";
    private static final String US_TYPES = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl"
            + "|Square|Sq|Squares|Terrace|Ter|Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Crescent|Cres|Close|Row"
            + "|Walk|Gardens|Gdns|Mews|Loop|Alley|Plaza|Ridge|Heights|Hts|Park|Forges?|Streets|Route|Rte|Pike|Crossing"
            + "|Expressway|Freeway|Turnpike|Bypass|Causeway|Common|Commons|Green|Grove|Hollow|Junction|Landing|Manor"
            + "|Meadows?|Mill|Orchard|Pass|Path|Point|Port|Ranch|Shores?|Springs?|Station|Summit|Valley|View|Villa"
            + "|Village|Ville|Vista|Wells?|Wharf|Str)";
    private static final String LEADING_TYPES = "(?:Rua|Avenida|Av\\.|Avda\\.?|Calle|C/|Via|Viale|Piazza|Piazzale|Corso"
            + "|Vicolo|Largo|Strada|Rue|Avenue|Boulevard|Bd|Chemin|All[ée]e|Impasse|Quai|Plaza|Paseo|Pasaje|Camino|Carrer"
            + "|Travessa|Rambla|Ulica|ul\\.|Aleja|al\\.|Calea|Strada|Odos|Leoforos)";
    private static final String SUFFIXES = "(?:stra(?:ss|ß)e|gasse|weg|platz|allee|ring|damm|ufer|steig|vej|gade|all[ée]|"
            + "v[äa]gen|gatan|gata|v[äa]g|gr[äa]nd|katu|tie|kuja|polku|raitti|tanav|maantee|puiestee|iela|gatve|utca"
            + "|ulica|laan|straat|plein|gracht|dreef|kade|singel|stræde|veien|gaten|vegen)";

    /** Street types written as a word of their own after the name, before the number (Nordic, Dutch, Hungarian, Slavic). */
    private static final String WORD_TYPES = "(?:gate|gata|tee|baan|wei|weg|trg|ulica|cesta|utca|út|útja|tér|tere|u\\.|krt\\.|rkp\\."
            + "|vej|veien|vegen|gatan|vägen|straat|laan|plein|str\\.|odos|sétány|köz|sor|fasor)";
    /** French and Arabic-French forms with the number first: "29 Rue de Tanger", "33 avenue de Provence". */
    private static final String PARTICLE = "(?:de|des|du|la|le|les|d'|l'|al|el|Al|El|La|Le|De)";

    /*
     * Gates: cheap lookaheads that every match of the pattern after them passes (so they change no
     * match), put first so that a capitalised word not followed by the right shape of text is given up
     * in a few steps instead of after backtracking through every suffix or type word at every split.
     */
    /** Up to three letter runs, then spaces and a digit: what "street suffix and number" needs. */
    private static final String GATE_SUFFIX = "(?=[\\p{L}'-]++(?:\\s[\\p{L}'-]++){0,2}\\s+\\d)";
    /** One to three letter runs, a type word, then spaces and a digit: what "street name, type word, number" needs. */
    private static final String GATE_TYPE_WORD = "(?=(?:[\\p{L}'-]++[ \\t]){1,3}[\\p{L}.]++[ \\t]+\\d)";

    public StreetAddressRecognizer() {
        super("STREET_ADDRESS", Category.LOCATION, List.of(
                NamedPattern.of("number and street type",
                        "\\b\\d{1,6}[A-Za-z]?(?:\\s+" + NAME_WORD + "){1,4}\\s+" + US_TYPES + "\\b\\.?", 0.7),
                NamedPattern.of("street type then number",
                        "\\b" + LEADING_TYPES + "(?:\\s+[\\p{L}'.-]{1,30}){1,5}?,?\\s+\\d{1,5}[A-Za-z]?\\b", 0.65),
                NamedPattern.of("street suffix and number",
                        "(?<![\\p{L}])" + GATE_SUFFIX + "(?:\\p{Lu}[\\p{L}'-]{1,30}\\s){0,2}\\p{Lu}[\\p{L}'-]{0,30}(?iu:" + SUFFIXES + ")\\s+\\d{1,5}[A-Za-z]?\\b", 0.6),
                NamedPattern.of("postal number, street, house number",
                        "(?<![\\w.,-])\\d{3,6}[ \\t]{1,3}(?:\\p{Lu}[\\p{L}'.-]{0,30}[ \\t]{1,2}){0,2}\\p{Lu}[\\p{L}'.-]{1,30}[ \\t]{1,2}\\d{1,5}[A-Za-z]?(?![\\w.,-]\\d|\\w)", 0.5),
                NamedPattern.of("street name, type word, number",
                        "(?<![\\p{L}])" + GATE_TYPE_WORD + "(?:\\p{Lu}[\\p{L}'-]{1,30}[ \\t]){1,3}(?iu:" + WORD_TYPES + ")[ \\t]+\\d{1,5}[A-Za-z]?\\.?(?![\\d\\p{L}])", 0.6),
                NamedPattern.of("number, French street type, name",
                        "\\b\\d{1,5}[A-Za-z]?,?[ \\t]+(?:(?:Rue|Avenue|Av\\.?|Boulevard|Bd|Chemin|All[ée]e|Impasse|Quai|R[úu]a)[ \\t]+(?:" + PARTICLE
                        + "[ \\t]+)*|(?:rue|avenue|boulevard|chemin|r[úu]a)[ \\t]+(?:" + PARTICLE + "[ \\t]+)+)"
                        + "\\p{L}[\\p{L}'.-]{1,30}(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+)*\\p{Lu}[\\p{L}'.-]{1,30}){0,3}", 0.65),
                NamedPattern.of("street corner",
                        "(?i:the[ \\t]+)?(?i:corner)[ \\t]+of[ \\t]+[^\\n,;]{3,60}?[ \\t]+and[ \\t]+\\p{L}[\\p{L}'.-]{1,30}[ \\t]+\\p{L}[\\p{L}'.-]{1,30}", 0.6),
                NamedPattern.of("unit", "\\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm)\\.?\\s?#?\\d{1,5}[A-Za-z]?\\b", 0.45),
                NamedPattern.of("box", "\\b(?:P\\.?\\s?O\\.?\\s?Box|PSC|Unit)\\s+\\d{1,6}(?:,?\\s+Box\\s+\\d{1,6})?"
                        + "(?:,?\\s+(?:APO|FPO|DPO)\\s+A[AEP]\\s+\\d{5})?", 0.7),
                NamedPattern.of("military", "\\b(?:USNS|USNV|USS|USCGC)\\s+" + NAME_WORD + "(?:,?\\s+(?:APO|FPO|DPO)\\s+A[AEP]\\s+\\d{5})?", 0.6),
                NamedPattern.of("military post", "\\b(?:APO|FPO|DPO)\\s+A[AEP]\\s+\\d{5}\\b", 0.7)),
                Set.of("address", "lives at", "live at", "located at", "located", "street", "residence", "home", "billing",
                        "shipping", "mailing", "office", "send"));
    }

    /** A house number before a street found without one ("3482 Via Franscini 71"). */
    private static final Pattern HOUSE_NUMBER_BEFORE = Pattern.compile("(?<![\\w-])\\d{1,6}(?:[ \\t]\\d{1,6})?[ \\t]{1,4}$");
    /**
     * One more part of the same address after a street: a separator, then a unit, a capitalised
     * place word (city, region, country), a postal code (not followed by more digit groups: that is a
     * phone number), or a two-letter region.
     */
    private static final Pattern NEXT_PART = Pattern.compile(
            "^(?:[ \\t]{1,8}|[ \\t]*[,>\\u00b7?|][ \\t]*|[ \\t]*\\n[ \\t]*)"
            + "(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Box)\\.?[ \\t]?#?\\d{1,5}[A-Za-z]?"
            + "|\\p{Lu}[\\p{L}'.()-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'.()-]{1,30}){0,3}"
            + "|[A-Z]{2}(?![\\p{L}])|\\d{4,6}(?:-\\d{3,4})?(?![\\d-]|[ \\t]\\d)|\\d{3}[ \\t]\\d{2}(?!\\d|[ \\t]\\d))");

    /** Streets found by the patterns, grown over their house number and the parts that follow them. */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> found = super.analyze(text);
        List<RecognizerResult> out = new ArrayList<>(found.size());
        for (RecognizerResult r : found) {
            if (r.explanation().contains("'unit'")) {
                out.add(r);
                continue;
            }
            int start = r.start();
            Matcher before = HOUSE_NUMBER_BEFORE.matcher(text.subSequence(Math.max(0, start - 16), start));
            if (before.find()) {
                start -= before.group().length();
            }
            int end = r.end();
            for (int parts = 0; parts < 6 && end < text.length(); parts++) {
                Matcher next = NEXT_PART.matcher(text.subSequence(end, Math.min(text.length(), end + 80)));
                if (!next.find() || end + next.end() - r.start() > 200) {
                    break;
                }
                end += next.end();
            }
            double score = end > r.end() || start < r.start() ? Math.max(r.score(), 0.7) : r.score();
            out.add(new RecognizerResult(r.entityType(), start, end, score,
                    end > r.end() ? r.explanation() + ", with the parts that follow" : r.explanation()));
        }
        return withoutContained(out);
    }
}
