package io.blackbar.rules.pii.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Contact cards (vCard 2.1, 3.0, 4.0) and calendar entries (iCalendar) as text: within {@code BEGIN:VCARD} ...
 * {@code END:VCARD}, the structured name ({@code N:family;given;additional;prefix;suffix}: each name a finding, the
 * titles kept), the formatted name and nickname, the address ({@code ADR:box;extended;street;city;region;postal
 * code;country}: street and extended part, city, postal code; region and country kept), telephone numbers, e-mail
 * addresses and the birthday; within {@code BEGIN:VCALENDAR} ... {@code END:VCALENDAR}, the common name ({@code CN=})
 * of each attendee and organiser. The other recognizers read the rest (a note, an event's description) as text.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS",
        "DATE_OF_BIRTH"}, frameworks = {"pii", "gdpr", "hipaa"})
public class VcardRecognizer implements Recognizer {

    /** A card's or a calendar's first line: the scanner looks for it, and the lines after it are read up to its end. */
    private static final PatternScanner BEGIN = PatternScanner.of(Pattern.compile("(?i)BEGIN:(VCARD|VCALENDAR)[ \\t]*(?=\\r?\\n)"));
    /** A property line: its group prefix, name, parameters and value. */
    private static final Pattern PROPERTY = Pattern.compile("(?i)(?:[A-Z0-9-]+\\.)?([A-Z-]+)((?:;[^:\\r\\n]*)?):(.*)");
    /** An attendee's or organiser's common name parameter, quoted or not. */
    private static final Pattern COMMON_NAME = Pattern.compile("(?i);CN=(?:\"([^\"]*)\"|([^;:]*))");
    /** Lines read after a card's or calendar's first, at most. */
    private static final int MOST_LINES = 100_000;
    private static final String WHY = "vCard ";

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("STREET_ADDRESS", Category.LOCATION),
                new EntityType("LOCATION", Category.LOCATION), new EntityType("ZIP_CODE", Category.LOCATION),
                new EntityType("PHONE_NUMBER", Category.CONTACT), new EntityType("EMAIL_ADDRESS", Category.CONTACT),
                new EntityType("DATE_OF_BIRTH", Category.PERSONAL));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        int[] readTo = {0};
        BEGIN.forEachMatch(text, m -> {
            if (m.start() < readTo[0]) {
                return; // a card inside a calendar read already
            }
            boolean card = m.group(1).equalsIgnoreCase("VCARD");
            String end = card ? "END:VCARD" : "END:VCALENDAR";
            int at = m.end();
            for (int lines = 0; at < text.length() && lines < MOST_LINES; lines++) {
                int lineEnd = at;
                while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
                    lineEnd++;
                }
                int valueEnd = lineEnd > at && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                String line = text.subSequence(at, valueEnd).toString();
                if (line.trim().equalsIgnoreCase(end)) {
                    at = lineEnd;
                    break;
                }
                property(line, at, card, results);
                at = lineEnd + 1;
            }
            readTo[0] = at;
        });
        return results;
    }

    /** One property line, at {@code offset} in the text. */
    private static void property(String line, int offset, boolean card, List<RecognizerResult> results) {
        Matcher p = PROPERTY.matcher(line);
        if (!p.matches()) {
            return;
        }
        String name = p.group(1).toUpperCase(Locale.ROOT);
        int value = offset + p.start(3);
        String v = p.group(3);
        if (!card) {
            if (name.equals("ATTENDEE") || name.equals("ORGANIZER")) {
                Matcher cn = COMMON_NAME.matcher(p.group(2));
                if (cn.find()) {
                    int g = cn.group(1) != null ? 1 : 2;
                    add(results, "PERSON", offset + p.start(2) + cn.start(g), offset + p.start(2) + cn.end(g), "iCalendar " + name);
                }
            }
            return;
        }
        switch (name) {
            case "N" -> components(v, value, new String[] {"PERSON", "PERSON", "PERSON"}, results, name);
            case "FN", "NICKNAME" -> add(results, "PERSON", value, value + v.length(), WHY + name);
            case "ADR" -> components(v, value, new String[] {null, "STREET_ADDRESS", "STREET_ADDRESS", "LOCATION", null, "ZIP_CODE"},
                    results, name);
            case "TEL" -> add(results, "PHONE_NUMBER", value + prefix(v, "tel:"), value + v.length(), WHY + name);
            case "EMAIL" -> add(results, "EMAIL_ADDRESS", value + prefix(v, "mailto:"), value + v.length(), WHY + name);
            case "BDAY" -> add(results, "DATE_OF_BIRTH", value, value + v.length(), WHY + name);
            default -> {
                // another property: the text's other recognizers read it
            }
        }
    }

    /** @return the length of a URI's scheme when the value begins with it, else 0 */
    private static int prefix(String value, String scheme) {
        return value.regionMatches(true, 0, scheme, 0, scheme.length()) ? scheme.length() : 0;
    }

    /** A structured value's components (separated by unescaped {@code ;}), each of a type or kept (null). */
    private static void components(String value, int offset, String[] types, List<RecognizerResult> results, String name) {
        int start = 0;
        int k = 0;
        for (int i = 0; i <= value.length() && k < types.length; i++) {
            if (i == value.length() || value.charAt(i) == ';' && (i == 0 || value.charAt(i - 1) != '\\')) {
                if (types[k] != null) {
                    add(results, types[k], offset + start, offset + i, WHY + name);
                }
                k++;
                start = i + 1;
            }
        }
    }

    /** A value from {@code from} to {@code to}, unless empty. */
    private static void add(List<RecognizerResult> results, String type, int from, int to, String why) {
        if (to > from) {
            results.add(new RecognizerResult(type, from, to, 0.9, why));
        }
    }
}
