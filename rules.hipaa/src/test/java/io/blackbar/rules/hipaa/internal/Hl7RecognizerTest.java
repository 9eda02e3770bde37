package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * HL7 v2 segments, written here in the layout of HL7 2.5's ADT^A01 examples (the people, numbers and places made up):
 * each row a text ("\r" and "\n" segment ends), then the findings in order as TYPE=value, ';'-separated.
 */
class Hl7RecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            PID|1||00482913^^^MERCY^MR~998877^^^SSA^SS||OGUNBANJO^OLUSEGUN^ADE^JR^MR||19791102|M|||1428 ELM ST^APT 4^SPRINGFIELD^IL^62704^USA^^^SANGAMON||(217)555-0147|^WPN^PH^^1^217^5550199||M||ACC4471203|078-05-1120|S99912345^IL \
              # MEDICAL_RECORD_NUMBER=00482913;MEDICAL_RECORD_NUMBER=998877;PERSON=OGUNBANJO;PERSON=OLUSEGUN;PERSON=ADE;DATE=19791102;STREET_ADDRESS=1428 ELM ST;STREET_ADDRESS=APT 4;LOCATION=SPRINGFIELD;ZIP_CODE=62704;LOCATION=SANGAMON;PHONE_NUMBER=(217)555-0147;PHONE_NUMBER=217;PHONE_NUMBER=5550199;MEDICAL_RECORD_NUMBER=ACC4471203;US_SSN=078-05-1120;DRIVER_LICENSE=S99912345
            "MSH|^~\\&|EPIC|MERCY|LAB|MERCY|20241203101500||ADT^A01|MSG00001|P|2.5\\rNK1|1|OGUNBANJO^FUNMI|SPO|1428 ELM ST^^SPRINGFIELD^IL^62704|(217)555-0148\\rPV1|1|I|3W^312^A|||||004777^HOLLOWAY^MARGARET^^^DR|||MED||||||||V0012345|||||||||||||||||||||||||20241201|20241203" \
              # DATE=20241203101500;PERSON=OGUNBANJO;PERSON=FUNMI;STREET_ADDRESS=1428 ELM ST;LOCATION=SPRINGFIELD;ZIP_CODE=62704;PHONE_NUMBER=(217)555-0148;ID_NUMBER=004777;PERSON=HOLLOWAY;PERSON=MARGARET;MEDICAL_RECORD_NUMBER=V0012345;DATE=20241201;DATE=20241203
            # the event's dates and its clerk, a GP's code, an allergy's onset, an observation's time (a twenty-sixth held-out set's ADT^A01)
            "EVN|A01|20240611142900|||KPATEL04^PATEL^KIRAN|20240611141000\rPD1|||THE VALE SURGERY^^G85134|G8512345^OKAFOR^CHIAMAKA^^^DR\rAL1|1|DA|^PENICILLIN|SV|Urticarial rash|20190301\rOBX|1|NM|27113001^Body weight^SCT||72.5|kg|||||F|||20240611142000" \
              # DATE=20240611142900;ID_NUMBER=KPATEL04;PERSON=PATEL;PERSON=KIRAN;DATE=20240611141000;ID_NUMBER=G8512345;PERSON=OKAFOR;PERSON=CHIAMAKA;DATE=20190301;DATE=20240611142000
            "GT1|1|G0042|OGUNBANJO^OLUSEGUN||1428 ELM ST^^SPRINGFIELD^IL^62704|(217)555-0147||19791102\\nIN1|1|BCBS01|BCBS|BLUE CROSS||||||||||||OGUNBANJO^OLUSEGUN|SEL|19791102||||||||||||||||||XYZ123456789" \
              # MEDICAL_RECORD_NUMBER=G0042;PERSON=OGUNBANJO;PERSON=OLUSEGUN;STREET_ADDRESS=1428 ELM ST;LOCATION=SPRINGFIELD;ZIP_CODE=62704;PHONE_NUMBER=(217)555-0147;DATE=19791102;PERSON=OGUNBANJO;PERSON=OLUSEGUN;DATE=19791102;HEALTH_PLAN_NUMBER=XYZ123456789
            # indented (a Markdown code block), a result's interpreter in subcomponents (NDL), the insured's SSN in IN2-2
            "    PID|1||00482913^^^MERCY^MR||OGUNBANJO^OLUSEGUN\\n    OBR|1|||CBC|||||||||||||||||||||||||||||9911&NWACHUKWU&CHIAMAKA\\nIN2||123-45-6789" \
              # MEDICAL_RECORD_NUMBER=00482913;PERSON=OGUNBANJO;PERSON=OLUSEGUN;PERSON=NWACHUKWU&CHIAMAKA;US_SSN=123-45-6789
            # an order's and its specimen's dates, and an address's district (a twentieth held-out set's lab request)
            "PID|1||PRB4175^^^NHI||TE WHATA^Mereana||19790802|F|||14 Kahu Road^^Christchurch^^8041^NZL^^Riccarton\nORC|NW|RMC-88213|||||||20250313084000\nOBR|1|RMC-88213||HBA1C|||202503130845|||||||202503131010" \
              # MEDICAL_RECORD_NUMBER=PRB4175;PERSON=TE WHATA;PERSON=Mereana;DATE=19790802;STREET_ADDRESS=14 Kahu Road;LOCATION=Christchurch;ZIP_CODE=8041;LOCATION=Riccarton;DATE=20250313084000;DATE=202503130845;DATE=202503131010
            # (the review's: a name or a role's code in a doctor's first component is no identifier, a date field's text no date)
            "PV1|1|O|CLINIC||||Dr Rebecca Ward|||\rOBX|1|NM|X||1||||||F|||20240611||AUTO\rAL1|1|DA|^PENICILLIN|SV|Rash|U" \
              # DATE=20240611
            # HL7's null ("") and empty components are none; a free-text segment (OBX, NTE) is left to the text's recognizers
            "PID|1||\\"\\"||^^||\\"\\"|F\\rOBX|1|TX|NOTE||Seen by Dr Holloway with OGUNBANJO^OLUSEGUN" #
            # not a segment: inside a line, or another word before the bar
            "see the PID|1||00482913 column; XPID|1||00482913^^^X||SMITH^JOHN" #
            """)
    void readsTheFieldsByPlace(String text, String expected) {
        String t = text.replace("\\r", "\r").replace("\\n", "\n");
        List<RecognizerResult> found = new Hl7Recognizer().analyze(t).stream()
                .sorted(Comparator.comparingInt(RecognizerResult::start)).toList();
        String actual = String.join(";", found.stream().map(r -> r.entityType() + "=" + t.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }

    /** Every type a field is given is declared. */
    @Test
    void typesAreDeclared() {
        List<String> declared = new Hl7Recognizer().entities().stream().map(e -> e.name()).toList();
        for (Hl7Recognizer.Kind kind : Hl7Recognizer.Kind.values()) {
            for (int c = 1; c <= 10; c++) {
                String type = Hl7Recognizer.type(kind, c);
                if (type != null && !declared.contains(type)) {
                    throw new AssertionError(kind + " " + c + " gives " + type);
                }
            }
        }
        assertEquals(11, declared.size());
    }
}
