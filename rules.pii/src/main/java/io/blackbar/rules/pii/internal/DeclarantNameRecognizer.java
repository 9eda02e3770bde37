package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * The names deeds, affidavits and police reports write where no list need know them: the declarant of an affidavit, a
 * declaration or a will after "I," ("I, the undersigned, THABO JOHANNES MOKOENA do hereby make oath", "I, Margaret
 * Ellen Byrne, of 4 Main Street", "Je soussignée, Hélène Marchetti, demeurant", "Io sottoscritto Mario Rossi nato a",
 * "Ich, Max Mustermann, geboren"), and a party of a police report in capitals after its role ("the complainant
 * FERREIRA", "The witness LAM advised", "suspect DOUCETTE"). Found missing by a tenth held-out set (a South African
 * affidavit, a Canadian occurrence report). The declarant is two to four words, capitalised or in capitals (particles
 * between them), before a comma or the declaration's verb; the party one to three words in capitals, none a word a
 * report writes in capitals for something else ("the witness STATEMENT").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = {"pii", "gdpr", "hipaa"})
public class DeclarantNameRecognizer extends PatternRecognizer {

    /** A word of a name: capitalised or in capitals, an apostrophe or a hyphen inside ("O'Brien", "ANDREEA-IOANA"). */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'\u2019-]*+";
    private static final String PARTICLE = "(?:van|von|der|den|de|du|da|di|del|la|le|dos|das|ter|ten|VAN|VON|DER|DEN|DE|DU|DA|DI|DEL|LA|LE)";
    /** Two to four words, a space apart, particles between them. */
    private static final String NAME = WORD + "(?:[ \\t](?:" + PARTICLE + "[ \\t])*" + WORD + "){1,3}";
    /** What follows a declarant's name: a comma, or the declaration's verb or residence. */
    private static final String AFTER = "(?=[ \\t]*,|[ \\t]+(?:do|of|residing|resident|born|being|hereby|solemnly|make|state"
            + "|declare|swear|affirm|certify|am|nato|nata|residente|geboren|wohnhaft|né|née|demeurant|domicilié|domiciliée"
            + "|con|with|holder|identity)(?![\\p{L}]))";
    /** Words a report writes in capitals that are no one's name after a role's word. */
    private static final Set<String> NOT_NAMES = Set.of("statement", "statements", "report", "advised", "stated", "states",
            "not", "and", "the", "was", "is", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "no",
            "unknown", "unidentified", "male", "female", "name", "names", "details", "information", "interview", "account",
            "vehicle", "car", "left", "fled", "arrested", "identified", "present", "absent", "none", "n/a", "na", "tbc",
            "tba", "redacted", "withheld", "anonymous", "one", "two", "three", "1", "2", "3", "a1", "b1", "pc", "dc", "id");

    public DeclarantNameRecognizer() {
        super("PERSON", Category.PERSONAL, List.of(
                NamedPattern.of("declarant of an affidavit", "(?<![\\p{L}])(?:I,|Je[ \\t]+soussign[ée]e?,?|Ich,|Io[ \\t]+sottoscritt[oa],?"
                        + "|Il[ \\t]+sottoscritto|La[ \\t]+sottoscritta|Yo,|Eu,)[ \\t]+(?:the[ \\t]+undersigned,?[ \\t]+)?(?<value>"
                        + NAME + ")" + AFTER, 0.8),
                NamedPattern.of("party of a report in capitals", "(?<![\\p{L}])(?:[Cc]omplainant|[Ww]itness|[Ss]uspect|[Vv]ictim"
                        + "|[Ii]nformant|[Oo]ffender|[Dd]eponent|COMPLAINANT|WITNESS|SUSPECT|VICTIM)[ \\t]+(?<value>\\p{Lu}{2,}+"
                        + "(?:[ \\t]\\p{Lu}{2,}+){0,2})(?![\\p{L}\\d])", 0.7)),
                Set.of("affidavit", "oath", "declare", "undersigned", "complainant", "witness", "suspect"));
    }

    @Override
    protected Validation validate(String value) {
        for (String word : value.split("[ \\t]+")) {
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return Validation.REJECTED;
            }
        }
        return Validation.UNKNOWN;
    }
}
