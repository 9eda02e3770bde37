package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * DICOM headers as dcmdump, pydicom and DICOM JSON print them (the layouts of DCMTK's and pydicom's documentation; the
 * people, numbers and dates made up): each row a text, then the findings in order as TYPE=value, ';'-separated.
 */
class DicomRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            "(0008,0020) DA [20241201]                               #   8, 1 StudyDate\\n(0008,0050) SH [ACC4471203]   #  10, 1 AccessionNumber\\n(0008,0080) LO [MERCY HOSPITAL]   #  14, 1 InstitutionName\\n(0008,0090) PN [HOLLOWAY^MARGARET^^DR]   #  22, 1 ReferringPhysicianName\\n(0010,0010) PN [OGUNBANJO^OLUSEGUN^ADE]   #  22, 1 PatientName\\n(0010,0020) LO [00482913]   #   8, 1 PatientID\\n(0010,0030) DA [19791102]   #   8, 1 PatientBirthDate\\n(0010,0040) CS [M]   #   2, 1 PatientSex\\n(0010,1040) LO [1428 ELM ST SPRINGFIELD IL]   #  26, 1 PatientAddress\\n(0020,000d) UI [1.2.840.113619.2.55.3.604688119]   #  32, 1 StudyInstanceUID\\n(0010,2154) SH (no value available)   #   0, 0 PatientTelephoneNumbers" \
              # DATE=20241201;MEDICAL_RECORD_NUMBER=ACC4471203;PERSON=HOLLOWAY;PERSON=MARGARET;PERSON=DR;PERSON=OGUNBANJO;PERSON=OLUSEGUN;PERSON=ADE;MEDICAL_RECORD_NUMBER=00482913;DATE=19791102;STREET_ADDRESS=1428 ELM ST SPRINGFIELD IL
            "(0010, 0010) Patient's Name                      PN: 'OGUNBANJO^OLUSEGUN'\\n(0010, 0020) Patient ID                          LO: '00482913'\\n(0010, 0030) Patient's Birth Date                DA: '19791102'\\n(0010, 0040) Patient's Sex                       CS: 'M'" \
              # PERSON=OGUNBANJO;PERSON=OLUSEGUN;MEDICAL_RECORD_NUMBER=00482913;DATE=19791102
            "{""00100010"": {""vr"": ""PN"", ""Value"": [{""Alphabetic"": ""OGUNBANJO^OLUSEGUN""}]}, ""00100020"": {""vr"": ""LO"", ""Value"": [""00482913""]}, ""00100040"": {""vr"": ""CS"", ""Value"": [""M""]}}" \
              # PERSON=OGUNBANJO;PERSON=OLUSEGUN;MEDICAL_RECORD_NUMBER=00482913
            "see (0010,0010) for the name; f(1234,5678) [x]" #
            """)
    void readsTheElements(String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<RecognizerResult> found = new DicomRecognizer().analyze(t).stream()
                .sorted(Comparator.comparingInt(RecognizerResult::start)).toList();
        String actual = String.join(";", found.stream().map(r -> r.entityType() + "=" + t.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
