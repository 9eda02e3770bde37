package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number after any label that says it is one, in the languages of its number words; not after the labels of
 * what is no person's, nor with no label, nor a date, a year or an amount. Rows from a twelfth held-out set's
 * documents (a Kenyan bursary form, a court transcript, a Luxembourg insurance claim, a Slovak contract, a
 * Slovenian form, a Belgian debt file, a Swiss family form, a Brazilian hearing, a Canadian tribunal order), and
 * their look-alikes. Values ';'-separated, empty for none.
 */
class NumberLabelRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Admission No.: 8874 4. NEMIS / UPI No.: B8K7QX2   KCPE Index No.: 27714108012 (2021) | 8874;B8K7QX2;27714108012
            Rochelle D. Amankwah, FPR No. FPR-1187                     | FPR-1187
            Police Habitation n° HB-7731-0448192  SINISTRE             | HB-7731-0448192
            Zákaznícke číslo: 1.0447.2183                              | 1.0447.2183
            Davčna številka: 81473621 Datum                            | 81473621
            OSEBNEGA DOKUMENTA          Št. zadeve: 215-1182/2025-4    | 215-1182/2025-4
            lening, contractnr. PL-7734-118820 - € 14.918,22           | PL-7734-118820
            Helsana, Versicherten-Nr. 8075600000418273 Telefon         | 8075600000418273
            Processo nº 0018347-96.2024.8.26.0016 - Procedimento       | 0018347-96.2024.8.26.0016
            paralegal, LSO #P18847) and                                | P18847
            Deposit in Account No. 44718291 today                      | 44718291
            Case No. 50-2024-CF-003817-AXXX-MB                         | 50-2024-CF-003817-AXXX-MB
            Invoice No. 2024-00123, Order No. ORD-55812, Phone No. 0123 4567, Page No. 1234 |
            No. 12345 at a line start; Room No. 4411; Model No. XJ-2000; Tel. Nr. 0176 4418; Item #44718 |
            Issued on No. 2024; version no. 3.18.4; Member No. 12.05.2024; Claim No. 1.234,56 |
            Patient No. 12; Ref No. AB1; Flight No. LH4411; Bestelnummer 44718291; VAT No. 4471829 |
            Name          No. 44718 (a column's heading far from its value) |
            regression from #4033; Fix in #4131; cheque no. 004417; Quittung Nr. 44177; (ondernemingsnummer 0403.827.133) |
            # the review's: laws, standards, documents; English's "no"; a count after a plural
            Regulation (EU) No 2016/679; Règlement (UE) n° 2016/679; loi n° 78-17; Décret n° 2019-536; ISO No. 13485 |
            Document No. 4471-22; received no 5000 units; participants number 1500; Regulation (EC) No 1907/2006 |
            Registered in England No. 08741936; Conf. No. KSR-7730418; kit no. 41873; (offertenr. 2025-0412); com o n.º PED-2025-03318 |
            # Cyrillic's numero sign and Greek's number word (a thirteenth held-out set's deed, IDP certificate, account transfer)
            ет. 7, ап. 118, л.к. № 645418827, издадена; ID-картки № 004188273, виданий | 645418827;004188273
            Αρ. Ταυτότητας: 884177 Διεύθυνση; Νέος αρ. πελάτη: 7730418.; Αριθμός Διαβατηρίου: K04188273 | 884177;7730418;K04188273
            АПАРТАМЕНТ № 1204; дело № 2187 от 2025 г.; вписана под № 4418 в регистъра | 
            Закон № 2297-VI; Счёт-фактура № 00345; Договор № 15/2024; Приказ Минздрава № 1234н; Αρ. Τιμολογίου: 000145; τον νόμο αριθμός 4624/2019 |
            # laws, a notary's books and a title register's, a flat's number, a court's minute, a certificate (a twenty-sixth held-out set's)
            Decreto-Lei n.º 158/2002; zákona č. 89/2012 Sb.; Ověřovací kniha č. 1024/2024; LV č. 3318; jednotky č. 1544/7; Notarialprotokol nr. 2024-0218 |
            # (the review's: a given name Lei, a person's health book, an appointment's length are no such labels)
            Wang Lei Nr. 20214821; Zdravotní kniha č. 482193; Your 30 minute Appointment No. 48213 | 20214821;482193;48213
            """)
    void findsANumberAfterALabelOfAPersonsRecord(String text, String expected) {
        var results = new NumberLabelRecognizer().analyze(text);
        assertEquals(expected == null ? "" : expected,
                String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList()));
    }

    /**
     * A label before a long run of blanks is read once (the review's: "Admission No." and 200,000 blanks took the whole
     * time budget, the blanks read once per split between two quantifiers).
     */
    @org.junit.jupiter.api.Test
    void aLabelBeforeALongRunOfBlanksIsReadOnce() {
        for (String label : new String[] {"Admission No.", "LSO #", "contractnr.", "Admission No. \t:"}) {
            String text = (label + " ".repeat(200_000) + "x\n").repeat(2);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> new NumberLabelRecognizer().analyze(text), label);
        }
    }
}
