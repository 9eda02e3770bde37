package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows in the style of i2b2 discharge summaries and of Spanish clinical case headers (labels as clinicians
 * write them; the numbers made up here); negatives lack a label.
 */
class MedicalRecordNumberRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MRN: 0043215                        | 0043215
            Medical record no. AB-123456        | AB-123456
            mrn#99812231                        | 99812231
            Chart number 4432-1190              | 4432-1190
            Room 4432110 on floor 3             |
            MRN: 12                             |
            Unit No: 882-14-90                  | 882-14-90
            UNIT NUMBER: 802-33-17              | 802-33-17
            the unit number 4 bed               |
            NHC: 2569870.                       | 2569870
            N.H.C.:4412098                      | 4412098
            CIPA: nhc-1178965.                  | nhc-1178965
            nº de historia clínica 5530291      | 5530291
            Episodio: 7435703.                  | 7435703
            Encounter number 88120034           | 88120034
            Historia actual: mujer de 53 años   |
            el primer episodio de dolor         |
            NHC: 4579.                          | 4579
            NHC: 22 75689632 36.                | 22 75689632 36
            NHC: 457.                           |
            MRN 12345 65 years old              | 12345
            episodio 2 de 3                     |
            Patient ID: 445566                  | 445566
            Patient #: 445566                   | 445566
            Patient ID: P-445566                | P-445566
            Med Rec #: 0012345                  | 0012345
            Visit ID: V00123987                 | V00123987
            the patient number 3 was seen       |
            patient number 12345 of the trial   |
            Medical record 2019 review          |
            Med rec 1430 with pharmacy          |
            Chart # 1200 hrs                    |
            Patient #445566                     | 445566
            OROZCO,KYLE   560-40-78-5           | 560-40-78-5
            MRN: SEMC 4470318   Rm 614          | SEMC 4470318
            MRN: LCHC-220981                    | LCHC-220981
            MRN is 12345678; Patient: Jones 445566 |
            call 617-555-12-34 or 560-40-78-52  |
            ISBN 978-3-16-148410-0, 560-40-78-5.2 |
            gondozó: Szent Margit Kórház , betegazonosító SZMK-2019-044718 ) | SZMK-2019-044718
            bed 1 - dorothy mcallister 88f urn 0734419 dr nguyen | 0734419
            UR No: 0820093; UR: 0611845; Li Na CHEN 41F UR 0820093 | 0820093;0611845;0820093
            urn:uuid:0734419; the urn 3 on the shelf; UR 2; School URN: 136512; Order URN 55510293; ur no 12345 mate; Urine culture: UR 100000 CFU/mL | 
            """)
    void findsLabelledNumbers(String text, String expected) {
        var results = new MedicalRecordNumberRecognizer().analyze(text);
        String actual = String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
