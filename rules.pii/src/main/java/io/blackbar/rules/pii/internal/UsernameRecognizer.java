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
 * User names and social-media handles (online identifiers under GDPR): after "username", "login", "user ID",
 * "handle" and a colon or "is" ("My account username is rhiannon_pj88", "Login: gfitzsimmons"); a handle after a
 * network's name ("Twitter @gerryfitz_mcr", "Instagram: @ana.lopez", "VENMO @mikey-mendoza22"); and an {@code @handle}
 * alone, which counts only near such a word (code's "@Override" is none).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "USERNAME", frameworks = {"pii", "gdpr"})
public class UsernameRecognizer extends PatternRecognizer {

    /** What the label of a user name is followed by in prose and forms, which a user name never is. */
    private static final Set<String> NOT_A_NAME = Set.of("required", "optional", "disabled", "enabled", "missing", "invalid",
            "incorrect", "wrong", "unknown", "empty", "blank", "taken", "available", "unique", "case", "the", "a", "an", "your",
            "my", "his", "her", "their", "our", "not", "and", "or", "and/or", "same", "below", "above", "here", "there",
            "shown", "displayed", "changed", "reset", "locked", "expired", "correct", "valid", "sent", "needed", "mandatory",
            "none", "n/a", "na", "null", "tbd", "pending", "page", "screen", "form", "field", "details", "credentials",
            // code's annotations and chat's mentions
            "override", "deprecated", "param", "return", "returns", "throws", "see", "since", "author", "channel",
            "everyone", "test", "before", "after", "component", "reference", "activate", "inject", "autowired", "service",
            "entity", "nullable", "nonnull", "suppresswarnings", "functionalinterface", "login_required", "property",
            "media", "import", "supports", "keyframes", "charset", "font-face");

    private static final String NETWORKS = "(?i:twitter|instagram|insta|tiktok|venmo|cash[ \\t]?app|telegram|snapchat"
            + "|github|mastodon|bluesky|x\\.com)";

    /** A handle: an at sign, a letter or underscore, then letters, digits, underscores, dots and dashes, not ending with a dot or dash. */
    private static final String HANDLE = "@[A-Za-z_](?:[A-Za-z0-9_.-]{0,29}[A-Za-z0-9_])?";

    /** "Username" in other languages: Danish, German, French, Dutch, Swedish, Norwegian, Finnish, Italian, Spanish, Portuguese, Polish. */
    private static final String OTHER_LANGUAGES = "brugernavn|benutzername|nom[ \\t]+d'utilisateur|identifiant|gebruikersnaam"
            + "|användarnamn|brukernavn|käyttäjätunnus|nome[ \\t]+utente|nombre[ \\t]+de[ \\t]+usuario|nome[ \\t]+de[ \\t]+utilizador"
            + "|nome[ \\t]+de[ \\t]+usuário|nazwa[ \\t]+użytkownika";
    /**
     * A user name after its label with a space alone, the label first in a parenthesis or after a comma ("(username
     * htakahashi)", "(IT, brugernavn msondergaard, lønafdelingen)"): a login's shape, lower-case letters and digits, then
     * the end of the parenthesis, clause or line; not a sentence going on ("your username and password", "username
     * field", "the username spelling, please").
     */
    private static final String BARE_VALUE = "(?-i:[a-z][a-z0-9._-]{1,30}[a-z0-9_])[ \\t]*(?:[,);]|\\r?\\n|$)";

    public UsernameRecognizer() {
        super("USERNAME", Category.IDENTIFIER, List.of(
                // not "handle" ("The door handle is loose"), not "=" (code: "login = request.form"), "login" with a colon
                // only ("Login is slow on Mondays")
                NamedPattern.of("labelled user name", "(?i:\\b(?:(?:user[ \\t]?name|user[ \\t]?id|login[ \\t]+(?:name|id)|screen[ \\t]+name"
                        + "|gamertag|" + OTHER_LANGUAGES + ")(?:[ \\t]+is[ \\t]+|[ \\t]*:[ \\t]*|(?<=[(,][ \\t]{0,2}\\p{L}{2,30})[ \\t]+(?=" + BARE_VALUE + "))"
                        + "|(?:login|log-in|skype(?:[ \\t]+id)?)[ \\t]*:[ \\t]*))"
                        + "(?<value>@?(?:live:)?[A-Za-z0-9][A-Za-z0-9._-]{1,30}[A-Za-z0-9_])(?![\\w@-]|[.-]\\w)", 0.65),
                NamedPattern.of("handle after a network", "\\b" + NETWORKS + "[ \\t]*[:(]?[ \\t]*(?<value>" + HANDLE + ")"
                        + "(?![\\w@-]|[.-]\\w)", 0.7),
                NamedPattern.of("handle", "(?<![\\w.@+-])" + HANDLE + "(?![\\w@-]|[.-]\\w)", 0.3)),
                Set.of("twitter", "instagram", "tiktok", "username", "venmo", "telegram", "snapchat"));
    }

    /** compiled once: String.matches compiles its expression on every call */
    private static final java.util.regex.Pattern MADE_UP = java.util.regex.Pattern.compile(".*[0-9_.].*|[a-z]{8,}");

    /**
     * A handle, or a labelled value that looks made up: with a digit, an underscore or a dot in it, or one lower-case
     * word of eight letters or more ("gfitzsimmons"); not a word of a form's prose or a log ("Username: Password:",
     * "Login: failed", "Login: via SSO", "Skype: call me").
     */
    @Override
    protected Validation validate(String value) {
        boolean handle = value.startsWith("@");
        String bare = handle ? value.substring(1) : value;
        if (NOT_A_NAME.contains(bare.toLowerCase(Locale.ROOT))) {
            return Validation.REJECTED;
        }
        return handle || MADE_UP.matcher(bare).matches() ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
