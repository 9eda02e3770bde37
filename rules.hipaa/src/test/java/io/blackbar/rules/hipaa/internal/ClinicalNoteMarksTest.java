package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.Recognizer;

/**
 * Signature marks and facility names in the style of dictated discharge notes and of Spanish and French
 * clinical cases (written here, not copied from the evaluation corpora); negatives are the same shapes
 * without the name, and the section header "Hospital Course".
 */
class ClinicalNoteMarksTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            typist   | Ana B. Reyes, M.D. ABR:dawson                  | dawson
            typist   | 'Ana B. Reyes, M.D.\n\nABR/ford/kessler'       | ford/kessler
            typist   | ABR:dawson without a signature                  |
            typist   | 'Rebecca Tannenbaum, MD\nRT:jw'               | jw
            typist   | 'DD: 03/12/2087 DT: 03/13/2087\nHO/ab'         | ab
            typist   | DD: 04/03/75 DT: 04/04/75 MTE/ks                | ks
            typist   | 'cc: file\nTO/mlg #449182'                    | mlg
            typist   | Technician: jmp                                 | jmp
            typist   | 'RT:ok\nTechnician: tbd'                       |
            typist   | 'Dictated: YPW/bt   job 552019'                 | bt
            typist   | 'signed\nYPW/bt   job 552019\nnext'             | bt
            typist   | 'Signed\r\nHO/ab\r\ncc: Dr. Lee'                | ab
            typist   | 'AP/lat views obtained\nN/V resolved\nTechnician: none recorded' |
            # (the reviews': a role's, a state's, a machine's word after the label, since a login was taken there: not kept)
            typist   | 'Technician: unassigned\nTechnician: required\nTypist: anonymous\nTranscribed by: automated' |
            code     | 'Lee Marsh, M.D.\n  LM42'                       | LM42
            code     | Lee Marsh, MD LM42                              |
            document | '____________________     XW277/90683\nFILBERT BRIGHT, M.D.' | XW277/90683
            document | BP 120/80, ratio AB12/345, file x/AB123/45678/ |
            document | Model TX500/12000 inverter; part # AB12/34567   |
            facility | Seen at Banner Health Page Hospital today     | Banner Health Page Hospital
            facility | BLUE HARBOR EMERGENCY DEPT VISIT                | BLUE HARBOR
            facility | transferred to St. Anselm Medical Center today  | St. Anselm Medical Center
            facility | seen at County Hospital                         |
            # a care home, a GP's practice, a dental practice, a diagnostic centre, a laboratory (a twentieth held-out set's); not
            # the kind's words alone after an article or before a noun
            facility | '# Tayview House Care Home · visitors; GP, Ferry Medical Practice | -; from Zindabazar Diagnostic Centre to' | Tayview House Care Home;Ferry Medical Practice;Zindabazar Diagnostic Centre
            facility | 'The Care Home sector; a Medical Practice manager; Family Dental plans; our Diagnostic Centre team' |
            facility | 'discharge to Nursing Care Home once; See GMC Good Medical Practice (2024); a Residential Care Home; the Rapid Diagnostic Centre (RDC); Affordable Family Dental plans; Mobile Diagnostic Centre vans' |
            # an urgent treatment centre, a family health team, a physiotherapist's, and the kinds written before a name in
            # French, Portuguese, Italian, Polish, German and Spanish (a twenty-first held-out set's); not a tax residence, a
            # speciality's practice, a team's words alone
            facility | 'checked at Shirley Park Urgent Treatment Centre the same day; Westdale Family Health Team, 905; Bayfront Physiotherapy & Rehab' | Shirley Park Urgent Treatment Centre;Westdale Family Health Team;Bayfront Physiotherapy
            facility | 'à la Clinique Rhône-Dauphiné à Bron; Maison de santé de la Krutenau, 5 quai; Unidade Hospitalar de Ramalde, Porto; PRESIDIO OSPEDALIERO SAN ZENO – U.O.C.; Szpital Miejski im. św. Łukasza, ul.; Szpital Miejski; (Geburtshaus Plagwitz); a la Residencia Virgen de la Victoria de Churriana' | Clinique Rhône-Dauphiné;Maison de santé de la Krutenau;Unidade Hospitalar de Ramalde;PRESIDIO OSPEDALIERO SAN ZENO;Szpital Miejski im. św. Łukasza;Geburtshaus Plagwitz;Residencia Virgen de la Victoria de Churriana
            facility | 'Residencia Fiscal: España; Pelvic Physiotherapy helps; the Family Health Team model; Community Health Team' |
            # (the review's: a cosmetics brand, a residence permit, a students' hall, a kennel, a birth centre's page, Polish
            # kinds alone, treatments; and names the generic words must not lose)
            facility | 'Clinique Moisture Surge; Permiso de Residencia y Trabajo; Residencia de Estudiantes de Madrid; Residencia Canina Los Pinos; Geburtshaus Termine; Szpital Specjalistyczny Nr 2; Chest Physiotherapy twice daily; Unidade Hospitalar Móvel' |
            facility | 'Health First Medical Center; The Permanente Medical Group; Team Health Medical Group' | Health First Medical Center;The Permanente Medical Group;Team Health Medical Group
            # Dutch and Italian kinds before a name (a twenty-second held-out set's); not the kinds alone, a heading's word
            # after them, a ward's physio ("Physio" alone taken back: the review's)
            facility | 'dr. M. Kuipers, Huisartsenpraktijk Assendorp; revalidatie bij Zorgcentrum De Molenhoek. Zij; Centro di Medicina dello Sport Orobico - Via; to physiotherapist Hemi Walker' | Huisartsenpraktijk Assendorp;Zorgcentrum De Molenhoek;Centro di Medicina dello Sport Orobico
            facility | 'de huisartsenpraktijk is dicht; een Ziekenhuis in de buurt; Plan: Daily Physio and OT input; Seen by Ward Physio; Ziekenhuis Financiering; Poliambulatorio Orari; Centro di Medicina Generale' |
            facility | The Clinic opens at nine                        |
            facility | taken to the hospital                           |
            facility | trasladada al Hospital Universitario La Paz. Madrid | Hospital Universitario La Paz
            facility | Hospital Central de la Defensa Gómez Ulla, Madrid | Hospital Central de la Defensa Gómez Ulla
            facility | 'Servicio de Cirugía y Traumatología. Hospital Clínico San Carlos' | Hospital Clínico San Carlos
            facility | ingresa en el Hospital Universitario "San Cecilio" de Granada | Hospital Universitario "San Cecilio" de Granada
            facility | admis à l'Hôpital Saint-Louis hier          | Hôpital Saint-Louis
            facility | Hospital Course: uneventful                     |
            facility | Hospital Acquired Pneumonia was ruled out       |
            facility | board certified in Hospital Medicine            |
            facility | trasladado al Hospital Ramon y Cajal            | Hospital Ramon y Cajal
            facility | HOSPITAL COURSE: uneventful                     |
            facility | Hospital Universitario de Día                   |
            facility | Servicio de Traumatología. Hospital General     |
            facility | Referred to Fairhaven Cardiology Associates.    | Fairhaven Cardiology Associates
            facility | 'PCP at Arbor Hill Medical Group; follows at Northshore Internal Medicine' | Arbor Hill Medical Group;Northshore Internal Medicine
            facility | Resides at Sunrise Manor, then Cedar Grove Rehab | Sunrise Manor;Cedar Grove Rehab
            facility | LAKESIDE GENERAL HOSPITAL, Whittier Street Health Center | LAKESIDE GENERAL HOSPITAL;Whittier Street Health Center
            facility | 'Internal Medicine Clinic\nCARDIOLOGY CLINIC NOTE' |
            facility | Med Onc Clinic; Ortho Trauma Clinic; Pediatric Clinic Visit |
            facility | Seen at St. Mary's Health Centre, then Milton Cardiology and Cape Cod Hospice | St. Mary's Health Centre;Milton Cardiology;Cape Cod Hospice
            facility | Pediatric Cardiology; Internal Medicine Dermatology |
            facility | Referred to Cardiac Rehab; Continue Peritoneal Dialysis; Westfield Centre; Lakeside Associates; Home Hospice |
            facility | Sees Northside Orthopedics; Transferred from Hebrew Rehab Center; Bayview Dialysis Center | Northside Orthopedics;Hebrew Rehab Center;Bayview Dialysis Center
            facility | Admit to L&D room 14; PACU, then bed 12; (Medicine, room 5B); MICU bed 9 | 14;12;5B;9
            facility | on room air; bed rest for 2 days; 2 beds free; room 2.5 m wide; bed 3 days |
            facility | 'Nephrology, Cambridge Health Alliance; Sunnybrook Health Sciences Centre; Seacoast Rheumatology Associates' | Cambridge Health Alliance;Sunnybrook Health Sciences Centre;Seacoast Rheumatology Associates
            facility | Consult Psychiatry; Child Psychiatry; Radiation Oncology; Called Urology; Per Neurology |
            facility | 'SEEN BY CARDIOLOGY FELLOW. ADMITTED TO CARDIOLOGY. SHE MISSED DIALYSIS ON FRIDAY' |
            facility | ADMITTED FOR DKA AT BAYSTATE MEDICAL CENTER     | BAYSTATE MEDICAL CENTER
            # a seventeenth held-out set's: a dental centre, a periodontist's, Estonian family doctors' and health centres, Italian's,
            # Danish's and Greek's kinds before the name; not the kinds alone, nor a department
            facility | 'CD-14822 Lonsdale Quay Dental Centre, 131 Lonsdale Ave; Dr Lindqvist (Capilano Periodontics, 604-555-0139)' | Lonsdale Quay Dental Centre;Capilano Periodontics
            facility | 'inviata dalla Casa di Cura Villa Rosalba (Sassuolo); fra Lægehuset Søvej modtaget; Pelgulinna Perearstikeskus, Sõle tn 14; από το Γενικό Νοσοκομείο Πυλαίας (αρ.' | Casa di Cura Villa Rosalba;Lægehuset Søvej;Pelgulinna Perearstikeskus;Γενικό Νοσοκομείο Πυλαίας
            facility | 'Our Dental Centre opens; the Periodontics department; a Casa di Cura; a Dental Center visit' |
            facility | 'Advanced Orthodontics; Graduate Orthodontics; Best Dental Center near me; Casa di Cura Privata; Casa di Cura Convenzionata; Νοσοκομείο Ημέρας; Uus Tervisekeskus; Paljud Perearstikeskus' |
            facility | 'STENT AT THE OUTSIDE HOSPITAL; the referring hospital; another Hospital' |
            """)
    void finds(String recognizer, String text, String expected) {
        Recognizer r = switch (recognizer) {
            case "typist" -> new TranscriptionistRecognizer();
            case "code" -> new DictationMarkRecognizer();
            case "document" -> new DocumentNumberRecognizer();
            default -> new HospitalRecognizer();
        };
        String input = text.replace("\\n", "\n");
        String actual = String.join(";", r.analyze(input).stream().map(x -> input.substring(x.start(), x.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
