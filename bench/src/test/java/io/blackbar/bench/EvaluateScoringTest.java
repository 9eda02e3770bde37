package io.blackbar.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.Finding;

/** The evaluation's type-aware scoring: which finding types count as the gold type's. */
class EvaluateScoringTest {

    private static Finding finding(String type, Category category) {
        return new Finding(type, category, 0.9, 0, 11, 1, "x", "test");
    }

    @Test
    void anIdentityNumberTypedAsItsCountrysSchemeIsTypedRight() {
        // ho27's "Steuerliche Identifikationsnummer: 47 821 053 942" is gold ID/IDNUM, found as DE_STEUER_ID
        assertTrue(Evaluate.accepts("ID/IDNUM", Evaluate.MAP.get("ID/IDNUM"), finding("DE_STEUER_ID", Category.IDENTIFIER)));
        assertTrue(Evaluate.accepts("ID_ASEGURAMIENTO", Evaluate.MAP.get("ID_ASEGURAMIENTO"), finding("ES_DNI", Category.IDENTIFIER)));
    }

    @Test
    void anIdentityNumberFoundAsAnotherCategoryIsNot() {
        assertFalse(Evaluate.accepts("ID/IDNUM", Evaluate.MAP.get("ID/IDNUM"), finding("PHONE_NUMBER", Category.CONTACT)));
        assertFalse(Evaluate.accepts("ID/IDNUM", Evaluate.MAP.get("ID/IDNUM"), finding("DATE", Category.PERSONAL)));
    }

    @Test
    void aNamedIdentifierTypeStaysStrict() {
        // a medical record number is its own gold type: a passport found there is still the wrong type
        assertFalse(Evaluate.accepts("ID/MEDICALRECORD", Evaluate.MAP.get("ID/MEDICALRECORD"), finding("PASSPORT", Category.IDENTIFIER)));
        assertTrue(Evaluate.accepts("ID/MEDICALRECORD", Evaluate.MAP.get("ID/MEDICALRECORD"),
                finding("MEDICAL_RECORD_NUMBER", Category.IDENTIFIER)));
    }
}
