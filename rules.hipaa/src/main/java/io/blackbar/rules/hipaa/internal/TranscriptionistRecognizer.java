package io.blackbar.rules.hipaa.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * The transcription mark under a dictated note's signature: the physician's initials, then the
 * typists' names in lower case ({@code XGT:holmes}, {@code GPP/church/olinger}), on the line after
 * {@code M.D.} or the same one. The names are persons.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PERSON", frameworks = "hipaa")
public class TranscriptionistRecognizer extends PatternRecognizer {

    public TranscriptionistRecognizer() {
        super("PERSON", Category.PERSONAL, List.of(
                NamedPattern.of("typist after the physician's initials",
                        "M\\.D\\.\\s{1,12}[A-Z]{2,4}[:/](?<value>[a-z]{3,15}(?:/[a-z]{3,15}){0,3})\\b", 0.7),
                // the dictation's mark alone on its line ("RT:jw", "HO/ab", "TO/mlg #449182"; at the line's start, which the
                // scanner reads from the character before: "^[ \\t]*" had it try every space), or after the dictated and
                // transcribed dates ("DD: 04/03/75 DT: 04/04/75 MTE/ks"): the typist's initials in lower case
                NamedPattern.of("typist's mark on its own line", "(?<![^\\n])[A-Z]{2,4}[:/](?<value>(?!(?:ok|tbd|tba|na|nil|none|yes|no|pending|n/a)\\b)[a-z]{2,15}(?:/[a-z]{2,15}){0,3})"
                        + "(?=[ \\t]*(?:(?:#|(?i:job|doc)[ \\t]*#?)[ \\t]*\\d+[ \\t]*)?\\r?(?:\\n|$))", 0.7),
                NamedPattern.of("typist's mark after its label", "\\b(?i:dictated|transcribed|dict|trans)[ \\t]*:[ \\t]*[A-Z]{2,4}[:/]"
                        + "(?<value>(?!(?:ok|tbd|tba|na|nil|none|yes|no|pending|n/a)\\b)[a-z]{2,15}(?:/[a-z]{2,15}){0,3})\\b", 0.7),
                NamedPattern.of("typist's mark after the dictation's dates", "\\bDT:?[ \\t]*\\d{1,2}/\\d{1,2}/\\d{2,4}[ \\t]+[A-Z]{2,4}[:/]"
                        + "(?<value>(?!(?:ok|tbd|tba|na|nil|none|yes|no|pending|n/a)\\b)[a-z]{2,15}(?:/[a-z]{2,15}){0,3})\\b", 0.7),
                NamedPattern.of("typist after a label", "\\b(?i:technician|transcriptionist|typist|transcribed by)[ \\t]*:[ \\t]*"
                        + "(?<value>(?!(?:ok|tbd|tba|na|nil|none|yes|no)\\b)[a-z]{2,4})\\b(?![ \\t]*[a-z])", 0.7)),
                Set.of("dictated", "transcribed", "md", "m.d"));
    }
}
