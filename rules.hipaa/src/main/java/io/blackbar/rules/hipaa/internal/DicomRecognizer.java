package io.blackbar.rules.hipaa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The identifiers of a DICOM header written as text, as the tools print it: DCMTK's dcmdump and GDCM's gdcmdump
 * ({@code (0010,0010) PN [OGUNBANJO^OLUSEGUN]   #  18, 1 PatientName}), pydicom ({@code (0010, 0010) Patient's Name
 * PN: 'OGUNBANJO^OLUSEGUN'}) and DICOM JSON ({@code "00100010": {"vr": "PN", "Value": [{"Alphabetic":
 * "OGUNBANJO^OLUSEGUN"}]}}). Every person name (value representation PN: the patient's, the referring, performing and
 * reading physicians', the operator's), each of its components a finding; every date (DA, DT); the patient's and
 * other patients' IDs, the accession, study and admission IDs, the medical record locator; the patient's address,
 * telephone numbers and insurance plan ID, by their tags. Not the unique identifiers (UIDs) nor the institution.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = {"PERSON", "DATE", "MEDICAL_RECORD_NUMBER", "STREET_ADDRESS", "PHONE_NUMBER",
        "HEALTH_PLAN_NUMBER"}, frameworks = "hipaa")
public class DicomRecognizer implements Recognizer {

    /** A printed element: its tag, then the value representation and the value in brackets (dcmdump) or after a colon. */
    private static final PatternScanner DUMP = PatternScanner.of(Pattern.compile(
            "\\((?<group>[0-9A-Fa-f]{4}),[ ]?(?<element>[0-9A-Fa-f]{4})\\)[ \\t]+(?:(?<vr>[A-Z]{2})[ \\t]+\\[(?<bracketed>[^\\]\\r\\n]*)\\]"
                    + "|[^\\r\\n:]{0,60}?[ \\t](?<vr2>[A-Z]{2}):[ \\t]+(?:'(?<quoted>[^'\\r\\n]*)'|(?<bare>[^\\r\\n]*)))"));
    /** An element of DICOM JSON, up to its values' opening bracket. */
    private static final PatternScanner JSON = PatternScanner.of(Pattern.compile(
            "\"(?<tag>[0-9A-Fa-f]{8})\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\\{[ \\t\\r\\n]*\"vr\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\"(?<vr>[A-Z]{2})\""
                    + "[ \\t\\r\\n]*,[ \\t\\r\\n]*\"Value\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\\["));
    /** A JSON value: a string, or a person name's alphabetic form. */
    private static final Pattern JSON_VALUE = Pattern.compile(
            "[ \\t\\r\\n]*(?:\\{[ \\t\\r\\n]*\"Alphabetic\"[ \\t\\r\\n]*:[ \\t\\r\\n]*)?\"([^\"\\r\\n]*)\"[ \\t\\r\\n]*\\}?[ \\t\\r\\n]*,?");

    /** The elements typed by their tag (group and element, upper case), whatever their value representation. */
    static final Map<String, String> TAGS = Map.of("00100020", "MEDICAL_RECORD_NUMBER", "00101000", "MEDICAL_RECORD_NUMBER",
            "00080050", "MEDICAL_RECORD_NUMBER", "00200010", "MEDICAL_RECORD_NUMBER", "00380010", "MEDICAL_RECORD_NUMBER",
            "00101090", "MEDICAL_RECORD_NUMBER", "00101040", "STREET_ADDRESS", "00102154", "PHONE_NUMBER",
            "00100050", "HEALTH_PLAN_NUMBER");

    @Override
    public List<EntityType> entities() {
        return List.of(new EntityType("PERSON", Category.PERSONAL), new EntityType("DATE", Category.PERSONAL),
                new EntityType("MEDICAL_RECORD_NUMBER", Category.HEALTH), new EntityType("STREET_ADDRESS", Category.LOCATION),
                new EntityType("PHONE_NUMBER", Category.CONTACT), new EntityType("HEALTH_PLAN_NUMBER", Category.IDENTIFIER));
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> results = new ArrayList<>();
        DUMP.forEachMatch(text, m -> {
            String tag = (m.group("group") + m.group("element")).toUpperCase(Locale.ROOT);
            String vr = m.group("vr") != null ? m.group("vr") : m.group("vr2");
            String value = m.group("vr") != null ? "bracketed" : m.group("quoted") != null ? "quoted" : "bare";
            element(text, tag, vr, m.start(value), m.end(value), results);
        });
        JSON.forEachMatch(text, m -> {
            String tag = m.group("tag").toUpperCase(Locale.ROOT);
            Matcher v = JSON_VALUE.matcher(text);
            int at = m.end();
            for (int k = 0; k < 16 && at < text.length(); k++) {
                v.region(at, Math.min(text.length(), at + 400));
                if (!v.lookingAt()) {
                    break;
                }
                element(text, tag, m.group("vr"), v.start(1), v.end(1), results);
                at = v.end();
            }
        });
        return results;
    }

    /** An element's value from {@code from} to {@code to}: a name's components, a date, or by its tag. */
    private static void element(CharSequence text, String tag, String vr, int from, int to, List<RecognizerResult> results) {
        to = FieldSpans.end(text, from, to);
        if (to <= from) {
            return;
        }
        String why = "DICOM (" + tag.substring(0, 4) + "," + tag.substring(4) + ") " + vr;
        if (vr.equals("PN")) {
            // family^given^middle^prefix^suffix, "=" before an ideographic or phonetic form
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i == to || text.charAt(i) == '^' || text.charAt(i) == '=') {
                    FieldSpans.add(text, start, i, "PERSON", why, results);
                    start = i + 1;
                }
            }
        } else if (vr.equals("DA") || vr.equals("DT")) {
            FieldSpans.add(text, from, to, "DATE", why, results);
        } else if (TAGS.containsKey(tag)) {
            FieldSpans.add(text, from, to, TAGS.get(tag), why, results);
        }
    }

}
