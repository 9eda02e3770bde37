package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * ANSI X12 health care segments, written here in the layout of the 005010 837P and 835 guides' examples (the people,
 * numbers and places made up): each row a text, then the findings in order as TYPE=value, ';'-separated.
 */
class X12RecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            # a subscriber: names, member ID, street, city, ZIP (the state kept), birth date, SSN
            NM1*IL*1*OGUNBANJO*OLUSEGUN*A***MI*XYZ123456789~N3*1428 ELM ST*APT 4~N4*SPRINGFIELD*IL*62704~DMG*D8*19791102*M~REF*SY*078051120~ \
              # PERSON=OGUNBANJO;PERSON=OLUSEGUN;PERSON=A;HEALTH_PLAN_NUMBER=XYZ123456789;STREET_ADDRESS=1428 ELM ST;STREET_ADDRESS=APT 4;LOCATION=SPRINGFIELD;ZIP_CODE=62704;DATE=19791102;US_SSN=078051120
            # an organisation's name and address are kept; its contact is a person; one segment a line
            "NM1*85*2*SPRINGFIELD CLINIC*****XX*1234567893~\\nN3*100 MAIN ST~\\nN4*SPRINGFIELD*IL*62701~\\nPER*IC*JANE DOE*TE*2175550100*EM*jdoe@example.com~" \
              # PERSON=JANE DOE;PHONE_NUMBER=2175550100;EMAIL_ADDRESS=jdoe@example.com
            # a claim: the patient's account number, a date of service and a range; a rendering provider's name and NPI
            CLM*PT4471203*150***11:B:1*Y*A*Y*Y~DTP*472*D8*20241201~DTP*435*RD8*20241201-20241203~NM1*82*1*HOLLOWAY*MARGARET****XX*1234567893~ \
              # MEDICAL_RECORD_NUMBER=PT4471203;DATE=20241201;DATE=20241201-20241203;PERSON=HOLLOWAY;PERSON=MARGARET;NPI=1234567893
            # an 835's patient and claim
            CLP*PT4471203*1*150*120**MC*CLAIM0001~NM1*QC*1*OGUNBANJO*OLUSEGUN****MI*XYZ123456789~ \
              # MEDICAL_RECORD_NUMBER=PT4471203;PERSON=OGUNBANJO;PERSON=OLUSEGUN;HEALTH_PLAN_NUMBER=XYZ123456789
            # the segments after a person end at the next that says nothing of them
            NM1*IL*1*DOE*JOHN~SBR*P*18*******CI~N3*1 PAYER WAY~ # PERSON=DOE;PERSON=JOHN
            # an 834: the subscriber's numbers before the NM1, a PER between the NM1 and its address; an 835's DTM
            REF*0F*336192048~REF*1L*GRP-77120~NM1*IL*1*NAKAMURA*KENJI*T***34*123456789~PER*IP**HP*5035550147~N3*1840 SE HAWTHORNE BLVD*APT 3C~N4*PORTLAND*OR*97214~DMG*D8*19880506*M~DTM*232*20240205~ \
              # HEALTH_PLAN_NUMBER=336192048;HEALTH_PLAN_NUMBER=GRP-77120;PERSON=NAKAMURA;PERSON=KENJI;PERSON=T;US_SSN=123456789;PHONE_NUMBER=5035550147;STREET_ADDRESS=1840 SE HAWTHORNE BLVD;STREET_ADDRESS=APT 3C;LOCATION=PORTLAND;ZIP_CODE=97214;DATE=19880506;DATE=20240205
            # not a segment: inside prose
            "the NM1*IL*1 segment names the subscriber" #
            """)
    void readsTheElementsByPlace(String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<RecognizerResult> found = new X12Recognizer().analyze(t).stream()
                .sorted(Comparator.comparingInt(RecognizerResult::start)).toList();
        String actual = String.join(";", found.stream().map(r -> r.entityType() + "=" + t.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
