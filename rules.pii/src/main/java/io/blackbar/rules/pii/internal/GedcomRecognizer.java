package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * A family tree in GEDCOM (5.5, 5.5.1, 7.0), the file genealogy programs export, as text: a file that begins with
 * {@code 0 HEAD}. Its lines are a level, maybe a cross-reference, a tag and a value; of the tags that name a person,
 * {@code NAME} ("Patrick /Brennan/", the slashes around the surname, one finding), {@code GIVN}, {@code SURN},
 * {@code NICK}, {@code _MARNM} and {@code _AKA} are names; a place's ({@code PLAC}, {@code CITY}) parts between commas
 * are places, but for the countries, the UK's nations and the US states ("Boston, Suffolk, Massachusetts, USA": Boston and
 * Suffolk); a postal code ({@code POST}) is found too; all in a person's, a family's or a submitter's record only (not the
 * header's program and its vendor, a repository's, a source's). {@code ROMN} and {@code FONE} are a name's other spellings;
 * a withheld or an unknown given name ("Living /Doyle/", "Unknown") is no name, its surname is. Dates, addresses, telephones and
 * e-mail addresses are left to the other recognizers, which read them as text (a twenty-fifth held-out set's family
 * tree).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "LOCATION", "ZIP_CODE"}, frameworks = {"pii", "gdpr", "hipaa"})
public class GedcomRecognizer implements Recognizer {

    /** A file's first line: "0 HEAD", maybe after a byte-order mark and blank lines. */
    private static final Pattern HEAD = Pattern.compile("\\A\\uFEFF?\\s*0[ \\t]+HEAD[ \\t]*[\\r\\n]");
    /** A line: its level, maybe a cross-reference ("@I1@"), its tag, and its value after one blank. */
    private static final Pattern LINE = Pattern.compile("[ \\t]*(?<level>\\d{1,2})[ \\t]+(?:@[^@\\r\\n]{1,20}@[ \\t]+)?(?<tag>_?[A-Z][A-Z0-9_]{1,15})"
            + "(?:[ \\t](?<value>[^\\r\\n]*))?");
    /** The tags of a person's names. */
    private static final Set<String> NAMES = Set.of("NAME", "GIVN", "SURN", "NICK", "_MARNM", "_AKA", "_MARN", "ROMN", "FONE");
    /** The records of people and families, whose places and names are theirs (not a program's, a repository's, a source's). */
    private static final Set<String> PEOPLES_RECORDS = Set.of("INDI", "FAM", "SUBM");
    /** The short names of a country, and the UK's nations, that a place's last parts write. */
    private static final Set<String> COUNTRY_CODES = Set.of("USA", "U.S.A.", "US", "UK", "U.K.", "England", "Scotland", "Wales",
            "Northern Ireland", "Great Britain");
    /** A US state's or an Australian state's code as a place's part ("Los Angeles, CA, USA"). */
    private static final Pattern STATE_CODE = Pattern.compile("(?:" + ZipCodeRecognizer.US_STATE_CODES + "|NSW|VIC|QLD|TAS|ACT|SA|WA|NT)");
    /** What a tree writes for a name it withholds or does not know ("Living", "Unknown"), in lower case. */
    private static final Set<String> PLACEHOLDERS = Set.of("living", "unknown", "private", "deceased", "anonymous", "unnamed", "nn",
            "n.n.", "infant", "baby", "stillborn", "child", "son", "daughter", "mr", "mrs", "miss");

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("LOCATION", Category.LOCATION),
                new EntityType("ZIP_CODE", Category.LOCATION));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        if (!HEAD.matcher(text).lookingAt()) {
            return results;
        }
        Matcher line = LINE.matcher(text);
        int at = 0;
        // the record a line is in (its level-0 line's tag): names and places only in a person's, a family's or a
        // submitter's, not a program's ("1 SOUR FTB" / "2 NAME Family Tree Builder" and its vendor's address in the header)
        // nor a repository's or a source's
        String record = "HEAD";
        while (at < text.length()) {
            // a line ends at CR, LF or both, in either order (the standard allows each)
            int end = at;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (line.region(at, end).matches()) {
                String tag = line.group("tag");
                if (line.group("level").equals("0")) {
                    record = tag;
                } else if (line.start("value") >= 0 && PEOPLES_RECORDS.contains(record)) {
                    read(text, tag, line.start("value"), end, results);
                }
            }
            at = end + 1;
        }
        return results;
    }

    /** One line's value, from {@code from} to {@code to}, of a tag. */
    private static void read(CharSequence text, String tag, int from, int to, List<RecognizerResult> results) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to <= from || !hasLetterOrDigit(text, from, to)) {
            return;
        }
        String value = text.subSequence(from, to).toString();
        if (NAMES.contains(tag)) {
            // the whole value ("Patrick /Brennan/"), but a surname alone without its slashes ("/Brennan/"), and a withheld
            // given name's surname alone ("Living /Doyle/"); not a placeholder ("Unknown")
            int start = from;
            int end = to;
            int slash = value.indexOf('/');
            String given = (slash >= 0 ? value.substring(0, slash) : value).strip().toLowerCase(java.util.Locale.ROOT);
            if (PLACEHOLDERS.contains(given)) {
                if (slash < 0) {
                    return;
                }
                start = from + slash;
            }
            if (text.charAt(start) == '/') {
                start++;
                while (end > start && text.charAt(end - 1) == '/') {
                    end--;
                }
            }
            if (hasLetter(text, start, end)) {
                results.add(new RecognizerResult("PERSON", start, end, 0.9, "GEDCOM " + tag));
            }
        } else if (tag.equals("PLAC") || tag.equals("CITY")) {
            places(value, from, results);
        } else if (tag.equals("POST")) {
            results.add(new RecognizerResult("ZIP_CODE", from, to, 0.85, "GEDCOM POST"));
        }
    }

    /** A place's parts between commas, each a place but for a country and a US state. */
    private static void places(String value, int offset, List<RecognizerResult> results) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(value.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(value.charAt(e - 1))) {
                    e--;
                }
                String part = value.substring(s, e);
                if (!part.isEmpty() && Character.isLetter(part.charAt(0)) && !Cities.country(part)
                        && !PlaceRecognizer.STATES.contains(part) && !COUNTRY_CODES.contains(part) && !STATE_CODE.matcher(part).matches()) {
                    results.add(new RecognizerResult("LOCATION", offset + s, offset + e, 0.85, "GEDCOM place"));
                }
                start = i + 1;
            }
        }
    }

    private static boolean hasLetter(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
