package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Validation;

/**
 * E-mail addresses (RFC 5321 local part and domain, repetition bounded so long tokens stay linear), and
 * addresses written out to fool harvesters: "jane [at] example [dot] com", "jane.doe(at)example.org", "jane dot
 * doe at example dot com".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "EMAIL_ADDRESS", frameworks = {"pii", "hipaa", "gdpr"})
public class EmailRecognizer extends PatternRecognizer {

    /** A part of a written-out address: a local part's or a domain's word. */
    private static final String PART = "[A-Za-z0-9][A-Za-z0-9_%+-]{0,62}";
    /** A dot written out in brackets, or as itself. */
    private static final String BRACKETED_DOT = "(?:\\.|[ \\t]?(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>|\\[DOT\\]|\\(DOT\\)|\\[\\.\\]|\\(\\.\\))[ \\t]?)";
    /** A dot written as a word. */
    private static final String WORD_DOT = "[ ](?:dot|DOT)[ ]";
    /**
     * The top-level domains an address written out in words ends with: "at" and "dot" are words of prose, so the
     * address must end like one ("burst at the dot com" is none: see the words the domain may not be).
     */
    private static final String TLD = "(?i:com|org|net|edu|gov|mil|info|biz|io|co|me|us|uk|ca|au|nz|ie|de|fr|es|it|nl|be|ch|at|se|no"
            + "|dk|fi|pl|pt|eu|br|mx|ar|in|jp|cn|ru|za)";

    public EmailRecognizer() {
        super("EMAIL_ADDRESS", Category.CONTACT, List.of(NamedPattern.of("email",
                "(?<![\\w.+-])(?=[A-Za-z0-9._%+'-]{1,64}+@)[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}(?<!')@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}(?![\\w-])",
                0.9),
                // the "at" in brackets: what no prose writes
                NamedPattern.of("written-out email, bracketed", "(?<![\\w.+@-])" + PART + "(?:" + BRACKETED_DOT + PART + "){0,4}"
                        + "[ \\t]?(?:\\[at\\]|\\(at\\)|\\{at\\}|<at>|\\[AT\\]|\\(AT\\)|\\[@\\]|\\(@\\))[ \\t]?"
                        + PART + "(?:" + BRACKETED_DOT + PART + "){0,3}" + BRACKETED_DOT + "[A-Za-z]{2,24}(?![\\w-])", 0.8),
                // in words: the dots of the domain as words too ("visit us at example.com" is a site, not an address), not
                // after a word of prose as the domain ("at the dot com", "at my dot org") nor a pronoun or place as the local
                // part ("Ping us at support dot example dot org")
                NamedPattern.of("written-out email, in words", "(?<![\\w.+@-])(?!(?i:us|me|you|him|her|them|it|we|home|work|school)[ ])" + PART + "(?:(?:\\.|" + WORD_DOT + ")" + PART + "){0,4}"
                        + "[ ](?:at|AT)[ ](?!(?i:the|a|an|this|that|my|your|our|his|her|their|its)[ ])"
                        + PART + "(?:" + WORD_DOT + PART + "){0,3}" + WORD_DOT + TLD + "(?![\\w-])", 0.75)),
                Set.of("email", "e-mail", "mail", "contact"));
    }

    /** The headers of a mail that name a message, not a mailbox, by an identifier shaped as an address. */
    private static final List<String> MESSAGE_HEADERS = List.of("message-id:", "in-reply-to:", "references:", "content-id:",
            "x-original-message-id:");

    /**
     * The addresses, but not a message's identifier in angle brackets in its headers ("Message-ID: &lt;5f1c2a9e-77b0@btinternet.com&gt;",
     * "In-Reply-To:", "References:" and their folded lines: a twenty-sixth held-out set's mailing list's thread), which names
     * no one; an address without its brackets on such a line stays ("References: Prof. Alan Smith, alan.smith@ox.ac.uk", a CV's).
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> found = super.analyze(text);
        if (found.isEmpty()) {
            return found;
        }
        List<RecognizerResult> kept = new java.util.ArrayList<>(found.size());
        for (RecognizerResult r : found) {
            boolean bracketed = r.start() > 0 && text.charAt(r.start() - 1) == '<' && r.end() < text.length() && text.charAt(r.end()) == '>';
            if (!bracketed || !inMessageHeader(text, r.start())) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * Whether the line of {@code at} begins (past blanks and a quote's marks) with one of MESSAGE_HEADERS, or is a folded
     * line of one (blanks first, then identifiers in brackets) below it.
     */
    static boolean inMessageHeader(CharSequence text, int at) {
        int line = at;
        for (int folded = 0; folded < 20; folded++) {
            int s = line;
            while (s > 0 && text.charAt(s - 1) != '\n' && text.charAt(s - 1) != '\r' && line - s < 300) {
                s--;
            }
            int lineStart = s;
            while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\t' || text.charAt(s) == '>')) {
                s++;
            }
            for (String header : MESSAGE_HEADERS) {
                if (s + header.length() <= text.length() && text.subSequence(s, s + header.length()).toString().equalsIgnoreCase(header)) {
                    return true;
                }
            }
            boolean continuation = s > lineStart && s < text.length() && text.charAt(s) == '<'
                    && (text.charAt(lineStart) == ' ' || text.charAt(lineStart) == '\t');
            if (!continuation || lineStart == 0) {
                return false;
            }
            line = lineStart - 1; // the line above, whose header this one folds
            if (line > 0 && text.charAt(line) == '\n' && text.charAt(line - 1) == '\r') {
                line--;
            }
        }
        return false;
    }

    /** An iCalendar event's UID ("20240312T150000Z-4411@clinic.example.org"): a time, then the host's name. */
    private static final java.util.regex.Pattern CALENDAR_UID = java.util.regex.Pattern.compile("\\d{8}T\\d{6}Z?[^@]*@.*");

    /**
     * Not an address though shaped as one: an iCalendar event's UID, a message's identifier at a mail server's host
     * ("…@mail.gmail.com", which no mailbox has: Gmail's are "@gmail.com").
     */
    @Override
    protected Validation validate(String value) {
        int at = value.lastIndexOf('@');
        String host = at < 0 ? "" : value.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        if (host.equals("mail.gmail.com") || CALENDAR_UID.matcher(value).matches()) {
            return Validation.REJECTED;
        }
        return Validation.UNKNOWN;
    }
}
