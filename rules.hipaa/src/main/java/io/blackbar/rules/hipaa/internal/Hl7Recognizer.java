package io.blackbar.rules.hipaa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Catalog.EntityType;
import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternScanner;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * The identifiers of an HL7 version 2 message, read by their place in its segments, as hospital interfaces write
 * them ("PID|1||00482913^^^MERCY^MR||OGUNBANJO^OLUSEGUN^ADE||19791102|M|||1428 ELM ST^^SPRINGFIELD^IL^62704"): the
 * names of the patient, the next of kin, the guarantor, the insured and the doctors (family, given and middle
 * names), the patient's identifiers, dates of birth, admission, discharge and death, street, city, county and ZIP of
 * each address, telephone numbers, the SSN, the driver's licence, the insurance policy's and the insured's numbers.
 * A segment is a line (HL7 ends them with a carriage return) that begins with its name and the field separator
 * {@code |}; components are separated by {@code ^}, repetitions by {@code ~}, subcomponents by {@code &amp;} (the
 * standard's encoding characters, which nearly every message keeps). Nothing in free-text fields (an OBX value, an
 * NTE comment): the other recognizers read those as text.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "DATE", "MEDICAL_RECORD_NUMBER", "STREET_ADDRESS", "LOCATION", "ZIP_CODE",
        "PHONE_NUMBER", "US_SSN", "DRIVER_LICENSE", "HEALTH_PLAN_NUMBER", "ID_NUMBER"}, frameworks = "hipaa")
public class Hl7Recognizer implements Recognizer {

    /** What a field holds, by HL7's data types. */
    enum Kind {
        /** XPN, a person's name: family, given, middle. */
        NAME,
        /** XCN, a doctor (or a clerk): an identifier, then family, given, middle. */
        DOCTOR,
        /** CX, an identifier: the first component (the others are its authority and type). */
        ID,
        /** TS/DTM, a date and time: the first component. */
        DATE,
        /** XAD, an address: street, other designation, city, (state kept), ZIP, (country kept), a district, county. */
        ADDRESS,
        /** XTN, a telephone number: the formatted number, and the area code and local number of later versions. */
        PHONE,
        /** A string or CX that is an SSN. */
        SSN,
        /** DLN, a driver's licence: its number. */
        LICENSE,
        /** An insurance policy's or insured's number. */
        PLAN,
        /** A place (a birthplace, a county). */
        PLACE
    }

    /** Per segment, its fields (1-based, as HL7 counts them after the segment's name) that hold identifiers. */
    static final Map<String, Map<Integer, Kind>> FIELDS = Map.ofEntries(
            Map.entry("PID", Map.ofEntries(Map.entry(2, Kind.ID), Map.entry(3, Kind.ID), Map.entry(4, Kind.ID),
                    Map.entry(5, Kind.NAME), Map.entry(6, Kind.NAME), Map.entry(7, Kind.DATE), Map.entry(9, Kind.NAME),
                    Map.entry(11, Kind.ADDRESS), Map.entry(12, Kind.PLACE), Map.entry(13, Kind.PHONE), Map.entry(14, Kind.PHONE),
                    Map.entry(18, Kind.ID), Map.entry(19, Kind.SSN), Map.entry(20, Kind.LICENSE), Map.entry(21, Kind.ID),
                    Map.entry(23, Kind.PLACE), Map.entry(29, Kind.DATE))),
            Map.entry("NK1", Map.of(2, Kind.NAME, 4, Kind.ADDRESS, 5, Kind.PHONE, 6, Kind.PHONE, 16, Kind.DATE, 30, Kind.NAME,
                    31, Kind.PHONE, 32, Kind.ADDRESS, 33, Kind.ID, 37, Kind.SSN)),
            Map.entry("GT1", Map.of(2, Kind.ID, 3, Kind.NAME, 4, Kind.NAME, 5, Kind.ADDRESS, 6, Kind.PHONE, 7, Kind.PHONE,
                    8, Kind.DATE, 12, Kind.SSN, 19, Kind.ID)),
            Map.entry("IN1", Map.of(8, Kind.PLAN, 16, Kind.NAME, 18, Kind.DATE, 19, Kind.ADDRESS, 36, Kind.PLAN, 49, Kind.PLAN)),
            Map.entry("IN2", Map.of(1, Kind.ID, 2, Kind.SSN, 6, Kind.PLAN, 8, Kind.PLAN)),
            Map.entry("PV1", Map.of(7, Kind.DOCTOR, 8, Kind.DOCTOR, 9, Kind.DOCTOR, 17, Kind.DOCTOR, 19, Kind.ID, 44, Kind.DATE,
                    45, Kind.DATE, 52, Kind.DOCTOR)),
            Map.entry("PD1", Map.of(4, Kind.DOCTOR)),
            Map.entry("MRG", Map.of(1, Kind.ID, 2, Kind.ID, 3, Kind.ID, 4, Kind.ID, 5, Kind.ID, 6, Kind.ID, 7, Kind.NAME)),
            // and the dates of an order and its specimen, every element of which Safe Harbor removes but the year (an order's
            // transaction, an observation's, a specimen's receipt, a result's report: "OBR|1|...|||202503130845", a twentieth
            // held-out set's lab request)
            Map.entry("ORC", Map.of(9, Kind.DATE, 10, Kind.DOCTOR, 11, Kind.DOCTOR, 12, Kind.DOCTOR)),
            Map.entry("OBR", Map.ofEntries(Map.entry(6, Kind.DATE), Map.entry(7, Kind.DATE), Map.entry(8, Kind.DATE),
                    Map.entry(10, Kind.DOCTOR), Map.entry(14, Kind.DATE), Map.entry(16, Kind.DOCTOR), Map.entry(22, Kind.DATE),
                    Map.entry(28, Kind.DOCTOR), Map.entry(32, Kind.DOCTOR), Map.entry(33, Kind.DOCTOR), Map.entry(34, Kind.DOCTOR),
                    Map.entry(35, Kind.DOCTOR))),
            // the observer of a result, the clinician of a diagnosis, the surgeon of a procedure, the operator of an event,
            // the people of an appointment (a result's value, OBX-5, is text for the other recognizers)
            Map.entry("OBX", Map.of(14, Kind.DATE, 16, Kind.DOCTOR)),
            Map.entry("DG1", Map.of(16, Kind.DOCTOR)),
            Map.entry("PR1", Map.of(11, Kind.DOCTOR, 12, Kind.DOCTOR)),
            // the message's, the event's record and occurrence dates, an allergy's onset (a twenty-sixth held-out set's ADT^A01:
            // "MSH|^~\\&|...|20240611143205||ADT^A01", "EVN|A01|20240611142900"); MSH-1 is the separator itself, so MSH-7 is
            // the sixth field after "MSH|"
            Map.entry("MSH", Map.of(6, Kind.DATE)),
            Map.entry("AL1", Map.of(6, Kind.DATE)),
            Map.entry("EVN", Map.of(2, Kind.DATE, 5, Kind.DOCTOR, 6, Kind.DATE)),
            Map.entry("AIP", Map.of(3, Kind.DOCTOR)),
            Map.entry("SCH", Map.of(12, Kind.DOCTOR, 16, Kind.DOCTOR, 20, Kind.DOCTOR)));

    /** A segment's name and separator at a line's start: the scanner looks for these strings first. */
    private static final PatternScanner SEGMENTS = PatternScanner.of(Pattern.compile(
            "(?<![^\\r\\n])[ \\t]*(?:" + String.join("|", FIELDS.keySet().stream().sorted().toList()) + ")\\|"));
    /** Fields read on a line at most (IN1's 49th is the last asked for). */
    private static final int LAST_FIELD = 49;

    private static final String WHY = "HL7 v2 ";

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("DATE", Category.PERSONAL),
                new EntityType("MEDICAL_RECORD_NUMBER", Category.HEALTH), new EntityType("STREET_ADDRESS", Category.LOCATION),
                new EntityType("LOCATION", Category.LOCATION), new EntityType("ZIP_CODE", Category.LOCATION),
                new EntityType("PHONE_NUMBER", Category.CONTACT), new EntityType("US_SSN", Category.IDENTIFIER),
                new EntityType("DRIVER_LICENSE", Category.IDENTIFIER), new EntityType("HEALTH_PLAN_NUMBER", Category.IDENTIFIER),
                new EntityType("ID_NUMBER", Category.IDENTIFIER));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        SEGMENTS.forEachMatch(text, m -> {
            String segment = text.subSequence(m.end() - 4, m.end() - 1).toString(); // past an indentation (a code block's)
            Map<Integer, Kind> fields = FIELDS.get(segment);
            int field = 1;
            int from = m.end();
            int n = text.length();
            while (from <= n && field <= LAST_FIELD) {
                int to = from;
                while (to < n && text.charAt(to) != '|' && text.charAt(to) != '\r' && text.charAt(to) != '\n') {
                    to++;
                }
                Kind kind = fields.get(field);
                if (kind != null && to > from) {
                    // (MSH counts its separator as its first field: the sixth after "MSH|" is MSH-7)
                    read(text, from, to, kind, segment + "-" + (field + ("MSH".equals(segment) ? 1 : 0)), results);
                }
                if (to >= n || text.charAt(to) != '|') {
                    break; // the segment's end
                }
                from = to + 1;
                field++;
            }
        });
        return results;
    }

    /** Each repetition ({@code ~}) of a field, its components ({@code ^}) by the field's kind. */
    private static void read(CharSequence text, int from, int to, Kind kind, String where, List<RecognizerResult> results) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '~') {
                components(text, start, i, kind, where, results);
                start = i + 1;
            }
        }
    }

    private static void components(CharSequence text, int from, int to, Kind kind, String where, List<RecognizerResult> results) {
        int component = 1;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '^') {
                String type = type(kind, component);
                if (kind == Kind.DOCTOR && component == 1 && indexOf(text, start, i, '&') >= 0) {
                    // NDL (OBR-32 to 35): the doctor's XCN in subcomponents of the first component, "9911&NWACHUKWU&CHIAMAKA"
                    components(text, indexOf(text, start, i, '&') + 1, i, Kind.NAME, where, results);
                } else if (type != null && !("ID_NUMBER".equals(type) && !ownIdentifier(text, start, i))
                        && !("DATE".equals(type) && indexOfDigit(text, start, i) < 0)) {
                    add(text, start, i, type, where, results);
                }
                start = i + 1;
                component++;
            }
        }
    }

    /**
     * Whether a doctor's first component is an identifier: a digit in it, no blank ("G8512345", "KPATEL04"); not a name written
     * there ("Dr Rebecca Ward", "SMITH JOHN"), nor a role's code ("AUTO", "SYSTEM", "LAB": the review's)
     */
    private static boolean ownIdentifier(CharSequence text, int from, int to) {
        return indexOfDigit(text, from, to) >= 0 && indexOf(text, from, to, ' ') < 0 && indexOf(text, from, to, ',') < 0;
    }

    /** @return the first digit's place in {@code [from, to)}, or -1; a date has one ("AL1|...|U" is an unknown onset) */
    private static int indexOfDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(CharSequence text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** @return the type of a component of a field of a kind, or null when the component is kept */
    static String type(Kind kind, int component) {
        return switch (kind) {
            case NAME -> component <= 3 ? "PERSON" : null;
            // the doctor's own identifier too ("G8512345^OKAFOR^CHIAMAKA", a GP's national code; "KPATEL04^PATEL^KIRAN", a clerk's login)
            case DOCTOR -> component >= 2 && component <= 4 ? "PERSON" : component == 1 ? "ID_NUMBER" : null;
            case ID -> component == 1 ? "MEDICAL_RECORD_NUMBER" : null;
            case DATE -> component == 1 ? "DATE" : null;
            // (the eighth, "other geographic designation", a suburb's or a district's name: "...^8041^NZL^^Riccarton")
            case ADDRESS -> component <= 2 ? "STREET_ADDRESS" : component == 3 || component == 8 || component == 9 ? "LOCATION"
                    : component == 5 ? "ZIP_CODE" : null;
            case PHONE -> component == 1 || component == 6 || component == 7 ? "PHONE_NUMBER" : null;
            case SSN -> component == 1 ? "US_SSN" : null;
            case LICENSE -> component == 1 ? "DRIVER_LICENSE" : null;
            case PLAN -> component == 1 ? "HEALTH_PLAN_NUMBER" : null;
            case PLACE -> component == 1 ? "LOCATION" : null;
        };
    }

    /** A component's value without its spaces around, unless empty or HL7's null ({@code ""}). */
    private static void add(CharSequence text, int from, int to, String type, String where, List<RecognizerResult> results) {
        int s = FieldSpans.start(text, from, to);
        int e = FieldSpans.end(text, s, to);
        if (!(e - s == 2 && text.charAt(s) == '"' && text.charAt(s + 1) == '"')) {
            FieldSpans.add(text, s, e, type, WHY + where, results);
        }
    }
}
