package io.blackbar.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import io.blackbar.engine.api.Document;
import io.blackbar.engine.api.Engine;
import io.blackbar.engine.api.Finding;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.Report;
import io.blackbar.engine.api.Request;

/**
 * A real Felix with exactly the shipped bundle set, real HTTP on a free port, a real database file,
 * and the deploy folder watched: the in-framework tests of the foundation.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ServerIT {

    @Inject
    BundleContext context;

    @Inject
    Engine engine;

    @Inject
    ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() throws Exception {
        return Support.serverOptions();
    }

    private static String api(String path) {
        return "http://127.0.0.1:" + System.getProperty(Support.PORT) + path;
    }

    @Test
    public void everyShippedBundleIsActive() {
        List<String> notActive = new ArrayList<>();
        int blackbar = 0;
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (b.getState() != Bundle.ACTIVE && !(fragment && b.getState() == Bundle.RESOLVED)) {
                notActive.add(b.getSymbolicName() + " state " + b.getState());
            }
            if (b.getSymbolicName().startsWith("io.blackbar.") && !b.getSymbolicName().startsWith("io.blackbar.itest")) {
                blackbar++;
            }
        }
        assertTrue("not active: " + notActive, notActive.isEmpty());
        assertTrue("Blackbar bundles installed: " + blackbar, blackbar >= 8);
    }

    @Test
    public void everyComponentIsSatisfied() {
        List<String> unsatisfied = new ArrayList<>();
        int components = 0;
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!d.bundle.symbolicName.startsWith("io.blackbar.")) {
                continue;
            }
            components++;
            assertTrue(d.name + " is disabled", scr.isComponentEnabled(d));
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    unsatisfied.add(d.name + " state " + c.state);
                }
            }
            assertFalse(d.name + " has no configuration", scr.getComponentConfigurationDTOs(d).isEmpty());
        }
        assertTrue("unsatisfied: " + unsatisfied, unsatisfied.isEmpty());
        assertTrue("components: " + components, components >= 15);
    }

    @Test
    public void manifestsFollowThePolicy() {
        for (Bundle b : context.getBundles()) {
            String bsn = b.getSymbolicName();
            if (!bsn.startsWith("io.blackbar.") || bsn.startsWith("io.blackbar.itest")) {
                continue;
            }
            assertEquals(bsn + " uses Require-Bundle", null, b.getHeaders().get(Constants.REQUIRE_BUNDLE));
            String dynamic = b.getHeaders().get(Constants.DYNAMICIMPORT_PACKAGE);
            assertTrue(bsn + " has DynamicImport-Package: *", dynamic == null || !dynamic.trim().equals("*"));
            String exports = b.getHeaders().get(Constants.EXPORT_PACKAGE);
            if (bsn.equals("io.blackbar.engine.api")) {
                assertNotNull(exports);
                for (String clause : exports.split(",(?=[a-z])")) {
                    assertTrue("unversioned export " + clause, clause.contains("version=\"1."));
                }
            } else if (bsn.startsWith("io.blackbar.lib.")) {
                // a wrapped third-party library exports its own packages, each with its own version
                for (String clause : exports.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                    assertTrue("unversioned export " + clause, clause.matches("(?s)[^;]+;.*version=\"[0-9].*"));
                }
            } else {
                assertEquals(bsn + " exports " + exports, null, exports);
            }
        }
    }

    @Test
    public void systemEndpointsAnswerJson() throws Exception {
        Support.Answer health = Support.http("GET", api("/api/v1/health"));
        assertEquals(200, health.status());
        assertTrue(health.contentType().startsWith("application/json"));
        assertTrue(health.body(), health.body().contains("\"status\":\"ok\"") && health.body().contains("\"database\":\"ok\"")
                && health.body().contains("\"disk\":\"ok\""));

        Support.Answer frameworks = Support.http("GET", api("/api/v1/frameworks"));
        assertEquals(200, frameworks.status());
        for (String f : List.of("\"pii\"", "\"hipaa\"", "\"pci-dss\"", "\"gdpr\"", "US_SSN", "EMAIL_ADDRESS", "CREDIT_CARD")) {
            assertTrue(f + " in " + frameworks.body(), frameworks.body().contains(f));
        }
        Support.Answer formats = Support.http("GET", api("/api/v1/formats"));
        assertEquals(200, formats.status());
        assertTrue(formats.body(), formats.body().contains("text/plain"));
    }

    @Test
    public void everyErrorIsContractJson() throws Exception {
        assertError(Support.http("GET", api("/api/v1/no-such-thing")), 404, "not_found");
        assertError(Support.http("GET", api("/not-the-api")), 404, "not_found");
        assertError(Support.http("GET", api("/")), 404, "not_found");
        assertError(Support.http("DELETE", api("/api/v1/health")), 405, "method_not_allowed");
        assertError(Support.http("POST", api("/api/v1/frameworks")), 405, "method_not_allowed");
    }

    private static void assertError(Support.Answer a, int status, String code) {
        assertEquals(a.body(), status, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("application/json"));
        assertTrue(a.body(), a.body().startsWith("{\"error\":\"" + code + "\",\"message\":\""));
        assertFalse(a.body(), a.body().contains("Exception") || a.body().contains("<html"));
    }

    @Test
    public void engineScansAndRedactsText() throws Exception {
        Path in = Files.createTempFile("itest", ".txt");
        Files.writeString(in, "Mail jane@example.org, SSN 078-05-1120.\n", StandardCharsets.UTF_8);
        Report scan = engine.scan(Document.of(in), Request.of("pii", Method.SCAN));
        assertEquals(List.of("EMAIL_ADDRESS", "US_SSN"), scan.findings().stream().map(Finding::entityType).toList());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Report redacted = engine.process(Document.of(in), Request.of("pii", Method.REDACT), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(redacted.verified());
        assertEquals("Mail [REDACTED], SSN [REDACTED].\n", text);
        Files.delete(in);
    }

    /**
     * A Spanish clinical record (written here, in MEDDOCAN's layout; the values made up), redacted under
     * "all" in UTF-8 and in windows-1252: the output's bytes hold none of its identifiers in either
     * encoding nor in UTF-16, and keep the record's words, an eponym ("enfermedad de Crohn") among them.
     */
    @Test
    public void engineRedactsASpanishClinicalRecord() throws Exception {
        String record = "Datos del paciente.\nNombre: Lucía.\nApellidos: Herrero Vidal.\nNHC: 4471203.\nNASS: 28 41236597 12.\n"
                + "Domicilio: Calle Miguel Benítez 14, 3 B.\nLocalidad/ Provincia: Albacete.\nCP: 02005.\n"
                + "Fecha de nacimiento: 14/05/1961.\nEdad: 63 años\nMédico: Tomás Ibarra Soler  NºCol: 02 02 31877.\n"
                + "Informe: mujer de 63 años con enfermedad de Crohn, ingresó el 3 de marzo de 2024.\n";
        List<String> values = List.of("Lucía", "Herrero", "Vidal", "4471203", "28 41236597 12", "41236597", "Miguel Benítez",
                "Albacete", "02005", "14/05/1961", "63", "Tomás", "Ibarra", "Soler", "02 02 31877", "31877", "marzo de 2024");
        List<java.nio.charset.Charset> encodings = List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("windows-1252"),
                StandardCharsets.UTF_16LE);
        for (java.nio.charset.Charset cs : encodings.subList(0, 2)) {
            Path in = Files.createTempFile("itest", ".txt");
            Files.write(in, record.getBytes(cs));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Report redacted = engine.process(Document.of(in), Request.of("all", Method.REDACT), out);
            Files.delete(in);
            assertTrue(redacted.verified());
            byte[] bytes = out.toByteArray();
            for (String v : values) {
                for (java.nio.charset.Charset e : encodings) {
                    assertFalse(v + " (" + e + ") left in the " + cs + " output", indexOf(bytes, v.getBytes(e)) >= 0);
                }
            }
            String text = new String(bytes, cs);
            for (String kept : List.of("Datos del paciente.", "Nombre: ", "Domicilio: ", "Informe: mujer de ", "enfermedad de Crohn")) {
                assertTrue(kept + " kept in " + text, text.contains(kept));
            }
        }
    }

    /**
     * A passport's data page as its text layer or an OCR gives it (ICAO Doc 9303's specimen, "ERIKSSON, ANNA MARIA"
     * of Utopia), redacted under each framework that names passports: the machine-readable zone's name, number, birth
     * date and personal number are gone from the output's bytes, and so is the name where the page prints it again,
     * found from the zone's.
     */
    @Test
    public void engineRedactsAPassportsMachineReadableZone() throws Exception {
        String page = "PASSPORT  PASSEPORT  UTOPIA\nSurname  ERIKSSON\nGiven names  ANNA MARIA\nNationality  UTOPIAN\n"
                + "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
        for (String framework : List.of("pii", "gdpr", "hipaa")) {
            String text = redacted(page, framework, List.of("ERIKSSON", "ANNA", "MARIA", "L898902C3", "740812", "ZE184226B"));
            assertTrue(text, text.startsWith("PASSPORT  PASSEPORT  UTOPIA\n") && text.contains("\nNationality  UTOPIAN\nP<UTO"));
        }
    }

    /**
     * An HL7 v2 admission message (segments ended by carriage returns, as interfaces write them; the people and numbers
     * made up) redacted under hipaa: the patient's, the next of kin's and the doctor's names, the identifiers, dates,
     * streets, city and ZIP are gone from the output's bytes, and so is the wife's name in the note's prose, found from
     * the message's; the segments' structure and the state are kept.
     */
    @Test
    public void engineRedactsAnHl7Message() throws Exception {
        String message = "MSH|^~\\&|EPIC|MERCY|LAB|MERCY|20241203101500||ADT^A01|MSG00001|P|2.5\r"
                + "PID|1||00482913^^^MERCY^MR||OGUNBANJO^OLUSEGUN^ADE||19791102|M|||1428 ELM ST^APT 4^SPRINGFIELD^IL^62704^USA||"
                + "(217)555-0147|||M||ACC4471203|078-05-1120\r"
                + "NK1|1|OGUNBANJO^FUNMI|SPO|1428 ELM ST^^SPRINGFIELD^IL^62704|(217)555-0148\r"
                + "PV1|1|I|3W^312^A|||||004777^HOLLOWAY^MARGARET^^^DR|||MED||||||||V0012345\r"
                + "OBX|1|TX|NOTE||Seen with his wife Funmi, who drove him in.\r";
        String text = redacted(message, "hipaa", List.of("00482913", "OGUNBANJO", "OLUSEGUN", "ADE", "19791102", "1428 ELM",
                "APT 4", "SPRINGFIELD", "62704", "555-0147", "ACC4471203", "078-05-1120", "FUNMI", "555-0148", "HOLLOWAY",
                "MARGARET", "V0012345", "Funmi"));
        assertTrue(text, text.startsWith("MSH|^~\\&|EPIC|MERCY|") && text.contains("^IL^") && text.contains("\rPV1|1|I|3W^312^A|"));
    }

    /**
     * Values as word processors, PDFs and wide-character input write them (the people and numbers made up): a phone
     * number with a no-break space and Word's non-breaking hyphen, and with no-break spaces; a card number in no-break
     * spaces; an SSN in full-width digits and dashes; an e-mail address with a full-width at sign; a name after a
     * no-break space, a name with soft hyphens, and a full name written again in small letters; a web form's export with
     * HTML's character references in a name, an address and a phone number; a form's blanks filled in; a name with
     * decomposed accents (macOS's). Each is gone from the output's bytes under
     * pii, as its plain spelling would be; the words around them are kept.
     */
    @Test
    public void engineRedactsTypographicAndWideSpellings() throws Exception {
        String content = "Call Mrs\u00a0Ingrid Bergstr\u00f6m on (415)\u00a0555\u20112671 or 415\u00a0555\u00a02671.\n"
                + "Card 4111\u00a01111\u00a01111\u00a01111, SSN \uff12\uff11\uff19\uff0d\uff10\uff19\uff0d\uff19\uff19\uff19\uff19.\n"
                + "Mail ingrid\uff20bergstrom.example. Patient:\u00a0Jane\u00a0Doe was admitted; Dr.\u00a0Hal\u00adlo\u00adran saw her.\n"
                + "Later jane doe said she was fine.\n"
                + "Exported: name=Jos&eacute; Garc&iacute;a, mail jose.garcia&#64;example.es, tel +34&nbsp;912&nbsp;345&nbsp;678.\n"
                + "Filled in: Patient name: ____Ruiz, Ana____ DOB: __03/02/1971__\n"
                + "Decomposed: Patient: Jose\u0301 Mu\u0308ller was seen.\n";
        String text = redacted(content, "pii", List.of("Ingrid", "Bergstr", "555\u20112671", "2671", "4111", "\uff12\uff11\uff19",
                "\uff19\uff19\uff19\uff19", "ingrid\uff20", "bergstrom.example", "Jane", "Doe", "Hal\u00ad", "lo\u00adran", "jane doe",
                "Jos", "Garc", "jose.garcia", "912", "678", "Ruiz", "03/02/1971", "Mu\u0308ller", "ller"));
        assertTrue(text, text.startsWith("Call Mrs\u00a0") && text.contains(" or ") && text.contains("Patient:\u00a0")
                && text.contains(" was admitted; Dr.\u00a0") && text.contains(" said she was fine.\nExported: name=")
                && text.contains(", mail ") && text.contains(", tel ") && text.contains("Filled in: Patient name: ____")
                && text.contains(" DOB: __") && text.contains("Decomposed: Patient: ") && text.contains(" was seen."));
    }

    /**
     * A call centre's transcript (made up; 4532 0151 1283 0366 is a test number that passes Luhn): the card number, its
     * expiry and code read out in words are gone from the output's bytes under pci-dss, and the social security and
     * phone numbers under pii; the agent's questions and a time of day read out ("two thirty") are kept.
     */
    @Test
    public void engineRedactsNumbersReadOutInACallTranscript() throws Exception {
        String call = "Agent: Can I take the long number on the card, please?\n"
                + "Customer: Sure, it's four five three two, zero one five one, one two eight three, zero three six six.\n"
                + "Agent: And the expiry? Customer: Oh four, twenty-six.\n"
                + "Agent: And the three digits on the back? Customer: Seven two one.\n"
                + "Agent: Can I confirm your social? Customer: Yeah, one two three, four five, six seven eight nine.\n"
                + "Agent: And the best number to reach you? Customer: Five five five, two one two, four four six seven.\n"
                + "Agent: Lovely. My colleague will call you back at two thirty.\n";
        String card = redacted(call, "pci-dss", List.of("four five three two", "zero three six six", "Oh four, twenty-six",
                "Seven two one"));
        assertTrue(card, card.contains("Agent: Can I take the long number on the card, please?\nCustomer: Sure, it's ")
                && card.contains("at two thirty."));
        redacted(call, "pii", List.of("four five three two", "zero three six six", "one two three, four five",
                "six seven eight nine", "Five five five, two one two", "four four six seven"));
    }

    /**
     * Data exported as text (a JSON record, a FHIR resource's XML, a log line of key=value pairs, a Markdown table, an SQL
     * insert; the people made up): the values of fields and columns named like a person's are gone from the output's
     * bytes under pii, the names and the markup kept.
     */
    @Test
    public void engineRedactsNamedFieldsOfData() throws Exception {
        String data = "{\"id\": 48213, \"first_name\": \"Agnieszka\", \"lastName\": \"Kowalczyk\", \"dob\": \"1985-03-12\", "
                + "\"address\": {\"city\": \"Warszawa\", \"zip\": \"00-514\"}}\n"
                + "<Patient><name><family value=\"Ogunbanjo\"/><given value=\"Olusegun\"/></name></Patient>\n"
                + "2024-12-03T10:15:00Z user=tmbeki ip=203.0.113.45 action=login fname=Thandiwe\n"
                + "| First Name | Surname | City |\n|---|---|---|\n| Chidi | Okonkwo-Eze | Enugu |\n\n"
                + "INSERT INTO staff (id, forename, surname) VALUES (7, 'Siân', 'Pryce-Lloyd');\n";
        String text = redacted(data, "pii", List.of("Agnieszka", "Kowalczyk", "1985-03-12", "Warszawa", "00-514", "Ogunbanjo",
                "Olusegun", "tmbeki", "Thandiwe", "Chidi", "Okonkwo", "Enugu", "Siân", "Pryce"));
        assertTrue(text, text.startsWith("{\"id\": 48213, \"first_name\": \"") && text.contains("<family value=\"")
                && text.contains(" action=login fname="));
    }

    /**
     * An X12 837 claim and a DICOM header (dcmdump's print) under hipaa, a contact card with a calendar invitation under
     * pii (the people made up): the subscriber's, the patient's, the doctors', the contact's and the attendees' names,
     * numbers, street, city, ZIP and dates are gone from the output's bytes; the billing organisation, the institution,
     * the state and the segments' structure are kept.
     */
    @Test
    public void engineRedactsClaimsImagingHeadersAndContactCards() throws Exception {
        String claim = "ST*837*0001*005010X222A1~NM1*41*2*ACME BILLING*****46*TGJ23~PER*IC*JANE DOE*TE*2175550100~"
                + "NM1*IL*1*OGUNBANJO*OLUSEGUN*A***MI*XYZ123456789~N3*1428 ELM ST~N4*SPRINGFIELD*IL*62704~DMG*D8*19791102*M~"
                + "CLM*PT4471203*150***11:B:1*Y*A*Y*Y~DTP*472*D8*20241201~";
        String text = redacted(claim, "hipaa", List.of("JANE DOE", "2175550100", "OGUNBANJO", "OLUSEGUN", "XYZ123456789",
                "1428 ELM", "SPRINGFIELD", "62704", "19791102", "PT4471203", "20241201"));
        assertTrue(text, text.startsWith("ST*837*0001*005010X222A1~NM1*41*2*ACME BILLING*") && text.contains("*IL*"));
        String header = "(0008,0020) DA [20241201]   #   8, 1 StudyDate\n(0008,0080) LO [ACME IMAGING]   #  12, 1 InstitutionName\n"
                + "(0008,0090) PN [HOLLOWAY^MARGARET]   #  18, 1 ReferringPhysicianName\n"
                + "(0010,0010) PN [OGUNBANJO^OLUSEGUN]   #  18, 1 PatientName\n(0010,0020) LO [00482913]   #   8, 1 PatientID\n"
                + "(0010,0030) DA [19791102]   #   8, 1 PatientBirthDate\n(0010,0040) CS [M]   #   2, 1 PatientSex\n";
        text = redacted(header, "hipaa", List.of("20241201", "HOLLOWAY", "MARGARET", "OGUNBANJO", "OLUSEGUN", "00482913", "19791102"));
        assertTrue(text, text.contains("LO [ACME IMAGING]") && text.contains("CS [M]"));
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mbeki-Dlamini;Thandiwe;;;\r\nFN:Thandiwe Mbeki-Dlamini\r\n"
                + "ADR;TYPE=HOME:;;14 Acacia Avenue;Reading;Berkshire;RG1 4AB;UK\r\nTEL;TYPE=CELL:+44 7700 900123\r\nEND:VCARD\r\n"
                + "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE;CN=Kowalczyk Agnieszka:mailto:a.k@example.org\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        text = redacted(card, "pii", List.of("Mbeki", "Dlamini", "Thandiwe", "Acacia", "Reading", "RG1 4AB", "7700 900123",
                "Kowalczyk", "Agnieszka", "a.k@example.org"));
        assertTrue(text, text.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nN:") && text.contains(";UK\r\nTEL;TYPE=CELL:"));
    }

    /** @return the text redacted under a framework, checked to hold none of the values in its bytes, the report verified */
    private String redacted(String content, String framework, List<String> values) throws Exception {
        Path in = Files.createTempFile("itest", ".txt");
        Files.writeString(in, content, StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Report report = engine.process(Document.of(in), Request.of(framework, Method.REDACT), out);
        Files.delete(in);
        assertTrue(report.verified());
        byte[] bytes = out.toByteArray();
        for (String v : values) {
            assertFalse(v + " left under " + framework + ": " + out, indexOf(bytes, v.getBytes(StandardCharsets.UTF_8)) >= 0);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (data[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A rule bundle built at test time: dropped in, used; removed, gone; each within 5 s. */
    @Test
    public void hotDeploysABundleBuiltAtTestTime() throws Exception {
        Path deploy = Path.of(System.getProperty(Support.DEPLOY));
        Path jar = deploy.resolve("itest-rule.jar");
        Files.copy(Path.of(System.getProperty(Support.RULE_JAR)), jar, StandardCopyOption.REPLACE_EXISTING);
        long in = Support.await(5000, () -> Support.http("GET", api("/api/v1/frameworks")).body().contains("ITEST_TICKET"));
        assertTrue("ITEST_TICKET did not appear within 5 s", in >= 0);
        assertTrue(scanTypes("See ticket TKT-12345 today.", "hipaa").contains("ITEST_TICKET"));

        Files.delete(jar);
        long out = Support.await(5000, () -> !Support.http("GET", api("/api/v1/frameworks")).body().contains("ITEST_TICKET"));
        assertTrue("ITEST_TICKET did not disappear within 5 s", out >= 0);
        assertFalse(scanTypes("See ticket TKT-12345 today.", "hipaa").contains("ITEST_TICKET"));
    }

    /** The example rules.json: the same without code; a broken file next to it breaks nothing. */
    @Test
    public void hotDeploysARulesFile() throws Exception {
        Path deploy = Path.of(System.getProperty(Support.DEPLOY));
        Path broken = deploy.resolve("broken.rules.json");
        Files.writeString(broken, "{\"entity\": \"BROKEN\", \"category\": \"identifier\", \"frameworks\": [\"pii\"],"
                + " \"patterns\": [{\"regex\": \"(unclosed\"}]}");
        Path notABundle = deploy.resolve("not-a-bundle.jar");
        Files.writeString(notABundle, "this is not a jar");
        Path rules = deploy.resolve("employee-id.rules.json");
        Files.copy(Path.of(System.getProperty(Support.SAMPLES), "employee-id.rules.json"), rules, StandardCopyOption.REPLACE_EXISTING);
        long in = Support.await(5000, () -> Support.http("GET", api("/api/v1/frameworks")).body().contains("ACME_EMPLOYEE_ID"));
        assertTrue("ACME_EMPLOYEE_ID did not appear within 5 s", in >= 0);
        assertTrue(scanTypes("Employee E-123456 badge", "gdpr").contains("ACME_EMPLOYEE_ID"));
        assertFalse("allow list", scanTypes("Employee E-000000 badge", "gdpr").contains("ACME_EMPLOYEE_ID"));
        assertFalse(Support.http("GET", api("/api/v1/frameworks")).body().contains("BROKEN"));
        assertEquals(200, Support.http("GET", api("/api/v1/health")).status());

        Files.delete(rules);
        Files.delete(broken);
        Files.delete(notABundle);
        long out = Support.await(5000, () -> !Support.http("GET", api("/api/v1/frameworks")).body().contains("ACME_EMPLOYEE_ID"));
        assertTrue("ACME_EMPLOYEE_ID did not disappear within 5 s", out >= 0);
    }

    /**
     * Every CSV of {@code ../shared/eval} (odd real files and a PII table) ends redacted or refused
     * with a clear error; the output is then read as raw bytes, not through Blackbar, and none of the
     * removed values may remain while the header line does.
     */
    @Test
    public void everySharedCsvIsRedactedAndCheckedByItsBytes() throws Exception {
        Path shared = Path.of(System.getProperty(Support.SAMPLES)).toAbsolutePath().normalize().getParent().getParent()
                .resolve("shared/eval");
        if (!Files.isDirectory(shared)) {
            System.out.println("[ServerIT] SKIPPED shared CSV corpus: " + shared + " not found (it is beside the repository in CI)");
            return;
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(shared.resolve("docs/csv"))) {
            s.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        try (var s = Files.list(shared.resolve("pii-docs"))) {
            s.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        assertTrue("CSV files found: " + files.size(), files.size() >= 5);
        int values = 0;
        for (Path f : files) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Report r;
            try {
                r = engine.process(Document.of(f), Request.of("pii", Method.REDACT), out);
            } catch (io.blackbar.engine.api.EngineException e) {
                assertFalse(f + ": " + e.getMessage(), e.getMessage().isBlank());
                continue;
            }
            String utf8 = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            for (Finding x : r.findings()) {
                if (x.value().length() >= 4) {
                    values++;
                    // as a word: "King" inside "Kingdom" is another word, not the value
                    java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(x.value()) + "(?![\\p{L}\\p{N}])");
                    assertFalse(f.getFileName() + " still holds a " + x.entityType(), word.matcher(utf8).find());
                }
            }
            String in = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
            String header = in.lines().findFirst().orElse("");
            if (r.findings().stream().noneMatch(x -> x.start() < header.length())) {
                assertTrue(f.getFileName() + ": header line kept", utf8.startsWith(header) || utf8.startsWith("\uFEFF" + header)
                        || in.startsWith("\uFEFF") && utf8.startsWith(header));
            }
        }
        assertTrue("values checked: " + values, values >= 100);
    }

    /**
     * Every PDF of {@code ../shared/eval} (real forms, court filings, broken, encrypted and hostile
     * files) ends redacted or refused with a clear 4xx; each output is read by pdftotext and qpdf,
     * which share no code with PDFBox: no removed value remains in the shown text or in any object,
     * qpdf finds no error, and most other words of the real documents survive.
     */
    @Test
    public void everySharedPdfIsRedactedAndCheckedByIndependentReaders() throws Exception {
        Path shared = sharedEval();
        if (shared == null || !PdfReaders.present()) {
            System.out.println("[ServerIT] SKIPPED shared PDF corpus: needs ../shared/eval and pdftotext + qpdf");
            return;
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(shared.resolve("docs/pdf"))) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        try (var s = Files.list(shared.resolve("pii-docs"))) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        assertTrue("PDF files found: " + files.size(), files.size() >= 40);
        int processed = 0;
        int refused = 0;
        int values = 0;
        for (Path f : files) {
            Path out = Files.createTempFile("itest", ".pdf");
            try {
                Report r;
                try (var os = Files.newOutputStream(out)) {
                    r = engine.process(Document.of(f), Request.of("pii", Method.REDACT), os);
                } catch (io.blackbar.engine.api.EngineException e) {
                    assertTrue(f.getFileName() + ": " + e.reason(), e.reason() != io.blackbar.engine.api.EngineException.Reason.UNAVAILABLE
                            || e.getMessage().contains("OCR"));
                    assertFalse(f + ": empty message", e.getMessage().isBlank());
                    refused++;
                    continue;
                }
                processed++;
                String shown = PdfReaders.pdftotext(out);
                if (shown == null) {
                    // poppler gives up on the image bombs of the corpus; so it does on the input
                    assertNull(f.getFileName() + ": pdftotext read the input but not the output", PdfReaders.pdftotext(f));
                    System.out.println("[ServerIT] pdftotext gave up on " + f.getFileName() + " (input and output); objects checked");
                    shown = "";
                }
                String objects = PdfReaders.qdf(out);
                for (Finding x : r.findings()) {
                    if (x.value().length() >= 5) {
                        values++;
                        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(x.value()) + "(?![\\p{L}\\p{N}])");
                        assertFalse(f.getFileName() + ": pdftotext still shows a " + x.entityType(), word.matcher(shown).find());
                        assertFalse(f.getFileName() + ": the objects still hold a " + x.entityType(), PdfReaders.holds(objects, x.value()));
                    }
                }
                // errors qpdf finds in the input itself (a hostile stream left untouched) may stay; none may be added
                assertTrue(f.getFileName() + ": qpdf --check finds errors", PdfReaders.qpdfCheck(out) != 2
                        || PdfReaders.qpdfCheck(f) == 2);
                if (f.getParent().endsWith("pii-docs")) {
                    assertOtherWordsKept(f, PdfReaders.pdftotext(f), shown, r);
                }
            } finally {
                Files.deleteIfExists(out);
            }
        }
        System.out.println("[ServerIT] shared PDFs: " + processed + " redacted, " + refused + " refused, " + values + " values checked");
        assertTrue("values checked: " + values, values >= 200);
        assertTrue("processed: " + processed, processed >= 30);
    }

    /**
     * An image-only page (a scan made here) goes through the OCR service and is redacted in its
     * pixels; poppler renders the output and the tesseract command line reads it back.
     */
    @Test
    public void scannedPdfPageIsRedactedInPixels() throws Exception {
        if (!scanReaders()) {
            System.out.println("[ServerIT] SKIPPED scanned PDF: needs tesseract-ocr, poppler-utils and qpdf");
            return;
        }
        byte[] jpeg = Drawn.lines("jpeg", 1654, 2339, 40, 150, 300, 90, SCAN);
        assertScanRedacted(HandPdf.scan(jpeg, 1654, 2339));
    }

    /**
     * A black-and-white scan in JBIG2, as office scanners write them: PDFBox finds JBIG2's decoder through ImageIO, which
     * sees no bundle, so the page rendered blank and came back with its values (success, nothing found) until format.pdf
     * registered the decoder. poppler, whose JBIG2 decoder is its own, first reads the values in the input.
     */
    @Test
    public void aJbig2ScanIsReadAndRedactedInPixels() throws Exception {
        if (!scanReaders()) {
            System.out.println("[ServerIT] SKIPPED JBIG2 scan: needs tesseract-ocr, poppler-utils and qpdf");
            return;
        }
        byte[] jbig2 = Drawn.jbig2(Drawn.picture(1664, 2352, 40, 150, 300, 90, SCAN));
        assertScanRedacted(HandPdf.scan(jbig2, 1664, 2352, "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode"));
    }

    /**
     * A scan in JPEG 2000, coded by OpenJPEG's opj_compress (Blackbar decodes it with JJ2000, poppler with OpenJPEG):
     * like JBIG2, it rendered blank without a decoder registered in the framework.
     */
    @Test
    public void aJpeg2000ScanIsReadAndRedactedInPixels() throws Exception {
        if (!scanReaders() || !Files.isExecutable(Path.of("/usr/bin/opj_compress"))) {
            System.out.println("[ServerIT] SKIPPED JPEG 2000 scan: needs tesseract-ocr, poppler-utils, qpdf and"
                    + " libopenjp2-tools");
            return;
        }
        Path dir = Files.createTempDirectory("jpx");
        try {
            Path png = dir.resolve("page.png");
            Path jp2 = dir.resolve("page.jp2");
            Files.write(png, Drawn.lines("png", 1654, 2339, 40, 150, 300, 90, SCAN));
            assertEquals(0, new ProcessBuilder("opj_compress", "-i", png.toString(), "-o", jp2.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
            assertScanRedacted(HandPdf.scan(Files.readAllBytes(jp2), 1654, 2339, "/Filter /JPXDecode"));
        } finally {
            deleteAll(dir);
        }
    }

    /**
     * A scan whose e-mail and SSN lines are under a black box drawn over them, how redaction is faked in a PDF editor:
     * the page shows the box, and its image still holds both values. The viewer's rendering read nothing there, so the
     * page came back unchanged, "verified", with nothing found. Its images are now also read alone, whatever is drawn
     * over them. pdfimages takes every image out of the output and the tesseract command line reads it.
     */
    @Test
    public void aScanWithValuesUnderADrawnBoxIsRedacted() throws Exception {
        byte[] jpeg = Drawn.lines("jpeg", 1654, 2339, 40, 150, 300, 90, SCAN);
        // the image's rows 340 to 500 (the second and third lines) on the 842-point page: 662 to 720 points up
        assertScanUnderCoverRedacted("boxed", HandPdf.scan(jpeg, 1654, 2339, SCAN_KIND, "0 g 0 660 595 62 re f"));
    }

    /**
     * The same values under a black box with a label, pasted as a JPEG image (not of one colour): the page's images are
     * also read without it, since it lies over part of a larger one.
     */
    @Test
    public void aScanWithValuesUnderALabelledBoxImageIsRedacted() throws Exception {
        byte[] jpeg = Drawn.lines("jpeg", 1654, 2339, 40, 150, 300, 90, SCAN);
        java.awt.image.BufferedImage box = new java.awt.image.BufferedImage(1654, 180,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = box.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 30));
        g.drawString("REDACTED", 700, 100);
        g.dispose();
        var encoded = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(box, "jpeg", encoded);
        assertScanUnderCoverRedacted("labelled", HandPdf.scanUnder(jpeg, 1654, 2339, encoded.toByteArray(), 1654, 180,
                SCAN_KIND, "595 0 0 62 0 660"));
    }

    private static final String SCAN_KIND = "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode";

    /**
     * Redacts a scan of {@link #SCAN} whose e-mail and SSN lines something covers, and checks with poppler and the
     * tesseract command line that the viewer hides them, the engine finds them, and the output's one image holds neither.
     */
    private void assertScanUnderCoverRedacted(String name, byte[] pdf) throws Exception {
        if (!scanReaders() || !Files.isExecutable(Path.of("/usr/bin/pdfimages"))) {
            System.out.println("[ServerIT] SKIPPED the scan under a cover (" + name
                    + "): needs tesseract-ocr, poppler-utils and qpdf");
            return;
        }
        Path dir = Files.createTempDirectory(name);
        Path in = dir.resolve("in.pdf");
        Path out = dir.resolve("out.pdf");
        try {
            Files.write(in, pdf);
            String shown = readPage(in, dir);
            assertFalse("the cover hides the values: " + shown, shown.contains("219-09") || shown.contains("john.smith"));
            assertTrue("the rest shows: " + shown, shown.contains("Quarterly") && shown.contains("Revenue"));
            Report r;
            try (var os = Files.newOutputStream(out)) {
                r = engine.process(Document.of(in), Request.of("pii", Method.REDACT), os);
            }
            List<String> types = r.findings().stream().map(Finding::entityType).toList();
            assertTrue(types.toString(), types.contains("EMAIL_ADDRESS") && types.contains("US_SSN"));
            String read = readOnlyImage(out, dir);
            assertFalse(read, read.contains("john.smith") || read.contains("219-09") || read.contains("9999"));
            assertTrue(read, read.contains("Quarterly") && read.contains("Revenue"));
        } finally {
            deleteAll(dir);
        }
    }

    private static final String[] SCAN = {"Quarterly report for the northern region", "Contact: john.smith@example.org",
        "Social security number 219-09-9999", "Revenue grew across every office this year"};

    private static boolean scanReaders() {
        return PdfReaders.present() && Files.isExecutable(Path.of("/usr/bin/tesseract"))
                && Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
    }

    /** @return what the tesseract command line reads on the first page of a PDF, as poppler renders it */
    private static String readPage(Path pdf, Path dir) throws Exception {
        Path png = dir.resolve(pdf.getFileName() + "-page");
        assertEquals(0, new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile", pdf.toString(), png.toString())
                .start().waitFor());
        return tesseract(Path.of(png + ".png"));
    }

    /** @return what the tesseract command line reads in an image file */
    private static String tesseract(Path image) throws Exception {
        Process ocr = new ProcessBuilder("tesseract", image.toString(), "stdout").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String read = new String(ocr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ocr.waitFor();
        return read;
    }

    /** Redacts a scan of {@link #SCAN}: the e-mail and SSN are found, and gone from the page poppler renders. */
    private void assertScanRedacted(byte[] pdf) throws Exception {
        Path dir = Files.createTempDirectory("scan");
        Path in = dir.resolve("in.pdf");
        Path out = dir.resolve("out.pdf");
        try {
            Files.write(in, pdf);
            String before = readPage(in, dir);
            assertTrue("poppler reads the input: " + before, before.contains("219-09-9999") && before.contains("Revenue"));
            Report r;
            try (var os = Files.newOutputStream(out)) {
                r = engine.process(Document.of(in), Request.of("pii", Method.REDACT), os);
            }
            List<String> types = r.findings().stream().map(Finding::entityType).toList();
            assertTrue(types.toString(), types.contains("EMAIL_ADDRESS") && types.contains("US_SSN"));
            assertTrue(r.removed().toString(), r.removed().getOrDefault("ocrWords", 0) >= 2);
            String read = readPage(out, dir);
            assertFalse(read, read.contains("john.smith") || read.contains("219-09") || read.contains("9999"));
            assertTrue(read, read.contains("Quarterly") && read.contains("Revenue") && read.contains("northern"));
            String layer = PdfReaders.pdftotext(out);
            assertFalse(layer, layer.contains("john.smith") || layer.contains("219-09"));
        } finally {
            deleteAll(dir);
        }
    }

    /** @return what the tesseract command line reads in the one image poppler's pdfimages takes out of a PDF */
    private static String readOnlyImage(Path pdf, Path dir) throws Exception {
        assertEquals(0, new ProcessBuilder("pdfimages", "-png", pdf.toString(), dir.resolve("img").toString())
                .start().waitFor());
        List<Path> images;
        try (var list = Files.list(dir)) {
            images = list.filter(f -> f.getFileName().toString().startsWith("img")).toList();
        }
        assertEquals(images.toString(), 1, images.size());
        return tesseract(images.get(0));
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            for (Path f : list.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /**
     * A photographed card placed in a PDF letter (a page with text of its own, so not a scan): the image is read by
     * the OCR service and its words are burned out of its pixels. pdfimages takes the image out of the output and the
     * tesseract command line reads it; pdftotext reads the page's text.
     */
    @Test
    public void aPictureInAPdfLetterIsReadAndBurned() throws Exception {
        if (!PdfReaders.present() || !Files.isExecutable(Path.of("/usr/bin/tesseract"))
                || !Files.isExecutable(Path.of("/usr/bin/pdfimages"))) {
            System.out.println("[ServerIT] SKIPPED the picture in a PDF letter: needs tesseract-ocr, poppler-utils and qpdf");
            return;
        }
        byte[] jpeg = card("jpeg");
        Path dir = Files.createTempDirectory("letter");
        Path in = dir.resolve("in.pdf");
        Path out = dir.resolve("out.pdf");
        try {
            Files.write(in, HandPdf.letterWithPicture(jpeg, 1400, 420, new float[] {72, 380, 420, 126},
                    "Dear member, your card is below.", "Kind regards, the membership office"));
            Report r;
            try (var os = Files.newOutputStream(out)) {
                r = engine.process(Document.of(in), Request.of("pii", Method.REDACT), os);
            }
            List<String> types = r.findings().stream().map(Finding::entityType).toList();
            assertTrue(types.toString(), types.contains("EMAIL_ADDRESS") && types.contains("US_SSN"));
            assertTrue(r.removed().toString(), r.removed().getOrDefault("burnedImages", 0) >= 1);
            String read = readOnlyImage(out, dir);
            assertFalse(read, read.contains("john.smith") || read.contains("219-09") || read.contains("9999"));
            assertTrue(read, read.contains("Member") && read.contains("northern") && read.contains("Social"));
            String layer = PdfReaders.pdftotext(out);
            assertTrue(layer, layer.contains("Dear member") && layer.contains("membership office"));
        } finally {
            try (var list = Files.list(dir)) {
                for (Path f : list.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * A picture in a Word document (a scanned card pasted into a letter) is read by the OCR service through the image
     * handler and painted over in its pixels; the picture is taken out of the output with java.util.zip and read back
     * by the tesseract command line.
     */
    @Test
    public void aPictureInAWordDocumentIsReadAndPaintedOver() throws Exception {
        assertPictureInAWordDocumentPaintedOver("png");
    }

    /** The same picture as a GIF (before, a GIF was counted as not read and kept as it was, its values with it). */
    @Test
    public void aGifPictureInAWordDocumentIsReadAndPaintedOver() throws Exception {
        assertPictureInAWordDocumentPaintedOver("gif");
    }

    private void assertPictureInAWordDocumentPaintedOver(String format) throws Exception {
        if (skippedWithoutTesseract("the " + format + " picture in a DOCX")) {
            return;
        }
        Redacted out = redactedInADocx(card(format), format);
        assertNotNull("the picture is still in the document", out.part());
        assertTrue("still a " + format, new String(out.part(), 0, 4, StandardCharsets.ISO_8859_1)
                .startsWith(format.equals("gif") ? "GIF8" : "\u0089PNG"));
        assertCardPaintedOver(out.report(), out.part());
    }

    /**
     * A chart pasted into a Word document as an EMF: its labels are text records, read with no OCR, and the SSN among
     * them is overwritten in the part (it was counted as not read and kept). The part is taken out with java.util.zip
     * and searched in UTF-16.
     */
    @Test
    public void anEmfChartInAWordDocumentHasItsValueOverwritten() throws Exception {
        String label = "Claimant SSN 219-09-9999";
        byte[] text = label.getBytes(StandardCharsets.UTF_16LE);
        int record = 76 + ((text.length + 3) & ~3) + 4 * label.length();
        java.nio.ByteBuffer emf = java.nio.ByteBuffer.allocate(88 + record + 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        emf.putInt(1).putInt(88).position(40);
        emf.put(new byte[] {' ', 'E', 'M', 'F'}).putInt(0x10000).putInt(emf.capacity()).putInt(3).position(88);
        // EMR_EXTTEXTOUTW: bounds, graphics mode, scales, then the text's reference point, length, offset, options,
        // rectangle and its advances' offset
        emf.putInt(84).putInt(record).putInt(0).putInt(0).putInt(0).putInt(0).putInt(1).putFloat(1).putFloat(1);
        emf.putInt(10).putInt(10).putInt(label.length()).putInt(76).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                .putInt(76 + ((text.length + 3) & ~3)).put(text);
        emf.position(88 + record).putInt(14).putInt(20);
        Redacted out = redactedInADocx(emf.array(), "emf");
        Report r = out.report();
        assertTrue(r.findings().toString(), r.findings().stream().anyMatch(f -> f.entityType().equals("US_SSN")));
        assertNull(r.removed().toString(), r.removed().get("imagesNotRead"));
        assertNotNull("the chart is still in the document", out.part());
        String wide = new String(out.part(), StandardCharsets.UTF_16LE);
        assertFalse(wide, wide.contains("219-09") || wide.contains("9999"));
        assertTrue(wide, wide.contains("Claimant SSN"));
    }

    /**
     * A scanned card pasted into an Excel 97-2003 sheet: read by the real Tesseract in a running framework and painted
     * over in the workbook's picture, read back here through POI's reader of the picture and the tesseract command line.
     * Before, an XLS's pictures were counted as not read and kept.
     */
    @Test
    public void aPictureInAnXlsWorkbookIsReadAndPaintedOver() throws Exception {
        if (skippedWithoutTesseract("the picture in an XLS")) {
            return;
        }
        byte[] card = card("png");
        Path in = Files.createTempFile("card", ".xls");
        Path out = Files.createTempFile("card-out", ".xls");
        try {
            try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                    var os = Files.newOutputStream(in)) {
                var sheet = wb.createSheet("Card");
                sheet.createRow(0).createCell(0).setCellValue("Scanned card below");
                int picture = wb.addPicture(card, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
                sheet.createDrawingPatriarch().createPicture(new org.apache.poi.hssf.usermodel.HSSFClientAnchor(0, 0, 0, 0,
                        (short) 0, 1, (short) 8, 12), picture);
                wb.write(os);
            }
            Report r;
            try (var os = Files.newOutputStream(out)) {
                r = engine.process(Document.of(in), Request.of("pii", Method.REDACT), os);
            }
            try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                    Files.newInputStream(out))) {
                assertCardPaintedOver(r, wb.getAllPictures().get(0).getData());
            }
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    /**
     * A screenshot pasted into a Word document as an EMF (the card drawn into an EMR_STRETCHDIBITS record): the bitmap is
     * read by the real Tesseract in a running framework and painted, the record holding the painted bitmap; read back
     * here by walking the EMF's records, decoding the DIB with the JDK's BMP reader and the tesseract command line.
     * Before, the EMF was counted as not read and its bitmap kept.
     */
    @Test
    public void aBitmapInAnEmfPictureIsReadAndPaintedOver() throws Exception {
        if (skippedWithoutTesseract("the bitmap in an EMF")) {
            return;
        }
        // white, as a screenshot's page is: 1.7 MB that the ZIP compresses past 1 % (refused as a bomb until the ratio limit
        // began at 16 MB)
        byte[] bmp = card("bmp");
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bmp).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int pixels = in.getInt(10);
        int record = (80 + bmp.length - 14 + 3) & ~3;
        java.nio.ByteBuffer emf = java.nio.ByteBuffer.allocate(88 + record + 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        emf.putInt(1).putInt(88).position(40);
        emf.put(new byte[] {' ', 'E', 'M', 'F'}).putInt(0x10000).putInt(emf.capacity()).putInt(3).position(88);
        // EMR_STRETCHDIBITS: its bitmap's header and bits after the 80 bytes of its fields, colours in the DIB
        emf.putInt(81).putInt(record).position(88 + 48);
        emf.putInt(80).putInt(pixels - 14).putInt(80 + pixels - 14).putInt(bmp.length - pixels).putInt(0).putInt(0xCC0020);
        emf.position(88 + 80).put(bmp, 14, bmp.length - 14).position(88 + record).putInt(14).putInt(20);
        Redacted out = redactedInADocx(emf.array(), "emf");
        byte[] part = out.part();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(part).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] dib = null;
        for (int at = 88; at + 8 <= part.length; at += b.getInt(at + 4)) {
            if (b.getInt(at) == 81) {
                int cbBmi = b.getInt(at + 52);
                int cbBits = b.getInt(at + 60);
                java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate(14 + cbBmi + cbBits).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                file.put((byte) 'B').put((byte) 'M').putInt(file.capacity()).putInt(0).putInt(14 + cbBmi);
                file.put(part, at + b.getInt(at + 48), cbBmi).put(part, at + b.getInt(at + 56), cbBits);
                dib = file.array();
            }
        }
        assertNotNull("the bitmap is still drawn", dib);
        assertCardPaintedOver(out.report(), dib);
    }

    /**
     * An SVG picture in a Word document (a badge drawn in Inkscape, with a script): its text is read from its XML in a
     * running framework and the value overwritten in the part, read back here as raw bytes of the ZIP entry, character
     * references decoded; the script and the editor's data are gone. Before, the SVG was counted as not read and kept.
     */
    @Test
    public void anSvgPictureInAWordDocumentHasItsValueOverwritten() throws Exception {
        String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" sodipodi:docname=\"badge-Quimby.svg\">"
                + "<script>alert(document.cookie)</script><text x=\"5\" y=\"20\"><tspan>Claimant SSN</tspan> "
                + "<tspan>219-09-&#57;999</tspan></text></svg>";
        Redacted out = redactedInADocx(svg.getBytes(StandardCharsets.UTF_8), "svg");
        Report r = out.report();
        assertTrue(r.findings().toString(), r.findings().stream().anyMatch(f -> f.entityType().equals("US_SSN")));
        assertNull(r.removed().toString(), r.removed().get("imagesNotRead"));
        assertNotNull("the picture is still in the document", out.part());
        String xml = new String(out.part(), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);").matcher(xml);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            m.appendReplacement(decoded, Character.toString(n.startsWith("x") ? Integer.parseInt(n.substring(1), 16)
                    : Integer.parseInt(n)));
        }
        m.appendTail(decoded);
        for (String gone : List.of("219-09", "9999", "alert", "Quimby")) {
            assertFalse(xml, decoded.toString().contains(gone));
        }
        assertTrue(xml, xml.contains("Claimant SSN"));
    }

    /** The lines of the member card {@link #assertCardPaintedOver} reads back. */
    private static final String[] CARD = {"Member card for the northern region", "Social security number 219-09-9999",
        "Contact: john.smith@example.org"};

    /** @return the member card drawn in a picture of the format (ImageIO's name) */
    private static byte[] card(String format) throws java.io.IOException {
        return Drawn.lines(format, 1400, 420, 40, 60, 100, 90, CARD);
    }

    /** @return true, saying the test is skipped, when the tesseract command line that reads pictures back is missing */
    private static boolean skippedWithoutTesseract(String what) {
        if (Files.isExecutable(Path.of("/usr/bin/tesseract"))) {
            return false;
        }
        System.out.println("[ServerIT] SKIPPED " + what + ": needs tesseract-ocr");
        return true;
    }

    /** A DOCX's report and its picture's part as written. */
    private record Redacted(Report report, byte[] part) {
    }

    /** @return a DOCX showing the picture, redacted under pii in the framework: the report and the picture's part */
    private Redacted redactedInADocx(byte[] picture, String format) throws Exception {
        Path in = Files.createTempFile("picture", ".docx");
        Path out = Files.createTempFile("picture-out", ".docx");
        try {
            Files.write(in, docxWithPicture(picture, format));
            Report r;
            try (var os = Files.newOutputStream(out)) {
                r = engine.process(Document.of(in), Request.of("pii", Method.REDACT), os);
            }
            return new Redacted(r, partOf(out, "word/media/image1." + format));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    /**
     * The report of a document holding the member card ({@link Drawn#lines}: a northern region's member, an SSN, an
     * e-mail address) in a picture: both values found, the picture painted and read; the painted picture, written to a
     * temporary file, read by the tesseract command line without them and with the card's other words.
     */
    private static void assertCardPaintedOver(Report r, byte[] picture) throws Exception {
        List<String> types = r.findings().stream().map(Finding::entityType).toList();
        assertTrue(types.toString(), types.contains("EMAIL_ADDRESS") && types.contains("US_SSN"));
        assertEquals(r.removed().toString(), Integer.valueOf(1), r.removed().get("imagesRedacted"));
        assertNull(r.removed().toString(), r.removed().get("imagesNotRead"));
        Path file = Files.createTempFile("painted", ".picture");
        try {
            Files.write(file, picture);
            String read = tesseract(file);
            assertFalse(read, read.contains("john.smith") || read.contains("219-09") || read.contains("9999"));
            assertTrue(read, read.contains("Member") && read.contains("northern") && read.contains("Social"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** @return a part of a ZIP file, read with the JDK's reader, or null when it has none of that name */
    private static byte[] partOf(Path zip, String name) throws java.io.IOException {
        byte[] part = null;
        try (java.util.zip.ZipInputStream z = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    part = z.readAllBytes();
                }
            }
        }
        return part;
    }

    /**
     * UP-18 inside a document: a picture whose header claims 100,000 x 100,000 pixels is refused from its header, before
     * anything is decoded, and the document with it (a picture that cannot be read is not let through unread).
     */
    @Test
    public void aPictureBombInAWordDocumentIsRefusedFromItsHeader() throws Exception {
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        bomb.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        pngChunk(bomb, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        pngChunk(bomb, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        pngChunk(bomb, "IEND", new byte[0]);
        Path in = Files.createTempFile("bomb", ".docx");
        try {
            Files.write(in, docxWithPicture(bomb.toByteArray(), "png"));
            long t0 = System.nanoTime();
            io.blackbar.engine.api.EngineException e = org.junit.Assert.assertThrows(io.blackbar.engine.api.EngineException.class,
                    () -> engine.process(Document.of(in), Request.of("pii", Method.REDACT), java.io.OutputStream.nullOutputStream()));
            assertEquals(io.blackbar.engine.api.EngineException.Reason.UNPROCESSABLE, e.reason());
            assertTrue(e.getMessage(), e.getMessage().startsWith("A picture of the document could not be read")
                    && e.getMessage().contains("Image dimensions exceed limits"));
            assertTrue("refused from the header", (System.nanoTime() - t0) / 1_000_000 < 20_000);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    private static void pngChunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(t);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A Word document of one line of text and the picture, drawn by the body. */
    private static byte[] docxWithPicture(byte[] picture, String format) throws java.io.IOException {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"" + format + "\" ContentType=\"image/" + format + "\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<?xml version=\"1.0\"?><w:document " + w + "><w:body>"
                + "<w:p><w:r><w:t>Please find the member's card below.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed=\"rId5\"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>"
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId5\" Type=\"" + rel + "image\" Target=\"media/image1." + format + "\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/media/image1." + format, picture);
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            for (java.util.Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    /** At least 95% of the words that are not part of a finding are still shown. */
    private static void assertOtherWordsKept(Path f, String before, String after, Report r) {
        java.util.Set<String> parts = new java.util.HashSet<>();
        r.findings().forEach(x -> parts.addAll(List.of(x.value().split("[\\s,.;:()]+"))));
        List<String> words = java.util.Arrays.stream(before.split("\\s+"))
                .filter(w -> w.length() > 3 && parts.stream().noneMatch(p -> !p.isEmpty() && w.contains(p))).toList();
        java.util.Set<String> left = new java.util.HashSet<>(List.of(after.split("\\s+")));
        long kept = words.stream().filter(left::contains).count();
        assertTrue(f.getFileName() + ": other words kept " + kept + " of " + words.size(), kept >= 0.95 * words.size());
    }

    private static Path sharedEval() {
        Path shared = Path.of(System.getProperty(Support.SAMPLES)).toAbsolutePath().normalize().getParent().getParent()
                .resolve("shared/eval");
        return Files.isDirectory(shared) ? shared : null;
    }

    private List<String> scanTypes(String text, String framework) throws Exception {
        Path f = Files.createTempFile("itest", ".txt");
        try {
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return engine.scan(Document.of(f), Request.of(framework, Method.SCAN)).findings().stream()
                    .map(Finding::entityType).toList();
        } finally {
            Files.delete(f);
        }
    }
}
