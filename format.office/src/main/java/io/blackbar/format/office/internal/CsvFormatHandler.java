package io.blackbar.format.office.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.Method;
import io.blackbar.engine.api.spi.DocumentLimits;
import io.blackbar.engine.api.spi.FormatHandler;
import io.blackbar.engine.api.spi.FormatProperties;
import io.blackbar.engine.api.spi.ParsedDocument;
import io.blackbar.engine.api.spi.RecognizerResult;
import io.blackbar.engine.api.spi.Replacement;

/**
 * CSV and TSV. The extracted text is the file's own text, so findings point straight into it and the
 * output is the input with only the replaced values changed: delimiter, quoting, BOM, line endings and
 * encoding stay byte for byte (no CSV library re-serialises it; {@link CsvCells} only finds cell
 * boundaries). A column headed like an entity ("SSN", "Email", "Date of birth") makes its cells
 * hints of that type. Sanitize removes invisible characters and neutralises formula cells.
 */
@Component
@FormatProperties(media_types = {"text/csv", "text/tab-separated-values"}, extensions = {"csv", "tsv"})
public class CsvFormatHandler implements FormatHandler {

    /** Normalised header (letters and digits, lower case) to the entity types its cells are. */
    static final Map<String, List<String>> HEADERS = new HashMap<>();

    static {
        header(List.of("US_SSN"), "ssn", "socialsecuritynumber", "socialsecurity", "socialsecurityno", "ssno");
        header(List.of("PERSON"), "name", "fullname", "firstname", "lastname", "surname", "givenname", "middlename",
                "patientname", "customername", "employeename", "clientname", "cardholder", "cardholdername",
                "mothersmaiden", "mothersmaidenname", "contactname");
        header(List.of("EMAIL_ADDRESS"), "email", "emailaddress", "mail", "emailid");
        header(List.of("PHONE_NUMBER"), "phone", "phonenumber", "telephone", "telephonenumber", "mobile", "cell",
                "cellphone", "fax", "tel");
        header(List.of("DATE_OF_BIRTH", "DATE"), "dob", "dateofbirth", "birthdate", "birthday");
        header(List.of("STREET_ADDRESS"), "address", "streetaddress", "street", "address1", "addressline1", "homeaddress");
        header(List.of("ZIP_CODE"), "zip", "zipcode", "postalcode", "postcode");
        header(List.of("CREDIT_CARD"), "creditcard", "cardnumber", "ccnumber", "pan", "creditcardnumber", "ccnum");
        header(List.of("IBAN_CODE"), "iban");
        header(List.of("IP_ADDRESS"), "ip", "ipaddress");
        header(List.of("URL"), "domain", "website", "url", "homepage", "webpage");
        header(List.of("USERNAME"), "username", "userid", "login", "loginname");
        header(List.of("MEDICAL_RECORD_NUMBER"), "mrn", "medicalrecordnumber");
        header(List.of("CARD_VERIFICATION_CODE"), "cvv", "cvv2", "cvc", "cvc2", "cid");
    }

    private static void header(List<String> types, String... names) {
        for (String n : names) {
            HEADERS.put(n, types);
        }
    }

    /** A signed number, as a spreadsheet would read it: digits with thousands commas or a decimal comma, an exponent. */
    static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile(
            "[+-](?:\\d[\\d,]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?%?");

    private static final Set<String> EMPTY_VALUES = Set.of("", "-", "--", "n/a", "na", "null", "none", "unknown", "nan");

    @Override
    public boolean accepts(String mediaType, byte[] head) {
        return TextFormatHandler.looksLikeText(head);
    }

    @Override
    public ParsedDocument open(Path file, String mediaType, DocumentLimits limits) throws EngineException {
        return new Parsed(TextFormatHandler.read(file, limits, "CSV file"));
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A CSV in memory: a text document whose cells are known. */
    static final class Parsed extends TextFormatHandler.Parsed {
        private final char delimiter;
        private final List<CsvCells.Cell> cells;

        Parsed(TextFormatHandler.Parsed text) {
            super(text.codec(), text.text());
            this.delimiter = CsvCells.delimiter(text.text());
            this.cells = CsvCells.cells(text.text(), delimiter);
        }

        @Override
        public List<RecognizerResult> hints() {
            String raw = text();
            Map<Integer, List<String>> typed = new HashMap<>();
            Map<Integer, String> names = new HashMap<>();
            for (CsvCells.Cell c : cells) {
                if (c.row() != 0) {
                    break;
                }
                String header = raw.substring(c.start(), c.end()).strip();
                List<String> types = HEADERS.get(normalise(header));
                if (types != null) {
                    typed.put(c.column(), types);
                    names.put(c.column(), header);
                }
            }
            List<RecognizerResult> out = new ArrayList<>();
            if (typed.isEmpty()) {
                return out;
            }
            for (CsvCells.Cell c : cells) {
                List<String> types = typed.get(c.column());
                if (c.row() == 0 || types == null) {
                    continue;
                }
                int s = c.start();
                int e = c.end();
                while (s < e && Character.isWhitespace(raw.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(raw.charAt(e - 1))) {
                    e--;
                }
                if (EMPTY_VALUES.contains(raw.substring(s, e).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (String type : types) {
                    out.add(new RecognizerResult(type, s, e, 0.8, "column headed '" + names.get(c.column()) + "'"));
                }
            }
            return out;
        }

        /**
         * A replacement that holds the delimiter, a quote or a line break ("Doe, Alex", an address's surrogate) is written
         * quoted as RFC 4180 quotes: inside a quoted cell with its quotes doubled, as a whole unquoted cell between quotes;
         * only within part of an unquoted cell, where quotes cannot go, is it "[REDACTED]".
         */
        @Override
        public Map<String, Integer> write(List<Replacement> plan, Method method, OutputStream out) throws EngineException {
            String raw = text();
            List<Replacement> safe = new ArrayList<>(plan.size());
            for (Replacement r : plan) {
                String t = r.text();
                boolean breaksCell = t.indexOf(delimiter) >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0;
                CsvCells.Cell cell = breaksCell ? cellAt(r.start()) : null;
                boolean inCell = cell != null && r.end() <= cell.end();
                boolean quoted = inCell && cell.start() > 0 && raw.charAt(cell.start() - 1) == '"';
                String escaped = t.replace("\"", "\"\"");
                if (!breaksCell) {
                    safe.add(r);
                } else if (quoted) {
                    safe.add(new Replacement(r.start(), r.end(), r.entityType(), escaped));
                } else if (inCell && r.start() == cell.start() && r.end() == cell.end()) {
                    safe.add(new Replacement(r.start(), r.end(), r.entityType(), '"' + escaped + '"'));
                } else {
                    safe.add(new Replacement(r.start(), r.end(), r.entityType(), "[REDACTED]"));
                }
            }
            return super.write(safe, method, out);
        }

        /** The cell whose content holds the offset, or null (cells are in order: a binary search by their starts). */
        private CsvCells.Cell cellAt(int offset) {
            int lo = 0;
            int hi = cells.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                CsvCells.Cell c = cells.get(mid);
                if (c.end() < offset) {
                    lo = mid + 1;
                } else if (c.start() > offset) {
                    hi = mid - 1;
                } else {
                    return c;
                }
            }
            return null;
        }

        @Override
        public Map<String, Integer> sanitize(OutputStream out) throws EngineException {
            String raw = text();
            List<Replacement> plan = new ArrayList<>();
            for (CsvCells.Cell c : cells) {
                if (isFormula(raw.substring(c.start(), c.end()))) {
                    plan.add(new Replacement(c.start(), c.start(), "FORMULA", "'"));
                }
            }
            HiddenCharacters.Result r = HiddenCharacters.strip(replace(plan));
            writeBytes(out, codec().encode(r.text()));
            Map<String, Integer> removed = new HashMap<>();
            if (!plan.isEmpty()) {
                removed.put("formulas", plan.size());
            }
            if (r.removed() > 0) {
                removed.put("hiddenCharacters", r.removed());
            }
            return removed;
        }

        /**
         * A cell a spreadsheet would read as a formula (OWASP's CSV injection list): one starting with {@code =},
         * {@code @}, {@code +}, {@code -}, a tab or a carriage return, quoted or not. A plain number ({@code -12.5},
         * {@code +3}, {@code -1,234.50}, {@code -1e5}) and dashes alone ({@code -}, {@code --}: "none") are not: a
         * spreadsheet reads them as a number or text, and a {@code '} before them would change the data.
         */
        static boolean isFormula(String cell) {
            if (cell.isEmpty() || "=@+-\t\r".indexOf(cell.charAt(0)) < 0) {
                return false;
            }
            char c = cell.charAt(0);
            return !(c == '+' || c == '-') || !PLAIN_NUMBER.matcher(cell).matches() && !cell.chars().allMatch(ch -> ch == '-');
        }

        @Override
        public String outputMediaType(Method method) {
            return "text/csv";
        }
    }
}
