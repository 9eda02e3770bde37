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
 * The identifiers of an ANSI X12 health care transaction (837 claims, 835 remittances, 834 enrolments, 270/271
 * eligibility), read by their place in its segments ("NM1*IL*1*OGUNBANJO*OLUSEGUN*A***MI*XYZ123456789~N3*1428 ELM
 * ST~N4*SPRINGFIELD*IL*62704~DMG*D8*19791102*M~"):
 * <ul>
 * <li>a person's name segment ({@code NM1} whose second element is 1): last, first and middle names, and its
 * identifier by its qualifier (member and health plan identifiers, an SSN, an NPI, others a record number); and the
 * {@code N3} street, {@code N4} city and ZIP (the state kept) and {@code DMG} birth date that follow it (past its
 * {@code REF} and {@code PER} segments). An organisation's ({@code NM1*85*2*…}) are kept;</li>
 * <li>a person's number ({@code REF}) by its qualifier, wherever it stands: SSN, medical record, member, policy and
 * group numbers;</li>
 * <li>a contact ({@code PER}): the name, telephone, fax and e-mail address, whoever's contact it is;</li>
 * <li>dates of service, admission and discharge ({@code DTP}, an 835's {@code DTM}), the patient's account number ({@code CLM},
 * {@code CLP}).</li>
 * </ul>
 * Elements are separated by {@code *}, segments end with {@code ~} or a line break (the separators nearly every
 * sender uses).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "DATE", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "STREET_ADDRESS",
        "LOCATION", "ZIP_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "NPI"}, frameworks = "hipaa")
public class X12Recognizer implements Recognizer {

    /** The segments read, at a segment's start: the scanner looks for these strings first. */
    private static final PatternScanner SEGMENTS = PatternScanner.of(Pattern.compile(
            "(?<=(?:^|[~\\r\\n])[ \\t]{0,8})(?:NM1|PER|DTP|DTM|CLM|CLP|REF)\\*"));
    /** The segments that say more of the person an NM1 names, read after it. */
    private static final List<String> FOLLOWERS = List.of("N2", "N3", "N4", "DMG", "REF", "PER");
    /** An NM1's identifier (its ninth element) by its qualifier (the eighth). */
    static final Map<String, String> NAME_IDS = Map.of("MI", "HEALTH_PLAN_NUMBER", "II", "HEALTH_PLAN_NUMBER",
            "34", "US_SSN", "XX", "NPI", "ZZ", "MEDICAL_RECORD_NUMBER", "EI", "MEDICAL_RECORD_NUMBER");
    /** A person's REF number by its qualifier. */
    static final Map<String, String> REF_IDS = Map.ofEntries(Map.entry("SY", "US_SSN"), Map.entry("EA", "MEDICAL_RECORD_NUMBER"),
            Map.entry("1W", "HEALTH_PLAN_NUMBER"), Map.entry("IG", "HEALTH_PLAN_NUMBER"), Map.entry("0F", "HEALTH_PLAN_NUMBER"),
            Map.entry("1L", "HEALTH_PLAN_NUMBER"), Map.entry("6P", "HEALTH_PLAN_NUMBER"), Map.entry("F6", "HEALTH_PLAN_NUMBER"),
            Map.entry("NQ", "HEALTH_PLAN_NUMBER"), Map.entry("23", "MEDICAL_RECORD_NUMBER"), Map.entry("Q4", "MEDICAL_RECORD_NUMBER"));
    /** A PER segment's communication number by its qualifier. */
    private static final Map<String, String> CONTACTS = Map.of("TE", "PHONE_NUMBER", "CP", "PHONE_NUMBER", "FX", "PHONE_NUMBER",
            "HP", "PHONE_NUMBER", "WP", "PHONE_NUMBER", "EM", "EMAIL_ADDRESS");
    /** Segment length read at most (a segment is some tens of characters). */
    private static final int LONGEST = 400;

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("DATE", Category.PERSONAL),
                new EntityType("MEDICAL_RECORD_NUMBER", Category.HEALTH), new EntityType("HEALTH_PLAN_NUMBER", Category.IDENTIFIER),
                new EntityType("STREET_ADDRESS", Category.LOCATION), new EntityType("LOCATION", Category.LOCATION),
                new EntityType("ZIP_CODE", Category.LOCATION), new EntityType("PHONE_NUMBER", Category.CONTACT),
                new EntityType("EMAIL_ADDRESS", Category.CONTACT), new EntityType("US_SSN", Category.IDENTIFIER),
                new EntityType("NPI", Category.IDENTIFIER));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        SEGMENTS.forEachMatch(text, m -> {
            Segment s = Segment.at(text, m.start());
            switch (s.id()) {
                case "NM1" -> person(text, s, results);
                case "PER" -> contact(s, results);
                case "DTP" -> s.add(3, "DATE", results);
                case "DTM" -> s.add(2, "DATE", results); // an 835's dates
                case "REF" -> {
                    // a person's number by its qualifier, wherever it stands (an 834 puts the subscriber's before the NM1)
                    String type = REF_IDS.get(s.value(1));
                    if (type != null) {
                        s.add(2, type, results);
                    }
                }
                default -> s.add(1, "MEDICAL_RECORD_NUMBER", results); // CLM01, CLP01: the patient's account number
            }
        });
        return results;
    }

    /** An NM1 of a person (type 1): its names and identifier, and the segments after it that say more of them. */
    private static void person(CharSequence text, Segment nm1, List<RecognizerResult> results) {
        if (!"1".equals(nm1.value(2))) {
            return; // an organisation
        }
        nm1.add(3, "PERSON", results);
        nm1.add(4, "PERSON", results);
        nm1.add(5, "PERSON", results);
        String id = NAME_IDS.get(nm1.value(8));
        if (id != null) {
            nm1.add(9, id, results);
        }
        for (Segment s = Segment.at(text, nm1.next()); s != null && FOLLOWERS.contains(s.id()); s = Segment.at(text, s.next())) {
            switch (s.id()) {
                case "N3" -> {
                    s.add(1, "STREET_ADDRESS", results);
                    s.add(2, "STREET_ADDRESS", results);
                }
                case "N4" -> {
                    s.add(1, "LOCATION", results);
                    s.add(3, "ZIP_CODE", results);
                }
                case "DMG" -> s.add(2, "DATE", results);
                case "REF", "PER" -> {
                    // read where they stand, as every REF and PER is
                }
                default -> s.add(1, "PERSON", results); // N2: more of the name
            }
        }
    }

    /** A PER segment: the contact's name (its second element), then pairs of a qualifier and a number. */
    private static void contact(Segment per, List<RecognizerResult> results) {
        per.add(2, "PERSON", results);
        for (int e = 3; e + 1 <= per.count(); e += 2) {
            String type = CONTACTS.get(per.value(e));
            if (type != null) {
                per.add(e + 1, type, results);
            }
        }
    }

    /**
     * A segment: its identifier and where each element begins and ends in the text.
     *
     * @param id the segment's identifier ("NM1")
     * @param bounds element {@code e}'s start at {@code 2e}, its end at {@code 2e + 1} (element 0 the identifier)
     * @param end where the segment ends (at its terminator or the text's end)
     */
    record Segment(CharSequence text, String id, int[] bounds, int end) {

        /** @return the segment that begins at {@code from} (past spaces and line breaks), or null at the text's end */
        static Segment at(CharSequence text, int from) {
            int n = text.length();
            while (from < n && (text.charAt(from) == ' ' || text.charAt(from) == '\t' || text.charAt(from) == '\r'
                    || text.charAt(from) == '\n')) {
                from++;
            }
            if (from >= n) {
                return null;
            }
            List<Integer> bounds = new ArrayList<>();
            bounds.add(from);
            int i = from;
            int limit = Math.min(n, from + LONGEST);
            for (; i < limit; i++) {
                char c = text.charAt(i);
                if (c == '~' || c == '\r' || c == '\n') {
                    break;
                }
                if (c == '*') {
                    bounds.add(i);
                    bounds.add(i + 1);
                }
            }
            bounds.add(i);
            int[] b = bounds.stream().mapToInt(Integer::intValue).toArray();
            return new Segment(text, text.subSequence(b[0], b[1]).toString(), b, i);
        }

        /** @return how many elements the segment has after its identifier */
        int count() {
            return bounds.length / 2 - 1;
        }

        /** @return element {@code e}'s text, or "" when the segment has fewer */
        String value(int e) {
            return e <= count() ? text.subSequence(bounds[2 * e], bounds[2 * e + 1]).toString() : "";
        }

        /** @return where the next segment begins */
        int next() {
            return end + 1;
        }

        /** Element {@code e} as a finding of a type, unless empty. */
        void add(int e, String type, List<RecognizerResult> results) {
            if (e > count()) {
                return;
            }
            FieldSpans.add(text, bounds[2 * e], bounds[2 * e + 1], type, "X12 " + id + "-" + (e < 10 ? "0" : "") + e, results);
        }
    }
}
