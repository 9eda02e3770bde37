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
 * are places, but for the countries and the US states ("Boston, Suffolk, Massachusetts, USA": Boston and Suffolk); a
 * postal code ({@code POST}) and an age at an event ({@code AGE 62}) are found too. Dates, addresses, telephones and
 * e-mail addresses are left to the other recognizers, which read them as text (a twenty-fifth held-out set's family
 * tree).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "LOCATION", "ZIP_CODE", "AGE"}, frameworks = {"pii", "gdpr", "hipaa"})
public class GedcomRecognizer implements Recognizer {

    /** A file's first line: "0 HEAD", maybe after a byte-order mark and blank lines. */
    private static final Pattern HEAD = Pattern.compile("\\A\\uFEFF?\\s*0[ \\t]+HEAD[ \\t]*\\r?\\n");
    /** A line: its level, maybe a cross-reference ("@I1@"), its tag, and its value after one blank. */
    private static final Pattern LINE = Pattern.compile("[ \\t]*(?<level>\\d{1,2})[ \\t]+(?:@[^@\\r\\n]{1,20}@[ \\t]+)?(?<tag>_?[A-Z][A-Z0-9_]{1,15})"
            + "(?:[ \\t](?<value>[^\\r\\n]*))?");
    /** An age as GEDCOM writes it: years, maybe with "y" and months or days after ("62", "62y 3m", "&lt; 1"). */
    private static final Pattern AGE = Pattern.compile("[<>]?[ \\t]*(?<years>\\d{1,3})(?:y\\b.*)?");
    /** The tags of a person's names. */
    private static final Set<String> NAMES = Set.of("NAME", "GIVN", "SURN", "NICK", "_MARNM", "_AKA", "_MARN");
    /** Lines read at most. */
    private static final int MOST_LINES = 200_000;
    /** The short names of a country that a place's last part writes. */
    private static final Set<String> COUNTRY_CODES = Set.of("USA", "U.S.A.", "US", "UK", "U.K.");

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("LOCATION", Category.LOCATION),
                new EntityType("ZIP_CODE", Category.LOCATION), new EntityType("AGE", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        if (!HEAD.matcher(text).lookingAt()) {
            return results;
        }
        Matcher line = LINE.matcher(text);
        int at = 0;
        // the record a line is in (its level-0 line's tag): names only in a person's or a submitter's, not a program's
        // ("1 SOUR FTB" / "2 NAME Family Tree Builder" in the header) nor a repository's
        String record = "HEAD";
        for (int lines = 0; at < text.length() && lines < MOST_LINES; lines++) {
            int end = at;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            int valueEnd = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (line.region(at, valueEnd).matches()) {
                String tag = line.group("tag");
                if (line.group("level").equals("0")) {
                    record = tag;
                } else if (line.start("value") >= 0 && (!NAMES.contains(tag) || record.equals("INDI") || record.equals("SUBM"))) {
                    read(text, tag, line.start("value"), valueEnd, results);
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
            // the whole value ("Patrick /Brennan/"), but a surname alone without its slashes ("/Brennan/")
            int start = from;
            int end = to;
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
        } else if (tag.equals("AGE")) {
            Matcher m = AGE.matcher(value);
            if (m.matches()) {
                results.add(new RecognizerResult("AGE", from + m.start("years"), from + m.end("years"), 0.85, "GEDCOM AGE"));
            }
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
                        && !PlaceRecognizer.STATES.contains(part) && !COUNTRY_CODES.contains(part)) {
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
