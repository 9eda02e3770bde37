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
 * The identifiers of a FHIR resource in JSON: an object with a {@code "system"} that is a URI and a {@code "value"}
 * string ({@code {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "604-38-2195"}}, a patient's record number under
 * a hospital's OID, a driver's licence under a state's, a passport, a doctor's NPI), typed by the system where it says
 * (an SSN, a passport, a driver's licence) and an identifier otherwise. Not a contact point's (its system a word:
 * "phone", "email", which the other recognizers read), nor a coding's (a {@code "code"}, no {@code "value"}), nor a
 * quantity's (a number, or a {@code "unit"} beside it); the value in the same object as the system, past a nested
 * {@code "type"}, with a digit in it, in a FHIR resource (a {@code "resourceType"} in the text, or an {@code "identifier"}
 * key before the object). Not a definition's or a document's identifier (a URI as the value, RFC 3986's and DICOM's
 * systems), an employer's tax number, nor what a recognizer of its own types (an NPI, an NHS number).
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"ID_NUMBER", "US_SSN", "PASSPORT", "DRIVER_LICENSE"}, frameworks = {"pii", "gdpr", "hipaa"})
public class FhirIdentifierRecognizer implements Recognizer {

    /** A system that is a URI or an OID: the scanner looks for its key. */
    private static final PatternScanner SYSTEM = PatternScanner.of(Pattern.compile(
            "\"system\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\"((?:https?://|urn:oid:|urn:uuid:|urn:)[^\"\\s]{3,200})\""));
    /** A string value's key and value. */
    private static final Pattern VALUE = Pattern.compile("\"value\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\"([^\"\\r\\n]{1,64})\"");
    /** Systems whose identifiers are no person's, or another recognizer's to type. */
    private static final List<String> SKIPPED_SYSTEMS = List.of("urn:ietf:rfc:3986", "urn:dicom:uid", "unitsofmeasure.org",
            "2.16.840.1.113883.4.4", "us-npi", "2.16.840.1.113883.4.6", "nhs-number");
    /** An object's unit, a quantity's. */
    private static final Pattern UNIT = Pattern.compile("\"unit\"[ \\t\\r\\n]*:");
    /** How far from its system a value is looked for, either way. */
    private static final int WITHIN = 600;

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("ID_NUMBER", Category.IDENTIFIER), new EntityType("US_SSN", Category.IDENTIFIER),
                new EntityType("PASSPORT", Category.IDENTIFIER), new EntityType("DRIVER_LICENSE", Category.IDENTIFIER));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        Boolean[] resource = {null}; // whether the text is a FHIR resource, read at the first system only (most texts have none)
        SYSTEM.forEachMatch(text, m -> {
            String system = m.group(1).toLowerCase(Locale.ROOT);
            if (SKIPPED_SYSTEMS.stream().anyMatch(system::contains)) {
                return;
            }
            String type = type(system);
            int open = brace(text, m.start() - 1, -1);
            int to = brace(text, m.end(), 1);
            if (open < 0 || to < 0) {
                return;
            }
            int from = open + 1;
            if (resource[0] == null) {
                resource[0] = text.toString().contains("\"resourceType\"");
            }
            if (UNIT.matcher(text).region(from, to).find()
                    || !resource[0] && !text.subSequence(Math.max(0, from - 400), from).toString().contains("\"identifier\"")) {
                return;
            }
            Matcher v = VALUE.matcher(text).region(from, to);
            while (v.find()) {
                String value = v.group(1);
                if (depth(text, from, v.start()) == 0 && value.chars().anyMatch(Character::isDigit)
                        && !value.startsWith("urn:") && !value.startsWith("http")) {
                    results.add(new RecognizerResult(type, v.start(1), v.end(1), 0.85, "FHIR identifier under '" + m.group(1) + "'"));
                    return;
                }
            }
        });
        return results;
    }

    /** @return the type of an identifier by its system, in lower case */
    static String type(String system) {
        if (system.contains("us-ssn") || system.endsWith("2.16.840.1.113883.4.1")) {
            return "US_SSN";
        }
        if (system.contains("passport") || system.contains("2.16.840.1.113883.4.330")) {
            return "PASSPORT";
        }
        if (system.contains("2.16.840.1.113883.4.3.") || system.contains("driver")) {
            return "DRIVER_LICENSE";
        }
        return "ID_NUMBER";
    }

    /**
     * @return the position of the brace around {@code at} walking by {@code step}: the '{' opening its object (step -1,
     *     from {@code at} down) or the '}' closing it (step 1, from {@code at} up), nested objects passed over; -1 beyond WITHIN
     */
    private static int brace(CharSequence text, int at, int step) {
        char outward = step < 0 ? '{' : '}';
        char inward = step < 0 ? '}' : '{';
        int depth = 0;
        for (int k = at; k >= 0 && k < text.length() && Math.abs(k - at) < WITHIN; k += step) {
            char c = text.charAt(k);
            if (c == inward) {
                depth++;
            } else if (c == outward) {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return -1;
    }

    /** @return the nesting of objects at {@code to} relative to {@code from} */
    private static int depth(CharSequence text, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return depth;
    }
}
