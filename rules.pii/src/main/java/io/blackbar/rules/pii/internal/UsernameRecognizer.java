package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;
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
            "media", "import", "supports", "keyframes", "charset", "font-face", "echo", "interface", "all", "home", "work",
            "someone", "somebody", "everybody", "nobody", "anyone", "anybody", "reviewer", "maintainer", "bot", "dependabot",
            "github-actions", "renovate", "contributor", "user", "admin", "code", "link", "linkplain", "include", "apply",
            "extend", "todo", "value", "literal", "inheritdoc", "use", "each", "if", "else", "mixin", "layer", "tailwind",
            // who generates a record that is no person
            "system", "script", "cron", "batch", "scheduler", "default", "migration", "sync", "api");

    private static final String AFTER_A_COLONS_LABEL = "user name after a colon's label";

    private static final String NETWORKS = "(?i:twitter|instagram|insta|tiktok|venmo|cash[ \\t]?app|telegram|snapchat"
            + "|github|mastodon|bluesky|x\\.com)";

    /** A handle: an at sign, a letter or underscore, then letters, digits, underscores, dots and dashes, not ending with a dot or dash. */
    private static final String HANDLE = "@[A-Za-z_](?:[A-Za-z0-9_.-]{0,29}[A-Za-z0-9_])?";

    /**
     * "Username" in other languages: Danish, German, French, Dutch, Swedish, Norwegian, Finnish, Italian, Spanish, Portuguese,
     * Polish, Czech, Hungarian, Croatian, Greek.
     */
    private static final String OTHER_LANGUAGES = "brugernavn|benutzername|nom[ \\t]+d'utilisateur|identifiant|gebruikersnaam"
            + "|användarnamn|brukernavn|käyttäjätunnus|nome[ \\t]+utente|nombre[ \\t]+de[ \\t]+usuario|nome[ \\t]+de[ \\t]+utilizador"
            + "|nome[ \\t]+de[ \\t]+usuário|nazwa[ \\t]+użytkownika|uživatelské[ \\t]+jméno|felhasználónév|korisničko[ \\t]+ime"
            + "|όνομα[ \\t]+χρήστη|ονομα[ \\t]+χρηστη";
    /**
     * A user name after its label with a space alone, the label first in a parenthesis or after a comma ("(username
     * htakahashi)", "(IT, brugernavn msondergaard, lønafdelingen)"): a login's shape, lower-case letters and digits, then
     * the end of the parenthesis, clause or line; not a sentence going on ("your username and password", "username
     * field", "the username spelling, please").
     */
    private static final String BARE_VALUE = "(?-i:[a-z][a-z0-9._-]{1,30}[a-z0-9_])[ \\t]*(?:[,);]|\\r?\\n|$)";

    /**
     * A user name after its label and a space alone ("internet banking username thandiwe_db88;", "myaccount login
     * gen_tremblay74"): made up, a letter first and a digit or an underscore in it, then a clause's or a line's end; not
     * a version ("The new login v2.5, released").
     */
    private static final String MADE_UP_VALUE = "(?-i:(?![vV]\\d)(?:[A-Za-z][A-Za-z.-]*[0-9_][A-Za-z0-9._-]*"
            // or two runs of small letters with a dot between ("login ydarko.kej", a twenty-eighth held-out set's reversal
            // request), no web address's ("login example.com")
            // (nor a file's or code's: "login page.html", "username config.yaml", "login form.submit", a review's)
            + "|(?![a-z]++\\.(?:[a-z]{2}|com|org|net|gov|edu|app|info|html?|jsx?|tsx?|py|rb|java|txt|ya?ml|json|xml|css|php|submit|service"
            + "|controller|config|log|csv|pdf|docx?|png|jpe?g|gif|exe|dll|cfg|ini|conf|bak|tmp|sql|env|handler|component|module)(?![a-z]))"
            + "[a-z]{2,20}\\.[a-z]{2,20}))(?:[ \\t]*[,;)]|\\.?[ \\t]*(?:\\r?\\n|$)"
            + "|\\.(?=[ \\t]+\\p{Lu}))";

    public UsernameRecognizer() {
        super("USERNAME", Category.IDENTIFIER, List.of(
                // not "handle" ("The door handle is loose"), not "=" (code: "login = request.form"), "login" with a colon
                // only ("Login is slow on Mondays")
                NamedPattern.of("labelled user name", "(?i:\\b(?:(?:user[ \\t]?name|user[ \\t]?id|login[ \\t]+(?:name|id)|screen[ \\t]+name"
                        + "|gamertag|" + OTHER_LANGUAGES + ")(?:[ \\t]+is[ \\t]+|[ \\t]*:[ \\t]*|[ \\t]*+\\.{3,}+[ \\t]*+"
                        + "|(?<=[(,][ \\t]{0,2}\\p{L}{2,30})[ \\t]+(?=" + BARE_VALUE + ")|[ \\t]+(?=" + MADE_UP_VALUE + ")"
                        // in brackets after its label ("the claimant's user ID (aokunadefitch) and the audit log")
                        + "|[ \\t]*\\([ \\t]*(?=[A-Za-z0-9._-]{3,32}[ \\t]*\\)))"
                        + "|(?:login|log-in|skype(?:[ \\t]+id)?)(?:[ \\t]*:[ \\t]*|[ \\t]+(?=" + MADE_UP_VALUE + "))"
                        // a dating app's or a network's profile before a made-up name ("dating-app profile richard_h_md,"); an
                        // account's word in Polish, French, Spanish, Portuguese before a colon and a made-up login in small
                        // letters ("Konto PUE: ewelina.wrobel86", a twenty-second held-out set's benefit confirmation)
                        // (begun at "profile", the words before it read behind: "his", "her" before it made the scanner try
                        // the expression at every such word)
                        // (a whole word before it, not an app's or a server's: "Spring app profile dev_local", "this profile
                        // dev_2024", "superuser profile", the reviews'; not a picture's file)
                        + "|profile(?<=\\b(?:dating[ \\t-]?app|social[ \\t]media|facebook|linkedin|tinder|hinge|bumble|his|her|their)"
                        + "[ \\t]{1,3}profile)[ \\t]+(?=(?-i:[a-z])(?![\\w.-]*\\.(?:jpe?g|png|gif|pdf|webp))" + MADE_UP_VALUE + ")"
                        + "|(?:konto|compte|cuenta|conta)(?:[ \\t]+(?-i:PUE|ZUS|ePUAP))?[ \\t]*:[ \\t]*(?=(?-i:[a-z][a-z.-]*[0-9_][a-z0-9._-]*)(?![\\w@-]))"
                        // an online account's label before a made-up login ("Online account: hemi_pw79", a sixteenth held-out
                        // set's; "Rider account: rider_rosadk", a twenty-fourth's trip receipt; not "Online account: active")
                        + "|(?:online|web|portal|rider)[ \\t]+account[ \\t]*:[ \\t]*(?=" + MADE_UP_VALUE + ")"
                        // a reported or a second account's login, in small letters with a dot, an underscore or a digit in it
                        // ("Reported account: danny_tlv88", "(account d.azoulay.real)": a twenty-seventh held-out set's safety
                        // report; not "Account: 10483927", a bank's, nor "your account number")
                        + "|(?:(?<=\\()account|(?<![\\p{L}])(?:reported|user|member|second|other|player|app)[ \\t]+account|(?<![\\p{L}])(?:second|other|another|reported)[ \\t]+(?:member|user))(?:[ \\t]*:[ \\t]*|[ \\t]+|,[ \\t]+)"
                        // (no abbreviation's nor a package's: not "i.e.", "e.g.", "no.44718", "com.whatsapp", the review's)
                        + "(?=(?!(?:no|nr|com|org|net|io)\\.|i\\.e\\b|e\\.g\\b)(?-i:[a-z][a-z0-9]*+(?:[._][a-z0-9]++)++|[a-z]++\\d[a-z0-9]*+)(?![\\w@-]|[.-]\\w))"
                        // "user" in other languages, before a colon or a login with a dot, a digit or an underscore in it
                        // ("usuario rdominguez.alc", "uživatel pdvorak74", "Χρήστης: reception.kmarkou"; not "usuario registrado")
                        + "|(?:usuario|usuário|utilisateur|utente|benutzer|gebruiker|użytkownik|uživatel|χρήστης|Χρήστης|bruker"
                        + "|användare|bruger|käyttäjä|kullanıcı|felhasználó|kasutaja|lietotājs|naudotojas|uporabnik|používateľ"
                        + "|потребител|Потребител)(?:[ \\t]*+:[ \\t]*+|[ \\t]++(?=[a-z][a-z0-9-]*+[._0-9]))))"
                        + "(?<value>@?(?:live:)?[A-Za-z0-9][A-Za-z0-9._-]{1,30}[A-Za-z0-9_])(?![\\w@-]|[.-]\\w)", 0.65),
                // a chat's handle after "slack" or "discord", in small letters, maybe quoted ('slack: "@aisyah.r"', a
                // twenty-fourth held-out set's config; not a group's or a bot's: "@sre-oncall", "@MEE6", the review's)
                NamedPattern.of(CHAT_HANDLE, "\\b(?i:slack|discord)[ \\t]*:?[ \\t]*\"?(?<value>@(?![a-z0-9_.-]*(?:team|oncall"
                        + "|on-call|support|alert|bot|help|ops|admin|channel|here|everyone))[a-z_](?:[a-z0-9_.-]{0,29}[a-z0-9_])?)"
                        + "(?![\\w@-]|[.-]\\w)", 0.7),
                // a bare login after "username" behind a colon's label ("IT: username mknguyen,", a twenty-seventh held-out set's
                // onboarding form), kept in analyze only when shaped as an initial or two and a surname or made up (not "Note:
                // username unchanged", the review's)
                NamedPattern.of(AFTER_A_COLONS_LABEL, "(?<=:[ \\t]{0,2})(?i:user[ \\t]?name)[ \\t]+(?<value>(?-i:[a-z][a-z0-9._-]{1,30}[a-z0-9_]))"
                        + "(?=[ \\t]*(?:[,);]|\\r?\\n|$))", 0.65),
                NamedPattern.of("handle after a network", "\\b" + NETWORKS + "[ \\t]*[:(]?[ \\t]*(?<value>" + HANDLE + ")"
                        + "(?![\\w@-]|[.-]\\w)", 0.7),
                // a chat's mention, in lower case before a lower-case word ("@ronan can you check", "thanks @fionn.d, that"):
                // not Java's capitalised annotations ("@Bean public"); code's tags and styles' rules are words of NOT_A_NAME
                // ("@param name", "@media screen")
                NamedPattern.of("mention", "(?<![\\w.@+{-])(?=@[a-z])" + HANDLE + "(?=,?[ \\t]+\\p{Ll})", 0.6),
                // a handle alone in brackets, after its owner's name ("Ngozi Okonkwo (@ngozi_okonkwo), ngozi@..."): not a
                // capitalised annotation's, nor a decorator or a package in code's brackets ("(@staticmethod)", a review's)
                NamedPattern.of("handle in brackets", "(?<=\\p{Lu}\\p{Ll}{1,30}[ \\t]\\()(?=@[a-z_])" + HANDLE + "(?=\\))", 0.7),
                // a UPI payment address of India ("vasantgokhale@oksbi"): a name at a payment app's handle, no domain
                NamedPattern.of("UPI address", "(?<![\\w.+-])[a-z0-9][a-z0-9._-]{1,40}@(?:oksbi|okhdfcbank|okicici|okaxis|ybl|ibl|axl"
                        + "|paytm|upi|apl|yapl|pthdfc|ptsbi|ptyes|ptaxis|waicici|wahdfcbank|icici|hdfcbank|axisbank|kotak|yesbank"
                        + "|idfcbank|aubank|indus|federal|rbl|fbl|freecharge|airtel|jio)(?![\\w.@-])", 0.85),
                NamedPattern.of("handle", "(?<![\\w.@+-])" + HANDLE + "(?![\\w@-]|[.-]\\w)", 0.3)),
                Set.of("twitter", "instagram", "tiktok", "username", "venmo", "telegram", "snapchat"));
    }

    /** What an issue tracker writes after its author's login ("kwamebuilds opened this issue", "**tove-lq** commented"). */
    private static final List<String> TRACKER_VERBS = List.of("commented", "opened this", "reviewed", "approved these changes",
            "requested changes", "mentioned this", "closed this", "reopened this", "self-assigned", "added the", "removed the",
            "merged commit", "pushed", "force-pushed");
    private static final List<String> TRACKER_ROLES = List.of("(Maintainer)", "(Member)", "(Contributor)", "(Collaborator)",
            "(Owner)", "(Author)");

    /**
     * The patterns' user names, and who wrote on an issue tracker: a login at a line's start, maybe in bold and with its
     * role, before the tracker's verb ("**tove-lq** (Maintainer) commented Mar 11", "kwamebuilds opened this issue"). Read
     * line by line in code: an expression beginning at every line took a fifth of all the expressions' time.
     */
    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = super.analyze(text);
        String s = text.toString();
        // a chat's handle after its name, a person's: a part of it no common word nor a group's ("@aisyah.r", "@aigerim"; not
        // a group's or a channel's, "@eng-leads", "@moderators", "@general", the reviews')
        if (out.stream().anyMatch(r -> r.explanation().contains(CHAT_HANDLE))) {
            out = new ArrayList<>(out);
            out.removeIf(r -> r.explanation().contains(CHAT_HANDLE) && !personsHandle(s.substring(r.start() + 1, r.end())));
        }
        if (out.stream().anyMatch(r -> r.explanation().contains(AFTER_A_COLONS_LABEL))) {
            out = new ArrayList<>(out);
            out.removeIf(r -> r.explanation().contains(AFTER_A_COLONS_LABEL) && !madeUp(s.substring(r.start(), r.end()))
                    && !initialsAndSurname(s.substring(r.start(), r.end()), 2, 4));
        }
        List<RecognizerResult> authors = null;
        for (int line = 0; line >= 0 && line < s.length(); line = nextLine(s, line)) {
            int k = line;
            while (k < s.length() && k - line < 4 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            int bold = s.startsWith("**", k) ? 2 : 0;
            int start = k + bold;
            int end = start;
            while (end < s.length() && end - start < 39 && (isLowerOrDigit(s.charAt(end)) || end > start && (s.charAt(end) == '-'
                    || s.charAt(end) == '_'))) {
                end++;
            }
            if (end - start < 2 || !isLowerOrDigit(s.charAt(end - 1)) || !s.startsWith("**", end) && bold > 0) {
                continue;
            }
            int at = blanks(s, end + bold);
            boolean role = false;
            for (String r : TRACKER_ROLES) {
                if (s.startsWith(r, at)) {
                    at = blanks(s, at + r.length());
                    role = true;
                    break;
                }
            }
            int verb = at > end + bold ? trackerVerb(s, at) : -1;
            // bold, a role, or a date after the verb, as a tracker prints them: a hard-wrapped letter's line that begins
            // "was pushed to Friday" or "we reviewed the accounts" is no tracker's
            if (verb >= 0 && (bold > 0 || role || s.startsWith("opened this", at) || dated(s, verb))) {
                String login = s.substring(start, end);
                if (!NOT_A_NAME.contains(login) && (NameLists.get().kinds(login) & NameLists.NOT_NAME) == 0) {
                    if (authors == null) {
                        authors = new ArrayList<>(out);
                    }
                    authors.add(new RecognizerResult("USERNAME", start, end, 0.85, "pattern 'issue tracker's author'"));
                }
            }
        }
        List<RecognizerResult> homes = homeDirectories(text);
        gitLogins(text, homes);
        accessLogUsers(text, homes);
        codeOwners(s, homes);
        namedLogins(text, homes);
        loginsBeforeNames(text, homes);
        watchers(s, homes);
        recordFields(text, homes);
        loginsAfterEditTimes(text, homes);
        if (!homes.isEmpty()) {
            authors = authors == null ? new ArrayList<>(out) : authors;
            authors.addAll(homes);
        }
        return authors == null ? out : authors;
    }

    /**
     * A file's last editor right after the edit's time ("# last edited 2024-04-02 18:11 UTC by dkealoha", a twenty-sixth
     * held-out set's Kubernetes manifest; not "edited report, grouped by region_code", the review's); a record's clerk
     * after its printing's, keying's, check's time ("printed 06/18/2024 10:42 by jmwangi", "keyed into payroll 24/06/2024
     * by jsantos_hr": a twenty-seventh's). Read apart from the labelled expressions: the date and "by" say enough for a
     * login of letters alone ("jmwangi"), whose words of prose are left ("signed 23/05/2024 by hand").
     */
    private static final PatternScanner AFTER_EDIT_TIME = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?i:edited|printed|completed|keyed(?:[ \\t]+in(?:to)?[ \\t]+\\p{Ll}{2,20})?|entered|created|modified|updated"
                    + "|verified|approved|exported|generated|uploaded|processed|registered)[ \\t]+(?:on[ \\t]+)?\\d[\\d:./ -]{4,24}\\d"
                    + "(?:[ \\t]*+(?:UTC|GMT|Z|[AaPp][Mm]))?[ \\t]+by[ \\t]+([a-z][a-z0-9._-]{1,30}[a-z0-9])(?![\\w@-]|[.-]\\w)"));

    /** Adds the logins of {@link #AFTER_EDIT_TIME} that are no words of prose nor systems' accounts to {@code out}. */
    private static void loginsAfterEditTimes(CharSequence text, List<RecognizerResult> out) {
        AFTER_EDIT_TIME.forEachMatch(text, m -> {
            String login = m.group(1);
            // (letters alone when an initial and a surname, "jmwangi", or eight or more after "edited", "lfaleolo"; not a
            // role's word before the login it names, "by harbourmaster (user: mdonovan)", nor a desk's, "approved ... by
            // committee", the review's)
            if (!NOT_A_NAME.contains(login) && !SYSTEM_ACCOUNTS.contains(login) && !BY_WHAT.contains(login)
                    && (NameLists.get().kinds(login) & NameLists.NOT_NAME) == 0
                    && (madeUp(login) || personShaped(login) || login.length() >= 8 && edited(text, m.start())) && !USER_AFTER.matcher(text).region(m.end(1),
                    Math.min(text.length(), m.end(1) + 12)).lookingAt()
                    && out.stream().noneMatch(r -> r.start() < m.end(1) && r.end() > m.start(1))) {
                out.add(new RecognizerResult("USERNAME", m.start(1), m.end(1), 0.8, "pattern 'login after an edit's time'"));
            }
        });
    }

    /** @return whether the edit's verb at {@code at} is "edited" (eight letters alone make a login there, not after "approved by") */
    private static boolean edited(CharSequence text, int at) {
        return at + 6 <= text.length() && text.subSequence(at, at + 6).toString().equalsIgnoreCase("edited");
    }

    /** A login in brackets after a word: the word was none ("by harbourmaster (user: mdonovan)"). */
    private static final java.util.regex.Pattern USER_AFTER = java.util.regex.Pattern.compile("[ \\t]*\\((?i:user|login|id)\\b");

    /** How a thing is done "by" that no login names. */
    private static final Set<String> BY_WHAT = Set.of("hand", "post", "mail", "email", "e-mail", "phone", "telephone", "fax",
            "courier", "staff", "patient", "client", "customer", "doctor", "nurse", "me", "us", "him", "them", "registered");

    /**
     * A record's attribute or key of who did it, its value quoted ('usuario="fbertoni"', 'operador="jgomez"',
     * '"assigne_a": "mlavoie"', '"auteur": "sbeaulieu"'): a login in lower case, not a name ('"auteur": "Marie Roy"'). Read
     * apart from the labelled expressions, whose values must look made up: a record's field holds a login however short
     * ("jgomez"), but not a query's operator ('"operator": "contains"': not a key here) nor a system's account.
     */
    private static final PatternScanner RECORD_FIELD = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\w-])(?i:usuario|operador|user|username|login|auteur|author|assignee|assigne_a|assigned_to|created_by"
                    + "|updated_by|modified_by)\"?[ \\t]*[=:][ \\t]*\"([a-z][a-z0-9._-]{1,30}[a-z0-9])(?=\")"));
    /** What a record's who-did-it field holds that is no one's login. */
    private static final Set<String> SYSTEM_ACCOUNTS = Set.of("anonymous", "unassigned", "system", "root", "admin",
            "administrator", "postgres", "mysql", "oracle", "nobody", "guest", "null", "none", "unknown", "service", "bot",
            "automation", "scheduler", "cron", "daemon", "facebook", "google", "github", "apple", "microsoft", "api", "sync");

    /** Adds the logins of {@link #RECORD_FIELD} that no other reading found to {@code out}. */
    private static void recordFields(CharSequence text, List<RecognizerResult> out) {
        RECORD_FIELD.forEachMatch(text, m -> {
            String login = m.group(1);
            if (!NOT_A_NAME.contains(login) && !SYSTEM_ACCOUNTS.contains(login) && !login.startsWith("not_")
                    && out.stream().noneMatch(r -> r.start() < m.end(1) && r.end() > m.start(1))) {
                out.add(new RecognizerResult("USERNAME", m.start(1), m.end(1), 0.7, "pattern 'user name in a record's field'"));
            }
        });
    }

    /**
     * @return whether a lower-case word is a login's: a digit, a dot or an underscore in it, or one or two letters and a
     *     surname of the lists of four letters or more ("jvukovich", "abose"; not "hand")
     */
    private static boolean loginShaped(String login) {
        return madeUp(login) || initialsAndSurname(login, 2, 4);
    }

    /**
     * @return whether a word is one letter (to {@code initials}) and a surname of the lists of {@code min} letters or more,
     *     and no English word that reads so ("branch", "scanner": {@link LoginWords})
     */
    static boolean initialsAndSurname(String login, int initials, int min) {
        return !(login.length() > min && LoginWords.WORDS.contains(login.toLowerCase(Locale.ROOT)))
                && initialsAndSurnameOrWord(login, initials, min);
    }

    /**
     * @return whether a word is one letter (to {@code initials}) and a surname of the lists of {@code min} letters or more,
     *     an English word too: where a column holds logins only ("chart", "lichen" in a checked_by column, the review's)
     */
    static boolean initialsAndSurnameOrWord(String login, int initials, int min) {
        NameLists lists = NameLists.get();
        for (int k = 1; k <= initials && k + min <= login.length(); k++) {
            if ((lists.kinds(login.substring(k)) & NameLists.SURNAME) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logins in a record's own words, each read in code:
     * <ul>
     * <li>after "by" (or "av", "af", "von", "par", "por", "door", "przez") and maybe a colon, at a line's or a clause's
     * end, a bracket or a date after ("Exported by: rpatel2", "PRINTED 19-Jun-2024 16:05 by abose", "Eksportert fra
     * Tripletex av kari.vestrheim 19.11.2024"), when shaped as a login ({@link #loginShaped}) and no word of prose;</li>
     * <li>in brackets after a person's name that the login spells ("Chloe Barraclough (cbarraclough)", "Femi Adeyemi
     * (fadeyemi)");</li>
     * <li>an issue tracker's mention ("[~jpatel]");</li>
     * <li>sshd's accepted logins, a valid user's failed password and sessions ("Accepted publickey for dkowalczyk from",
     * "Failed password for tokoye from", "session opened for user a.nguyen"), not an invalid user's (an attack's guesses)
     * nor a service's account;</li>
     * <li>a web address's user ("/api/v2/users/tbrandt_92/wishlist"), when shaped as a login.</li>
     * </ul>
     */
    private static final PatternScanner LOGIN_IN_WORDS = PatternScanner.of(java.util.regex.Pattern.compile(
            // possessive blanks: a run of spaces is read once, not once per way of splitting it (a 1 MB run took seconds)
            "(?<!\\p{L})(?:[Bb]y|av|af|von|par|por|door|przez|da)[ \\t]*+:?[ \\t]*+(?<=[ \\t:])"
                    // (an office's word between: "Received 04/01/2024 by clerk jmorales2 ·", a twenty-fourth held-out set's jury
                    // summons)
                    + "(?:(?<office>clerk|officer|operator|staff|agent|user)[ \\t]++(?=[a-z][a-z0-9._-]{2,30}[a-z0-9][ \\t]*+[(),;·|\\r\\n]))?"
                    // (not cut before a login's last characters: "received by node_07 at", the review's)
                    + "(?<by>[a-z][a-z0-9._-]{2,30}[a-z0-9])(?![a-z0-9_-])"
                    // and a second after "and", a date's "on" after ("IDs verified by kthibodeaux and jcormier2.", "Reviewed by
                    // ybarra_c on 03/18/2025", a nineteenth held-out set's)
                    + "(?:[ \\t]++(?:and|&)[ \\t]++(?<by2>[a-z][a-z0-9._-]{2,30}[a-z0-9]))?"
                    // (or "for" after, a dash, a sentence's end before a capital: "exported by fleet_jgarza for claim", "Impreso
                    // por jortuno – 15/03/2025", "Verified 25/02/2025 by adm_lwhite. Proof", a twenty-first held-out set's)
                    + "(?=[ \\t]*+(?:\\r?\\n|$|[(),;·|]|\\d)|\\.[ \\t]*+(?:\\r?\\n|$)|[ \\t]++on[ \\t]++(?:\\d|(?-i:\\p{Lu}))"
                    + "|[ \\t]++for[ \\t]|[ \\t]++[–—-][ \\t]|\\.[ \\t]++(?-i:\\p{Lu})"
                    // (or "from" and an address's digits: "Uploaded via portal by wfvc_ktuilagi from 67.166.201.48", a
                    // twenty-third held-out set's)
                    + "|[ \\t]++from[ \\t]++\\d"
                    // (or a printout's gap of spaces before the next field, a person's initial and surname in the login then:
                    // "Closed by disp_tmonroe   Disp: T1", a twenty-second held-out set's dispatch log; not "Prepared by finance
                    // Date", the review's)
                    + "|[ \\t]{3,}+(?=\\S))"
                    + "|\\((?<bracketed>[a-z][a-z0-9._-]{2,30}[a-z0-9])\\)"
                    + "|\\[~(?<mention>[A-Za-z0-9][A-Za-z0-9._-]{1,40})\\]"
                    + "|\\b(?:Accepted[ \\t]+(?:password|publickey|keyboard-interactive(?:/pam)?|hostbased)[ \\t]+for"
                    // a valid user's failed password (a sixteenth held-out set's "Failed password for tokoye from"): not an
                    // invalid user's, whose words stand between
                    // (and an application's failed logins: "5 failed logins for m.oyelaran from 2001:db8:9f::a1", a twenty-fifth
                    // held-out set's log)
                    + "|[Ff]ailed[ \\t]+(?:password|(?<app>logins?|login[ \\t]+attempts?|sign-?ins?))[ \\t]+for"
                    + "(?=[ \\t]+(?!invalid[ \\t])[a-z_][a-z0-9._-]{0,31}[ \\t]+from[ \\t])"
                    + "|\\(sshd:session\\):[ \\t]+session[ \\t]+(?:opened|closed)[ \\t]+for[ \\t]+user)[ \\t]+(?<sshd>[a-z_][a-z0-9._-]{0,31})(?![a-z0-9._-])"
                    + "|/(?:users?|profiles?|members?|accounts?|people)/(?<path>[A-Za-z][A-Za-z0-9._-]{2,39})(?=[/?#\\s\"']|$)"
                    // a ticket's, a payslip's or a register's person by login after a key, at a line's or a field's end
                    // ("Assignee: wzhang2", "Bearbeiter: hsommerfeld")
                    + "|(?<![\\p{L}])(?:Assignee|Reporter|Owner|Agent|Operator|Bearbeiter(?:in)?|Sachbearbeiter(?:in)?|Ersteller(?:in)?"
                    + "|Bearbeitung|Laatinut|Întocmit|Intocmit|Behandelaar|Gestionnaire|Responsable)[ \\t]*+:[ \\t]*+"
                    + "(?<keyed>[a-z][a-z0-9._-]{2,30}[a-z0-9])(?=[ \\t]*+(?:\\r?\\n|$|[(,;|·])|[ \\t]++[–—-][ \\t])"
                    // a login in a code's backticks after an account's word ("AD account `rapgwilym`", "GitHub org: remove
                    // `rhys-apg`"; a twenty-first set's)
                    + "|`(?<ticked>[a-z][a-z0-9._-]{2,30}[a-z0-9])`"
                    // a German office's note of who recorded it, after the date ("BEARBEITUNGSVERMERK: erfasst 05.03.2025
                    // sta21_mweber;", a twenty-second held-out set's dog tax registration)
                    + "|(?<![\\p{L}])(?:erfasst|bearbeitet|geändert|erstellt|geprüft)[ \\t]++(?:am[ \\t]++)?\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"
                    + "(?:,?[ \\t]++\\d{1,2}:\\d{2})?[ \\t]++(?:von[ \\t]++|durch[ \\t]++)?(?<dated>[a-z][a-z0-9._-]{2,30}[a-z0-9])"
                    + "(?=[ \\t]*+(?:\\r?\\n|$|[(),;·|]))"
                    // an agent's or an operator's login in brackets ("Jordan M. (agent jordan.m):"), a user's after a colon, a
                    // witness's ("(user: mdonovan)", "(witness c.dafydd)": a twenty-fourth held-out set's mooring register and DBS log)
                    + "|\\((?:agent|operator|user|reviewer|witness|clerk|usuario|usuaria|utilisateur|utente|benutzer|gebruiker)(?:[ \\t]*+:)?[ \\t]++(?<agent>[a-z][a-z0-9._-]{2,30}[a-z0-9])\\)"));

    /**
     * A bracket after a lower-case word and before a capitalised name: where a login stands before the name it spells
     * ("16:40 wzhang2 (Wei Zhang):"); the login is read back from the bracket in code (an expression beginning at every
     * lower-case word cost the whole recognizer's alternation a try at each).
     */
    private static final PatternScanner SPELLED_AFTER = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<=[a-z0-9])[ \\t]\\((?=\\p{Lu}[\\p{L}.' -]{2,60}\\))"));

    /** A web application's routes under "/users/" that are no user's name (Devise's, and the like). */
    private static final Set<String> ROUTES = Set.of("sign_in", "sign_up", "sign_out", "log_in", "log_out", "create_account",
            "reset_password", "forgot_password", "change_password", "confirmation", "unlock", "auth", "oauth", "self", "current",
            "password", "new", "me", "bulk_update", "bulk_delete", "sso", "saml", "oidc", "callback", "verify", "activate");

    /**
     * A file's name after "by" ("Generated by setup.py"): an extension of letters after its last dot; not C's ".c", ".h",
     * a login's initial as often ("Modified by barraclough.c").
     */
    private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile(
            ".*\\.(?:py|js|ts|rb|sh|java|json|ya?ml|xml|txt|md|cfg|ini|toml|exe|jar|csv|log|conf|php|go|rs|cpp|html?)");

    private static void namedLogins(CharSequence text, List<RecognizerResult> found) {
        LOGIN_IN_WORDS.forEachMatch(text, m -> {
            for (String group : List.of("by", "bracketed", "mention", "sshd", "path", "keyed", "agent", "ticked", "dated")) {
                int start = m.start(group);
                if (start < 0) {
                    continue;
                }
                String login = m.group(group);
                String lower = login.toLowerCase(Locale.ROOT);
                if (serviceOrBot(lower)) {
                    return;
                }
                boolean taken = switch (group) {
                    // only after a record's verb ("order by last_name", "caused by e.coli." are none)
                    // (before "for", a dash or a sentence's end, a person's initial and surname in it: "by fleet_jgarza for
                    // claim", not "by etl_pipeline for", "by legal – approved", "by sync_job. Next", the review's)
                    // (after Italian's "da", a made-up login only: "inviata da remoto", "compilato da sportello", the review's)
                    // (after an office's word, an export's or a printout's noun, a person's initial and surname in it, or a
                    // dotted name: "by clerk jmorales2", "export by a.tremblay"; not "by agent v2.1", "received by
                    // stripe_live", "export by etl_job2", the review's)
                    case "by" -> (m.start("office") < 0 || personShaped(login) || dottedName(login))
                            && (!text.subSequence(m.start(), m.start() + 2).toString().equals("da") || madeUp(login))
                            && (recordVerbBefore(text, m.start(), RECORD_VERBS) && byLogin(text, login, m.end(group))
                            || recordVerbBefore(text, m.start(), CHECK_VERBS) && checkLogin(login)
                            || recordVerbBefore(text, m.start(), RECORD_NOUNS) && (personShaped(login) || dottedName(login))
                            && byLogin(text, login, m.end(group)))
                            && (!LATER_END.matcher(text).region(m.end(group), text.length()).lookingAt() || personShaped(login)
                            || dottedName(login));
                    case "bracketed" -> spelledByName(text, m.start(), login) || loginAlone(text, m.start(), m.end(), login);
                    // shaped as a login, no word of prose ("Owner: none", "Agent: available")
                    // (after German's "Bearbeitung", a person's initial and surname: "Bearbeitung: sofort", "team_a" are none)
                    case "keyed" -> loginShaped(login) && (NameLists.get().kinds(login) & NameLists.NOT_NAME) == 0
                            && (!text.subSequence(m.start(), m.start(group)).toString().startsWith("Bearbeitung") || personShaped(login));
                    // a digit in it, a dot or an underscore, or an initial and a surname of five letters or more
                    // ("/users/mholroyd/"; not "/users/export", "/users/balance", "/users/block"), and no route's name
                    // ("/users/sign_in")
                    case "path" -> (madeUp(login) || initialsAndSurname(lower, 1, 5)) && !ROUTES.contains(lower);
                    // right after an account's or a user's word, or after a code host's organisation's verb ("AD account
                    // `rapgwilym`", "GitHub org: remove `rhys-apg`"; not "`user_id`" a few words on, the review's)
                    case "ticked" -> ACCOUNT_BEFORE_TICK.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                            && !FILE_NAME.matcher(lower).matches() && !VERSION.matcher(lower).matches()
                            && (NameLists.get().kinds(login) & NameLists.NOT_NAME) == 0;
                    case "dated" -> personShaped(login) && !FILE_NAME.matcher(lower).matches();
                    // (after an application's failed logins, a login's shape: not prose's "failed logins for staff from
                    // overseas", the review's)
                    case "sshd" -> m.start("app") < 0 || personShaped(login) || dottedName(login) || madeUp(login);
                    // after a witness's, a clerk's or a user's word and a colon, a person's login ("(witness c.dafydd)", "(user:
                    // mdonovan)"; not "(witness statement)", a database's role: "(user: readonly_role)", the review's)
                    case "agent" -> (!WITNESS_OR_CLERK.matcher(text).region(m.start(), m.start(group)).lookingAt()
                            || personShaped(login) || dottedName(login)) && !DESKS.contains(lower);
                    default -> true;
                };
                if (taken) {
                    found.add(new RecognizerResult("USERNAME", start, m.end(group), 0.8, "pattern 'login " + group + "'"));
                    if (group.equals("by") && m.start("by2") >= 0 && (recordVerbBefore(text, m.start(), RECORD_VERBS)
                            ? byLogin(text, m.group("by2"), m.end("by2")) : checkLogin(m.group("by2")))) {
                        found.add(new RecognizerResult("USERNAME", m.start("by2"), m.end("by2"), 0.8, "pattern 'login by'"));
                    }
                }
                return;
            }
        });
        // an agent's login with a blank alone ("agent cs_dpham merged records", a twenty-first held-out set's): an underscore,
        // a dot or a digit in it ("agent smith" is none), and a person's initial and surname in it or a verb's past after (not
        // "reducing agent nabh4", "the agent log_level to", the review's), not a browser's "user agent mozilla5"; a scanner
        // of its own, looked for by its words (in the one above, every word beginning with an "a" or an "o" was tried)
        AGENT_LOGIN.forEachMatch(text, m -> {
            String login = m.group("login");
            String lower = login.toLowerCase(Locale.ROOT);
            boolean user = m.start() >= 5 && text.subSequence(m.start() - 5, m.start() - 1).toString().equalsIgnoreCase("user")
                    && (text.charAt(m.start() - 1) == ' ' || text.charAt(m.start() - 1) == '\t');
            // (after an office's own word, a case handler's or a reviewer's, a login holding a person's initial and surname:
            // "tramitador ler_bsocial_mgomez", a twenty-second held-out set's; not a version, a checklist, a pool: "gestor v2.3",
            // "reviewer checklist_v2", "reviewer pool_a", the review's)
            boolean taken = found.stream().anyMatch(r -> r.start() == m.start("login") && r.end() == m.end("login"));
            // a directory's user or account ("AD user rdelacruz", a twenty-fifth held-out set's helpdesk ticket): a person's
            // login
            if (m.start("directory") >= 0) {
                // (a person's shape only: not a kiosk's, a test's, a template's, "kiosk01", "test.user", the review's)
                if (!taken && !serviceOrBot(lower) && (personShaped(login) || dottedName(login))) {
                    found.add(new RecognizerResult("USERNAME", m.start("login"), m.end("login"), 0.8, "pattern 'login directory'"));
                }
                return;
            }
            if (!user && !taken && madeUp(login) && !serviceOrBot(lower) && !FILE_NAME.matcher(lower).matches()
                    && (personShaped(login) || m.start("office") < 0 && numbered(login)
                    || PAST_VERB_AFTER.matcher(text).region(m.end("login"), text.length()).lookingAt())) {
                found.add(new RecognizerResult("USERNAME", m.start("login"), m.end("login"), 0.8, "pattern 'login agentword'"));
            }
        });
    }

    /**
     * The bracket and words of a witness's, a clerk's or a user's login with a colon, or a user's in another language
     * ({@link #LOGIN_IN_WORDS}'s "agent": "(usuario rbenitez)", a twenty-fifth held-out set's loan application).
     */
    private static final java.util.regex.Pattern WITNESS_OR_CLERK = java.util.regex.Pattern.compile(
            "\\((?:witness|clerk|user[ \\t]*:|usuario|usuaria|utilisateur|utente|benutzer|gebruiker)");

    /** An agent's or an operator's word, a blank and a login ("agent cs_dpham"). */
    private static final PatternScanner AGENT_LOGIN = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:agent|operator|(?<office>reviewer|tramitador|tramitadora|gestionnaire|gestor|gestora|caseworker)"
                    + "|(?<directory>(?:AD|LDAP|domain|Windows|network)[ \\t]+(?:user|account|login)))[ \\t]++"
                    + "(?<login>[a-z][a-z0-9._-]{1,30}[a-z0-9])(?![\\w@-]|[.-]\\w)"));

    /**
     * Whether a word after a record's "by" ending at {@code end} is a login: a bare word shaped as a login too, no file's
     * name ("Generated by setup.py"), not before a sentence's full stop ("Record updated by staff.", "by phone."), but an
     * initial and a surname of five letters or more ("updated by jsmith.").
     */
    private static boolean byLogin(CharSequence text, String login, int end) {
        String lower = login.toLowerCase(Locale.ROOT);
        return !FILE_NAME.matcher(lower).matches() && (madeUp(login)
                || loginShaped(login) && (NameLists.get().kinds(login) & NameLists.NOT_NAME) == 0
                && (end == text.length() || text.charAt(end) != '.' || initialsAndSurname(login, 2, 5)));
    }

    /** The logins before the names they spell in brackets ({@link #SPELLED_AFTER}). */
    private static void loginsBeforeNames(CharSequence text, List<RecognizerResult> found) {
        SPELLED_AFTER.forEachMatch(text, m -> {
            int end = m.start();
            int start = end;
            while (start > 0 && end - start <= 32 && isLoginChar(text.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || "@/".indexOf(text.charAt(start - 1)) >= 0)) {
                return; // part of a longer word, an address or a path
            }
            String login = text.subSequence(start, end).toString();
            if (login.length() >= 4 && login.charAt(0) >= 'a' && login.charAt(0) <= 'z'
                    && (login.charAt(login.length() - 1) != '.' && login.charAt(login.length() - 1) != '-')
                    && !serviceOrBot(login) && spelledByName(text, closing(text, m.end()), login)) {
                found.add(new RecognizerResult("USERNAME", start, end, 0.8, "pattern 'login spelled'"));
            }
        });
    }

    private static boolean isLoginChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    /** @return the closing bracket's index at or after {@code from} on its line (the expression saw it), or {@code from} */
    private static int closing(CharSequence text, int from) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (text.charAt(k) == ')') {
                return k;
            }
        }
        return from;
    }

    /** Whether a login is a service's, a machine's, a word for no one, or a bot's ("secops-bot", "dependabot[bot]"). */
    static boolean serviceOrBot(String lower) {
        return SERVICE_ACCOUNTS.contains(lower) || NOT_A_NAME.contains(lower) || lower.endsWith("-bot") || lower.endsWith("_bot")
                || lower.endsWith("[bot]");
    }

    /** The endings of a web address's or a file's name, which a bracket holds as often as a login ("(www.example.com)"). */
    private static final Set<String> NOT_LOGIN_ENDINGS = Set.of("com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr",
            "es", "it", "nl", "be", "eu", "ru", "pl", "info", "biz", "example", "html", "htm", "pdf", "doc", "docx", "xls", "xlsx",
            "txt", "csv", "jpg", "png", "zip", "xml", "json", "py", "md", "yaml", "yml", "js", "ts", "cfg", "ini", "log", "sh",
            "rb", "java", "php", "go", "rs", "cpp", "conf", "toml", "lock", "sql", "exe", "jar", "war", "gz", "tar");

    /**
     * @return whether a word alone in brackets is a login by its shape, with no name before it that it spells: letters in
     *     parts parted by dots or underscores, one of them a name ("(t.vandam)", "(kratochvilova.m)", "(ops.farah)"), not a
     *     web address's or a file's name, nor a digit in it, nor code's names ("(fig.2)", "(v1.2)", "(java.util)",
     *     "(user_id)", "(e.coli)": a review's); or an initial or two and a surname of the lists of five
     *     letters or more as a note's author, a colon after the bracket or a date or a time before it ("Notiz HV (jszymanski):",
     *     "16/05/2025 (srousseau) :"; a fifteenth held-out set's notes; not "Contractor (plumber)", "unfit for work
     *     (scaffolder)", "DÍAZ (finada)", words the lists take for an initial and a surname)
     */
    private static boolean loginAlone(CharSequence text, int open, int close, String login) {
        if (login.indexOf('.') >= 0 || login.indexOf('_') >= 0) {
            String[] parts = login.split("[._]");
            return login.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '.' || c == '_') && parts.length >= 2
                    && java.util.Arrays.stream(parts).noneMatch(String::isEmpty) && !login.startsWith("www.")
                    && !NOT_LOGIN_ENDINGS.contains(parts[parts.length - 1]) && login.replaceAll("[._]", "").length() >= 5
                    && namedParts(parts);
        }
        int after = close;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        int before = open;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
            before--;
        }
        boolean author = after < text.length() && text.charAt(after) == ':' || before > 0 && Character.isDigit(text.charAt(before - 1));
        return author && initialsAndSurname(login, 2, 5) && (NameLists.get().kinds(login) & NameLists.NOT_NAME) == 0;
    }

    /**
     * @return whether a login is two words parted by a dot, in small letters, each a given name or a surname of the lists or
     *     an initial, one of four letters or more, none mostly a word ("Approved by priya.sharma - \"Take care\"", as a
     *     twenty-fourth held-out set's leave request writes its approver; not "jenkins.pipeline")
     */
    private static boolean dottedName(String login) {
        if (login.indexOf('.') <= 0 || !login.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '.')) {
            return false;
        }
        NameLists lists = NameLists.get();
        String[] parts = login.split("\\.");
        // a department's short prefix before the name ("hr.priyanka.d", a twenty-fifth held-out set's job application)
        if (parts.length == 3 && parts[0].length() <= 4 && DEPARTMENTS.contains(parts[0])) {
            parts = new String[] {parts[1], parts[2]};
        }
        // each part a name of the lists, none mostly a word, or an initial ("jenkins.pipeline", "config.loader" are none)
        // (a part of two letters: "jo.bradley", "le.thanh", "ng.kelvin"; not a title's, a street's, a build's, "dr.watson",
        // "st.mary", "ci.travis", the reviews')
        return parts.length == 2 && java.util.Arrays.stream(parts).allMatch(p -> p.length() == 1 || p.length() == 2 && !TECH_PAIRS.contains(p)
                || p.length() > 2 && (lists.kinds(p) & (NameLists.FIRST | NameLists.SURNAME)) != 0
                && (lists.kinds(p) & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0)
                && java.util.Arrays.stream(parts).anyMatch(p -> p.length() >= 4);
    }

    /** Two letters before a dot that abbreviate a title, a street, a build's or a team's word ("dr.watson", "ci.travis"). */
    private static final Set<String> TECH_PAIRS = Set.of("dr", "st", "ci", "cd", "qa", "hr", "it", "ui", "ux", "db", "io", "js",
            "ai", "ml", "os", "pm", "am", "vp", "mr", "ms", "mt", "rd", "av", "sr", "jr", "pr", "fr", "co", "uk", "us", "eu", "no");

    /** A desk's or a till's word in a user's bracket ("(usuario cajero)", "(utente sportello)", the review's). */
    private static final Set<String> DESKS = Set.of("cajero", "cajera", "caja", "sportello", "ventanilla", "taquilla", "recepcion",
            "recepción", "reception", "guichet", "caisse", "kasse", "schalter", "balie", "loket", "kassa", "admin", "sistema",
            "system", "systeme", "système", "invitado", "gast", "guest", "operador", "operatore", "opérateur");

    /** A department's short name before a dotted login's name ("hr.priyanka.d"). */
    private static final Set<String> DEPARTMENTS = Set.of("hr", "it", "ops", "fin", "acct", "adm", "admin", "sec", "pa", "exec",
            "recp", "rcpt", "legal", "mktg", "eng", "dev", "qa", "crm", "cs", "ext");

    /** Species' names that a bacterium's abbreviation writes after its initial ("(e.coli)", "(s.aureus)"). */
    private static final Set<String> SPECIES = Set.of("coli", "aureus", "pylori", "difficile", "aeruginosa", "pneumoniae",
            "epidermidis", "faecalis", "albicans", "influenzae", "typhi", "cereus", "subtilis", "pyogenes", "agalactiae", "mutans",
            "sapiens", "elegans", "melanogaster", "cerevisiae", "monocytogenes", "jejuni", "gonorrhoeae", "trachomatis");

    /**
     * @return whether a dotted login's parts hold a person's name: an initial beside a word of four letters or more
     *     ("t.vandam", "kratochvilova.m"), a given name of four letters or more ("ops.farah"), or an initial and a surname
     *     run together ("operatore.mbianchi"); not code's words ("java.util", "server.port") nor a species ("e.coli")
     */
    private static boolean namedParts(String[] parts) {
        NameLists lists = NameLists.get();
        boolean initial = java.util.Arrays.stream(parts).anyMatch(p -> p.length() == 1);
        for (String part : parts) {
            int kinds = lists.kinds(part);
            if (SPECIES.contains(part)) {
                return false;
            }
            boolean common = (kinds & NameLists.NOT_NAME) != 0;
            if (!common && (initial && part.length() >= 4 || part.length() >= 4 && (kinds & NameLists.FIRST) != 0)
                    || initialsAndSurname(part, 1, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether a login is a numbered account's: an underscore in it, a digit last and three letters or more
     *     ("cs_agent2" after an agent's word; after "by" and an office's word a machine's as often, "worker_3", the review's)
     */
    private static boolean numbered(String login) {
        int letters = 0;
        for (int i = 0; i < login.length(); i++) {
            letters += Character.isLetter(login.charAt(i)) ? 1 : 0;
        }
        return login.indexOf('_') > 0 && Character.isDigit(login.charAt(login.length() - 1)) && letters >= 3;
    }

    /** @return whether a login has a digit, a dot or an underscore in it */
    private static boolean madeUp(String login) {
        for (int i = 0; i < login.length(); i++) {
            char c = login.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** What a login in backticks follows: an account's word, or a code host's organisation and its verb. */
    private static final java.util.regex.Pattern ACCOUNT_BEFORE_TICK = java.util.regex.Pattern.compile(
            "(?i:(?<![\\p{L}])(?:account|user(?:name)?|login|handle)[ \\t]*:?[ \\t]*"
            + "|(?<![\\p{L}])(?:github|gitlab)[ \\t]+(?:org|organi[sz]ation|team)[ \\t]*:?[ \\t]*(?:remove|add|invite|offboard)[ \\t]+)$");
    /** The endings after a record's "by" and its login that need a person's login: "for", a dash, a sentence's end. */
    private static final java.util.regex.Pattern LATER_END = java.util.regex.Pattern.compile(
            "[ \\t]++for[ \\t]|[ \\t]++[–—-][ \\t]|\\.[ \\t]++\\p{Lu}|[ \\t]{3,}+\\S");
    /** A version's number in backticks ("`v2.3.1`"), no login. */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v?\\d[\\d.]*");
    /** What parts a login's words: dots, underscores, dashes, digits. */
    private static final java.util.regex.Pattern LOGIN_PARTS = java.util.regex.Pattern.compile("[._\\-0-9]+");
    /** A verb's past after an agent's login ("agent cs_dpham merged records"). */
    private static final java.util.regex.Pattern PAST_VERB_AFTER = java.util.regex.Pattern.compile("[ \\t]++[a-z]{2,}ed(?![\\p{L}])");

    /**
     * @return whether a login holds a person's initial and surname of the lists, five letters or more, in one of its
     *     parts between dots, underscores, dashes and digits ("fleet_jgarza", "adm_lwhite", "eg_mbraun"; not "kube_state"),
     *     a part that is no given name itself
     */
    private static boolean personShaped(String login) {
        for (String part : LOGIN_PARTS.split(login.toLowerCase(Locale.ROOT))) {
            // (not a given name read as an initial and a surname: "travis" of "ci.travis", the third review's)
            if (part.length() >= 6 && initialsAndSurname(part, 1, 5) && (NameLists.get().kinds(part) & NameLists.FIRST) == 0) {
                return true;
            }
        }
        return false;
    }

    /** What a record's line says it was made by, in lower case ("printed 19-jun-2024 16:05 by abose"). */
    private static final List<String> RECORD_VERBS = List.of("printed", "exported", "generated", "created", "prepared", "entered",
            "modified", "updated", "submitted", "approved", "reviewed", "changed", "processed", "dispensed", "logged", "recorded",
            "registered", "issued", "uploaded", "produced", "utskriven", "utskrivet", "exporterad", "eksportert", "eksporteret",
            "udskrevet", "erstellt", "gedruckt", "exportiert", "exporté", "imprimé", "généré", "impreso", "generado", "exportado",
            "gegenereerd", "afgedrukt", "geëxporteerd", "stampato", "esportato", "wydrukowano", "wygenerowano",
            // a claim's or a file's lodging and sending, in English, French and Italian ("Lodged by chbmc_reception2.",
            // "Transmis à l'OPCO EP le 05/03/2025 par bvm_fl_76", "Copia inviata ... da cmso_accettazione2.", a
            // twenty-second held-out set's)
            "lodged", "filed", "transmitted", "transmis", "transmise", "saisi", "saisie", "enregistré", "déposé", "inviata",
            "inviato", "registrato", "registrata", "compilato", "compilata", "trasmesso", "trasmessa", "acquisito",
            // Spanish's updating ("Hoja actualizada el 22/02/2025 por secretaria_icerezo.", a twenty-third held-out set's)
            "actualizada", "actualizado", "modificada",

            // Portuguese, Spanish, Dutch, German and French verbs of a record's making or reading ("Gerada em 10/03/2025
            // por rececao.lmatos", "Consultado en línea por: agutierrez.ramirez", "laatst bewerkt door lotte.vercauteren")
            "gerada", "gerado", "consultado", "consultada", "bewerkt", "gewijzigd", "aangemaakt", "opgesteld", "bearbeitet",
            "geändert", "modifié", "créé", "modificado", "creado", "creato", "modificato", "elaborado", "preparado");

    /**
     * A printout's and an export's nouns and a receipt's verb, in English and the Nordic languages, before "by" ("export by
     * a.tremblay on 2024-05-14", "Utskrift 2024-05-17 14:03 av ssk_enordin", "Received 04/01/2024 by clerk jmorales2", a
     * twenty-fourth held-out set's pharmacy log, clinic printout, jury summons): a region, a team or a way after them as often
     * ("Sales export by region,", "received by post", "received by stripe_live"), so only a person's login: an initial and a
     * surname in it, or a dotted name.
     */
    private static final List<String> RECORD_NOUNS = List.of("export", "printout", "utskrift", "udskrift", "received");

    /**
     * A check's, a clearance's, a case's verbs before "by" (a nineteenth held-out set's pawn ledger, hotel audit, tenant
     * screening: "IDs verified by kthibodeaux and jcormier2"): a tool, a step or a team after them as often ("Resolved by
     * reboot", "Verified by pytest", "Handled by sales", the review's), so only a login's own shape ({@link #checkLogin}).
     */
    private static final List<String> CHECK_VERBS = List.of("verified", "checked", "cleared", "signed", "closed", "resolved",
            "handled", "escalated", "authorised", "authorized");

    /**
     * @return whether a word after a check's "by" is a login: an underscore or a dot in it, or an initial and a surname of the
     *     lists of five letters or more, digits after it or not ("ybarra_c", "lbaptiste", "jcormier2"; not "tier2", "reboot")
     */
    private static boolean checkLogin(String login) {
        String letters = login.replaceAll("\\d+$", "");
        return login.indexOf('_') > 0 || login.indexOf('.') > 0 || initialsAndSurname(letters, 1, 5)
                && (NameLists.get().kinds(letters) & NameLists.NOT_NAME) == 0;
    }

    /** Whether one of the {@code verbs} stands on the line before {@code at}, within 80 characters. */
    private static boolean recordVerbBefore(CharSequence text, int at, List<String> verbs) {
        int from = at;
        while (from > 0 && at - from < 80 && text.charAt(from - 1) != '\n') {
            from--;
        }
        String before = text.subSequence(from, at).toString().toLowerCase(Locale.ROOT);
        for (String verb : verbs) {
            // a whole word ("unchanged", "reissued" hold none)
            for (int k = before.indexOf(verb); k >= 0; k = before.indexOf(verb, k + 1)) {
                int end = k + verb.length();
                if ((k == 0 || !Character.isLetter(before.charAt(k - 1))) && (end == before.length() || !Character.isLetter(before.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the words just before a bracket at {@code open} are a person's name the login spells: a capitalised word of
     * three letters or more whose letters the login holds ("Chloe Barraclough (cbarraclough)"), or the last word and an
     * earlier one's initial ("John Smith (smithj)").
     */
    static boolean spelledByName(CharSequence text, int open, String login) {
        int end = open;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String surname = null;
        String initialsAfter = ""; // the initials of the words read, in the text's order
        for (int word = 0; word < 3 && end > 0; word++) {
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (end - start < 3 || !Character.isUpperCase(text.charAt(start))) {
                return false;
            }
            String lower = folded(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
            if ((NameLists.get().kinds(lower) & NameLists.NOT_NAME) != 0 && !(word == 0 && firstNameBefore(text, start))) {
                return false; // a product's or a place's word ("Google Drive (gdrive)"); but "Mark Brown (mbrown)"
            }
            // the surname and a given name's initial after it ("John Smith (smithj)")
            // and the given name and the surname whole with a dot or an underscore ("Diana Pop (diana.pop)", a twenty-seventh
            // held-out set's drone registration)
            if (spells(login, lower) || surname != null && (login.equals(surname + lower.charAt(0)) || login.equals(lower + "." + surname)
                    || login.equals(lower + "_" + surname))) {
                return true;
            }
            // or a given name of the lists whole and the initials of the names after it ("Magnús Örn Halldórsson (magnusoh)",
            // a twenty-eighth held-out set's evacuee register)
            if (!initialsAfter.isEmpty() && login.equals(lower + initialsAfter) && (NameLists.get().kinds(lower) & NameLists.FIRST) != 0) {
                return true;
            }
            initialsAfter = lower.charAt(0) + initialsAfter;
            surname = surname == null ? lower : surname;
            end = start;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-')) {
                end--;
            }
        }
        return false;
    }

    /** Whether a first name of the lists stands right before the word at {@code start}, one blank apart ("Mark Brown"). */
    private static boolean firstNameBefore(CharSequence text, int start) {
        int end = start - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return false;
        }
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < end && Character.isUpperCase(text.charAt(s))
                && (NameLists.get().kinds(text.subSequence(s, end).toString().toLowerCase(Locale.ROOT)) & NameLists.FIRST) != 0;
    }

    /** @return a word without its letters' marks, as logins write it ("cîmpean" as "cimpean") */
    private static String folded(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) >= 0x80) {
                return NameLists.unmarked(word);
            }
        }
        return word;
    }

    /**
     * Whether a login spells a surname as logins do: an initial or two before it ("cbarraclough", "jpatel"), or it first
     * with a dot or an underscore and more after it ("barraclough.c"); not a product's name with a version or a plural
     * ("Python (python3)", "Item (items)", "Node (nodejs)").
     */
    private static boolean spells(String login, String word) {
        // after a team's or a role's prefix and an underscore ("tech_mlucero2", "kd_tmolefe", "cclab_tfaleolo"; a twentieth
        // held-out set's), and a long surname cut to five letters or more, digits after ("praghu02" for Raghunathan)
        int underscore = login.indexOf('_');
        if (underscore > 0 && underscore <= 6 && underscore + 1 < login.length() && spellsWhole(login.substring(underscore + 1), word)) {
            return true;
        }
        return spellsWhole(login, word) || cutShort(login, word);
    }

    /** Whether a login is an initial or two and the first five letters or more of a long surname, digits after or none. */
    private static boolean cutShort(String login, String word) {
        // (a surname of the lists: "Pressure Transducer (ptransd01)" is a sensor's tag, a review's)
        if (word.length() < 7 || (NameLists.get().kinds(word) & NameLists.SURNAME) == 0) {
            return false;
        }
        for (int initials = 1; initials <= 2 && initials < login.length(); initials++) {
            int m = 0;
            while (initials + m < login.length() && m < word.length() && login.charAt(initials + m) == word.charAt(m)) {
                m++;
            }
            if (m >= 5 && m < word.length() && Character.isLetter(login.charAt(0))
                    && login.substring(initials + m).chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #spells} without a prefix. */
    private static boolean spellsWhole(String login, String word) {
        int at = login.indexOf(word);
        if (at < 0) {
            return false;
        }
        int after = at + word.length();
        boolean initialsBefore = at >= 1 && at <= 3 && Character.isLetter(login.charAt(0));
        boolean endsThere = after == login.length() || login.charAt(after) == '.' || login.charAt(after) == '_'
                || Character.isDigit(login.charAt(after)) && at > 0;
        return initialsBefore && endsThere || at == 0 && after < login.length() && (login.charAt(after) == '.' || login.charAt(after) == '_');
    }

    /** An issue tracker's watchers ("Watchers:     s.kowalczyk, mholroyd, secops-bot"): the logins, not the bots. */
    private static void watchers(String s, List<RecognizerResult> found) {
        for (int at = s.indexOf("Watchers:"); at >= 0; at = s.indexOf("Watchers:", at + 1)) {
            int end = s.indexOf('\n', at);
            end = end < 0 ? s.length() : end;
            java.util.regex.Matcher m = WATCHER.matcher(s).region(at + "Watchers:".length(), end);
            while (m.find()) {
                String login = m.group();
                if (!serviceOrBot(login)) {
                    found.add(new RecognizerResult("USERNAME", m.start(), m.end(), 0.8, "pattern 'watcher'"));
                }
            }
        }
    }

    private static final java.util.regex.Pattern WATCHER = java.util.regex.Pattern.compile("(?<![\\w.-])[a-z][a-z0-9._-]{1,30}[a-z0-9](?![\\w.-])");

    /**
     * A git history's logins: an author or committer (or a trailer's person) written as a login before an e-mail address
     * ("Author:     ntrinh <ngoc.trinh@corp.example>"), and the fork a pull request was merged from ("Merge pull request
     * #1184 from dfashola/crlf-headers"). Found whatever their shape: a login there is a login.
     */
    static final PatternScanner GIT_LOGIN = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?m)^[ \\t]{0,8}(?:Author|Commit|Signed-off-by|Co-authored-by|Reviewed-by|Reported-by|Tested-by|Acked-by):[ \\t]+"
                    + "([a-z][a-z0-9._-]{0,38}[a-z0-9])[ \\t]+<[^<>\\s@]+@"
                    + "|\\bMerge pull request #\\d+ from ([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})/"));

    /**
     * A web server's access log's user, between the client's address and the time ("73.162.44.208 - rkim
     * [06/Feb/2025:20:31:02 +0000]", a sixteenth held-out set's): a login there is a login, whatever its shape, but a
     * system's or a monitor's account ("- healthcheck [", a review's).
     */
    private static final PatternScanner ACCESS_LOG_USER = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?<=(?<![\\d.])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}[ \\t])-[ \\t]([A-Za-z0-9_][A-Za-z0-9._@-]{0,63})[ \\t]"
                    + "\\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:"));

    private static void accessLogUsers(CharSequence text, List<RecognizerResult> found) {
        ACCESS_LOG_USER.forEachMatch(text, m -> {
            String login = m.group(1);
            if (!serviceOrBot(login.toLowerCase(Locale.ROOT)) && !NOT_A_NAME.contains(login) && !login.chars().allMatch(Character::isDigit)) {
                found.add(new RecognizerResult("USERNAME", m.start(1), m.end(1), 0.8, "pattern 'user in an access log'"));
            }
        });
    }

    /**
     * A one-line log's author after the commit's hash, the address's own ("4e0c9aa jmorales
     * <jmorales@users.noreply.github.com>", a sixteenth held-out set's; not "0a1b2c3 release <ci@example.org>", a
     * pipeline's, a review's). An expression of its own, bounded, so that the scanner looks for its "@" first: in {@link
     * #GIT_LOGIN}'s alternation it hid the labels' strings, and the scanner tried every line (the login recognizer's time
     * doubled).
     */
    private static final PatternScanner GIT_ONE_LINE = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?m)^[ \\t]{0,8}[0-9a-f]{7,40}[ \\t]{1,4}([a-z][a-z0-9._-]{0,38}[a-z0-9])[ \\t]{1,4}<(?:\\d{1,12}\\+)?\\1[^<>\\s@]{0,64}@"));

    /**
     * A commit's trailer naming its person by a code host's handle ("Reviewed-by: @t-wojcik", a twenty-sixth held-out set's
     * git log), the "@" kept in the finding as a mention's is.
     */
    private static final PatternScanner GIT_TRAILER_HANDLE = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?m)^[ \\t]{0,8}(?:Signed-off-by|Co-authored-by|Reviewed-by|Reported-by|Tested-by|Acked-by|Suggested-by|Helped-by):[ \\t]+"
                    + "(@[a-z0-9][a-z0-9._-]{0,38}[a-z0-9])(?![\\w.@-])"));

    private static void gitLogins(CharSequence text, List<RecognizerResult> found) {
        GIT_ONE_LINE.forEachMatch(text, m -> gitLogin(m, 1, found));
        GIT_LOGIN.forEachMatch(text, m -> gitLogin(m, m.start(1) >= 0 ? 1 : 2, found));
        GIT_TRAILER_HANDLE.forEachMatch(text, m -> gitLogin(m, 1, found));
    }

    /** Adds group {@code g}'s login, unless a service's account or a form's word. */
    private static void gitLogin(java.util.regex.Matcher m, int g, List<RecognizerResult> found) {
        if (!SERVICE_ACCOUNTS.contains(m.group(g).toLowerCase(Locale.ROOT)) && !NOT_A_NAME.contains(m.group(g))) {
            found.add(new RecognizerResult("USERNAME", m.start(g), m.end(g), 0.8, "pattern 'git login'"));
        }
    }

    /**
     * A CODEOWNERS file's owners: the handles after a path or a glob at a line's start ("/src/parser/   @dfashola
     * @phs-dev", "*   @blindholm"), a team's ("@org/team") left as no person's. The lines read in code: a line whose
     * first word has a slash or a star and whose rest is handles.
     */
    private static void codeOwners(String s, List<RecognizerResult> found) {
        for (int line = s.indexOf(" @"); line >= 0; line = nextLine(s, line) < 0 ? -1 : s.indexOf(" @", nextLine(s, line))) {
            int start = s.lastIndexOf('\n', line) + 1;
            int k = start;
            while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            int word = k;
            boolean path = false;
            while (k < s.length() && s.charAt(k) > ' ' && s.charAt(k) != '@') {
                path |= s.charAt(k) == '/' || s.charAt(k) == '*';
                k++;
            }
            int end = s.indexOf('\n', k);
            end = end < 0 ? s.length() : end;
            if (!path || k == word || s.charAt(word) == '#' || k >= end || s.charAt(k) != ' ' && s.charAt(k) != '\t') {
                continue;
            }
            List<RecognizerResult> owners = new ArrayList<>();
            boolean handles = true;
            for (int t = k; t < end && handles; ) {
                while (t < end && (s.charAt(t) == ' ' || s.charAt(t) == '\t' || s.charAt(t) == '\r')) {
                    t++;
                }
                if (t >= end) {
                    break;
                }
                int tokenEnd = t;
                while (tokenEnd < end && s.charAt(tokenEnd) > ' ') {
                    tokenEnd++;
                }
                String token = s.substring(t, tokenEnd);
                if (OWNER.matcher(token).matches()) {
                    String login = token.substring(1).toLowerCase(Locale.ROOT);
                    if (!NOT_A_NAME.contains(login) && !SERVICE_ACCOUNTS.contains(login)) {
                        owners.add(new RecognizerResult("USERNAME", t + 1, tokenEnd, 0.8, "pattern 'code owner'"));
                    }
                } else if (!TEAM.matcher(token).matches() && !token.contains("@")) {
                    handles = false; // a team's handle, or an owner's e-mail, may stand among them; no other word
                }
                t = tokenEnd;
            }
            if (handles) {
                found.addAll(owners);
            }
        }
    }

    /** A CODEOWNERS owner's handle, and a team's, compiled once ({@code String.matches} compiles at every call). */
    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");
    private static final java.util.regex.Pattern TEAM = java.util.regex.Pattern.compile("@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+");

    /**
     * A home directory's name in a path: macOS's, Linux's and Windows' folders of users, at a path's start (not inside a
     * web address: "https://intranet.acme.com/home/news/2024"), Windows' after its drive. Through the scanner, which looks
     * for the folders' names in the text's index (five passes of {@code indexOf} cost 5-8 ms per 4 MB).
     */
    private static final PatternScanner HOME = PatternScanner.of(java.util.regex.Pattern.compile(
            "(?:(?<![\\w.:/-])(?:/Users/|/home/)|(?<=[A-Za-z]:)\\\\Users\\\\|Documents and Settings[/\\\\])([A-Za-z][A-Za-z0-9._-]{1,31})"
            // a folder in it, or the path's end in a log's field ("PWD=/home/mbeaulieu ;", "home=/home/tokaforreyes, shell=": an
            // eighteenth held-out set's audit log)
            + "(?=[/\\\\]|[ \\t]*[;,]|[ \\t]*$|[\"')\\]])"));
    /** Accounts of services, machines and examples, which no person's home directory is named. */
    private static final Set<String> SERVICE_ACCOUNTS = Set.of("shared", "public", "default", "runner",
            "root", "ubuntu", "user", "users", "admin", "administrator", "vagrant", "pi", "jenkins", "git", "node", "app", "ec2-user",
            "www-data", "nobody", "guest", "build", "builder", "circleci", "travis", "docker", "postgres", "centos", "debian",
            "fedora", "username", "yourname", "your_username", "yourusername", "me", "you", "name", "foo", "bar", "example", "test",
            "linuxbrew", "runneradmin", "vscode", "codespace", "gitpod", "developer", "dev", "deploy", "ci", "opc", "azureuser",
            // a web application's routes under "/Users/" ("GET /Users/Edit/5")
            "edit", "details", "create", "delete", "index", "profile", "login", "logout", "register", "list", "search", "new",
            "settings", "account", "manage",
            // system and monitoring accounts a server's log names (a review's: "Failed password for oracle from", "- healthcheck [")
            "oracle", "mysql", "nagios", "ftp", "ftpuser", "backup", "support", "healthcheck", "prometheus", "api-client", "monitor",
            "monitoring", "zabbix", "ansible", "tomcat", "apache", "nginx", "redis", "elastic", "daemon", "operator", "service",
            "system");

    /**
     * The user names of home directories in paths ("/Users/dhalvorsen/Calendars", "/home/whuang/.local", "C:\Users\ToveB\pipx"),
     * which name the person logged in; not service accounts, machines' defaults and examples ({@link #SERVICE_ACCOUNTS}).
     */
    private static List<RecognizerResult> homeDirectories(CharSequence text) {
        List<RecognizerResult> found = new ArrayList<>();
        HOME.forEachMatch(text, m -> {
            if (!SERVICE_ACCOUNTS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                found.add(new RecognizerResult("USERNAME", m.start(1), m.end(1), 0.75, "pattern 'home directory'"));
            }
        });
        return found;
    }

    /** @return where the line after the one at {@code line} begins, -1 after the last */
    private static int nextLine(String s, int line) {
        int feed = s.indexOf('\n', line);
        return feed < 0 ? -1 : feed + 1;
    }

    private static boolean isLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static int blanks(String s, int at) {
        int k = at;
        while (k < s.length() && k - at < 4 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** @return where a tracker's verb that begins at {@code at} and ends a word ends, or -1 */
    private static int trackerVerb(String s, int at) {
        for (String verb : TRACKER_VERBS) {
            int end = at + verb.length();
            if (s.startsWith(verb, at) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '-')) {
                return end;
            }
        }
        return -1;
    }

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec", "yesterday", "last", "now", "this", "these");

    /** Whether a date, a month or "this" follows the verb ending at {@code at}, maybe after "on" ("commented Mar 11", "on 3 May"). */
    private static boolean dated(String s, int at) {
        int k = blanks(s, at);
        if (s.startsWith("on ", k)) {
            k = blanks(s, k + 3);
        }
        if (k < s.length() && Character.isDigit(s.charAt(k))) {
            return true;
        }
        for (String m : MONTHS) {
            if (s.startsWith(m, k)) {
                return true;
            }
        }
        return false;
    }

    /** The name of the expression of a chat's handle after the chat's name ("slack: @aisyah.r"). */
    private static final String CHAT_HANDLE = "handle after a chat's name";

    /**
     * @return whether a chat's handle, its "@" left out, is a person's ({@link #analyze}): not when each of its parts is a
     *     common word or a group's ("@eng-leads", "@moderators", "@general"); a name the lists do not know is a person's
     *     ("@aigerim", "@mo")
     */
    private static boolean personsHandle(String handle) {
        NameLists lists = NameLists.get();
        for (String part : handle.split("[-_.]")) {
            int kinds = lists.kinds(part);
            if (!part.isEmpty() && !GROUP_WORDS.contains(part) && (kinds & (NameLists.NOT_NAME | NameLists.WORD_NAME)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The words of a chat's groups and channels ("@eng-leads", "@moderators"). */
    private static final Set<String> GROUP_WORDS = Set.of("eng", "dev", "devs", "ops", "sre", "qa", "leads", "lead", "team", "teams",
            "moderators", "mods", "admins", "staff", "general", "random", "announcements", "everyone", "channel", "here", "all",
            "office", "release", "releases", "infra", "platform", "security", "design", "product", "sales", "marketing",
            "support", "help", "oncall", "on", "call", "managers", "owners", "members", "crew", "squad", "guild", "chapter");

    /** compiled once: String.matches compiles its expression on every call */
    private static final java.util.regex.Pattern MADE_UP = java.util.regex.Pattern.compile(".*[0-9_.].*|[a-z]{8,}");

    /**
     * A handle, or a labelled value that looks made up: with a digit, an underscore or a dot in it, one lower-case
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
        if (bare.indexOf('@') > 0) {
            return Validation.UNKNOWN; // a UPI address
        }
        return handle || MADE_UP.matcher(bare).matches() ? Validation.UNKNOWN : Validation.REJECTED;
    }

    /**
     * The English words that read as an initial or two and a surname of the lists ({@code names/login-words.txt.gz},
     * derived by {@code bench/run login-words} from wamerican's words): "export by branch", "(user: scanner)" name no login
     * (a review's). Loaded at a login rule's first question.
     */
    private static final class LoginWords {
        static final Set<String> WORDS = Set.copyOf(NameLists.lines("names/login-words.txt.gz", true));
    }
}
