package io.blackbar.format.office.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ddf.EscherComplexProperty;
import org.apache.poi.ddf.EscherOptRecord;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.hssf.model.RecordStream;
import org.apache.poi.hssf.record.CFRuleBase;
import org.apache.poi.hssf.record.DVRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.HeaderFooterRecord;
import org.apache.poi.hssf.record.HyperlinkRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.aggregates.DataValidityTable;
import org.apache.poi.hssf.record.aggregates.PageSettingsBlock;
import org.apache.poi.hssf.record.chart.SeriesTextRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFEvaluationWorkbook;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFShape;
import org.apache.poi.hssf.usermodel.HSSFShapeGroup;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFSimpleShape;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.ControlPtg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.ParenthesisPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.LittleEndian;

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * The text of an XLS workbook as {@link FieldLines}: sheet names, the shared string table (each
 * string once: editing it edits every cell that shows it, and leaves no stale copy), and per sheet its
 * header and footer (Excel 2007's first and even pages' too), numbers as displayed, formula string literals and cached
 * results (a number as the cell shows it), the text of comments and text boxes, hyperlink labels, addresses (a URL beside
 * a location too) and ScreenTips, data validations' prompts, errors and lists, conditional formats' literals, custom
 * number formats' quoted literals, and the file names of linked workbooks.
 * Changes that must be made together
 * (a formula's literals, the sheet names) are collected and done by {@link #finish()}.
 */
final class XlsText {

    private final HSSFWorkbook wb;
    private final DocumentLimits limits;
    private final FieldLines lines;
    private final List<Runnable> after = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private XlsText(HSSFWorkbook wb, DocumentLimits limits) {
        this.wb = wb;
        this.limits = limits;
        this.lines = new FieldLines(limits.maxTextChars());
    }

    /**
     * @param wb the workbook
     * @param limits the text and time limits
     * @return its text, ready for {@link FieldLines#apply} and then {@link #finish()}
     */
    static XlsText read(HSSFWorkbook wb, DocumentLimits limits) throws EngineException {
        XlsText t = new XlsText(wb, limits);
        t.sheetNames();
        t.sharedStrings();
        t.numberFormats();
        t.externalBooks();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            limits.checkDeadline();
            t.sheet(wb.getSheetAt(s), s + 1);
        }
        return t;
    }

    FieldLines lines() {
        return lines;
    }

    /** Makes the changes collected while the plan was applied (sheet names first, then formulas). */
    void finish() {
        after.forEach(Runnable::run);
    }

    private void sheetNames() throws EngineException {
        int n = wb.getNumberOfSheets();
        String[] wanted = new String[n];
        for (int s = 0; s < n; s++) {
            int index = s;
            lines.add(wb.getSheetName(s), s + 1, v -> wanted[index] = v);
        }
        after.add(() -> {
            Set<String> used = new HashSet<>();
            for (int s = 0; s < n; s++) {
                if (wanted[s] == null) {
                    used.add(wb.getSheetName(s).toLowerCase(Locale.ROOT));
                }
            }
            for (int s = 0; s < n; s++) {
                if (wanted[s] != null) {
                    wb.setSheetName(s, SheetNames.validName(wanted[s], used));
                }
            }
        });
    }

    /**
     * Each shared string once, edited in place: its formatting runs and its phonetic reading (the furigana of a
     * Japanese name, an ExtRst POI keeps beside the string and would write back) dropped with the old text.
     */
    private void sharedStrings() throws EngineException {
        for (Record r : wb.getInternalWorkbook().getRecords()) {
            if (r instanceof SSTRecord sst) {
                for (int i = 0; i < sst.getNumUniqueStrings(); i++) {
                    UnicodeString us = sst.getString(i);
                    lines.add(us.getString(), 1, v -> {
                        us.setString(v);
                        us.clearFormatting();
                        us.setOptionFlags((byte) (us.getOptionFlags() & ~EXTENDED)); // POI writes no ExtRst then
                    });
                }
            }
        }
    }

    /**
     * The file name of each workbook the formulas link to ("Ada Lovelace.xls", shown in the formula bar); its folders are
     * removed by {@link XlsCleaner}. A changed name replaces the record (HSSF's setter keeps the path's first character).
     */
    private void externalBooks() throws EngineException {
        List<Record> records = wb.getInternalWorkbook().getRecords();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) instanceof SupBookRecord book && book.isExternalReferences() && book.getURL() != null) {
                int index = i;
                lines.add(XlsCleaner.fileName(book.getURL()), 1,
                        v -> records.set(index, XlsCleaner.externalBook(v, book)));
            }
        }
    }

    /**
     * The quoted literals of custom number formats ({@code "Ada Lovelace "0} shows a number after the name), a line each,
     * as the Office Open XML side reads them; a changed one replaces the FORMAT record (the same index, so every style
     * that uses it keeps it). The rest of a format is codes, never read.
     */
    private void numberFormats() throws EngineException {
        List<Record> records = wb.getInternalWorkbook().getRecords();
        List<FormatRecord> formats = wb.getInternalWorkbook().getFormats();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) instanceof FormatRecord f && f.getFormatString() != null) {
                String code = f.getFormatString();
                List<int[]> spans = formatLiterals(code);
                if (spans.isEmpty()) {
                    continue;
                }
                String[] now = new String[spans.size()];
                boolean[] changed = {false};
                for (int k = 0; k < now.length; k++) {
                    int index = k;
                    now[k] = code.substring(spans.get(k)[0], spans.get(k)[1]);
                    lines.add(now[k], 1, v -> {
                        now[index] = v.replace("\"", ""); // a quote would end the literal: the format has no escape inside one
                        changed[0] = true;
                    });
                }
                int at = i;
                after.add(() -> {
                    if (changed[0]) {
                        StringBuilder b = new StringBuilder(code);
                        for (int k = now.length - 1; k >= 0; k--) {
                            b.replace(spans.get(k)[0], spans.get(k)[1], now[k]);
                        }
                        FormatRecord rewritten = new FormatRecord(f.getIndexCode(), b.toString());
                        records.set(at, rewritten);
                        int listed = formats.indexOf(f);
                        if (listed >= 0) {
                            formats.set(listed, rewritten);
                        }
                    }
                });
            }
        }
    }

    /**
     * @return the text between the quotes of each quoted literal of a number format; a backslash's or an underscore's or
     *     an asterisk's next character, and brackets ({@code [Red]}, {@code [$-409]}), are codes
     */
    static List<int[]> formatLiterals(String code) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int close = code.indexOf('"', i + 1);
                int end = close < 0 ? code.length() : close;
                if (end > i + 1) {
                    spans.add(new int[] {i + 1, end});
                }
                i = end + 1;
            } else if (c == '\\' || c == '_' || c == '*') {
                i += 2;
            } else if (c == '[') {
                int close = code.indexOf(']', i);
                i = close < 0 ? code.length() : close + 1;
            } else {
                i++;
            }
        }
        return spans;
    }

    /** A shared string's flag: an ExtRst (phonetic reading) follows its text. */
    private static final int EXTENDED = 0x04;

    private void sheet(HSSFSheet sheet, int page) throws EngineException {
        headerFooter(sheet.getHeader(), page);
        headerFooter(sheet.getFooter(), page);
        laterHeadersFooters(sheet, page);
        int rows = 0;
        for (var row : sheet) {
            if (++rows % 256 == 0) {
                limits.checkDeadline();
            }
            for (var cell : (HSSFRow) row) {
                cell((HSSFCell) cell, page);
            }
        }
        HSSFPatriarch drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            shapes(drawing.getChildren(), page);
        }
        hyperlinks(sheet, page);
        tooltips(sheet, page);
        dataValidations(sheet, page);
        chartTexts(sheet, page);
        conditionalFormats(sheet, page);
    }

    /**
     * Each hyperlink's label and address; the address of a file link is set in both its paths (POI's setter sets the ANSI
     * one, and a reader shows the Unicode one), and a URL link that also has a location ("…/contacts/ada@example.org"
     * and "#details") has its URL read too (POI's address is the location). Those two make a new record, once the
     * record's other strings are set.
     */
    private void hyperlinks(HSSFSheet sheet, int page) throws EngineException {
        List<RecordBase> records = sheet.getSheet().getRecords();
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof HyperlinkRecord link)) {
                continue;
            }
            lines.add(link.getLabel(), page, link::setLabel);
            String[] path = {null};
            String[] url = {null};
            if (XlsHyperlinks.isFile(link)) {
                lines.add(link.getAddress(), page, v -> path[0] = v);
            } else {
                lines.add(link.getAddress(), page, link::setAddress);
                lines.add(XlsHyperlinks.hiddenUrl(link), page, v -> url[0] = v);
            }
            int index = i;
            after.add(() -> {
                if (path[0] != null) {
                    records.set(index, XlsHyperlinks.withPath(link, path[0]));
                } else if (url[0] != null) {
                    records.set(index, XlsHyperlinks.withUrl(link, url[0]));
                }
            });
        }
    }

    /**
     * Excel 2007's header and footer of the first page and of even pages (HeaderFooter, 0x089C), which POI keeps raw in
     * the page settings: each read as the ordinary header is, its sections a line each. A change gives the page settings
     * a new record, with the old one's flags and every other string as it was (at most 255 characters each, as BIFF8
     * allows). Custom views' own such records go with the views ({@link XlsCleaner}).
     */
    private void laterHeadersFooters(HSSFSheet sheet, int page) throws EngineException {
        for (RecordBase r : sheet.getSheet().getRecords()) {
            if (!(r instanceof PageSettingsBlock settings)) {
                continue;
            }
            HeaderFooterRecord[] found = {null};
            settings.visitContainedRecords(c -> {
                if (c instanceof HeaderFooterRecord hf) {
                    found[0] = hf;
                }
            });
            if (found[0] == null) {
                continue;
            }
            byte[] data = Arrays.copyOfRange(found[0].serialize(), 4, found[0].getRecordSize());
            String[] strings = laterStrings(data);
            boolean[] changed = {strings == null}; // bytes that do not add up: written again with no text rather than kept
            String[] now = strings == null ? new String[LATER_STRINGS] : strings;
            for (int k = 0; k < now.length; k++) {
                int index = k;
                RawHeaderFooter text = new RawHeaderFooter(now[k] == null ? "" : now[k], v -> {
                    now[index] = v;
                    changed[0] = true;
                });
                headerFooter(text, page);
            }
            after.add(() -> {
                if (changed[0]) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(data, 0, LATER_COUNTS); // the FRT header, the view's GUID (none: the sheet's), the flags
                    byte[][] encoded = new byte[now.length][];
                    for (int k = 0; k < now.length; k++) {
                        String s = now[k] == null ? "" : cut(now[k], MAX_CHART_TEXT);
                        b.write(s.length());
                        b.write(s.length() >> 8);
                        encoded[k] = s.isEmpty() ? new byte[0] : concat(new byte[] {(byte) s.length(), (byte) (s.length() >> 8), 1},
                                s.getBytes(StandardCharsets.UTF_16LE));
                    }
                    for (byte[] e : encoded) {
                        b.writeBytes(e);
                    }
                    // read as POI reads it, it replaces the block's record (the sheet's own, its GUID being zero)
                    settings.addLateRecords(new RecordStream(List.of(new HeaderFooterRecord(b.toByteArray())), 0));
                }
            });
        }
    }

    /** The four strings of a HeaderFooter record: even pages' header and footer, then the first page's. */
    private static final int LATER_STRINGS = 4;
    /** Where the four counts start in a HeaderFooter record's data: after its FRT header, GUID and flags. */
    private static final int LATER_COUNTS = 12 + 16 + 2;

    /** @return the four strings of a HeaderFooter record's data (null for an absent one), or null when it does not parse */
    static String[] laterStrings(byte[] data) {
        if (data.length < LATER_COUNTS + 2 * LATER_STRINGS) {
            return data.length <= LATER_COUNTS ? new String[LATER_STRINGS] : null; // no counts: no strings
        }
        String[] out = new String[LATER_STRINGS];
        int at = LATER_COUNTS + 2 * LATER_STRINGS;
        for (int k = 0; k < LATER_STRINGS; k++) {
            int count = LittleEndian.getUShort(data, LATER_COUNTS + 2 * k);
            if (count == 0) {
                continue;
            }
            if (at + 3 > data.length) {
                return null;
            }
            int chars = LittleEndian.getUShort(data, at);
            boolean wide = (data[at + 2] & 1) != 0;
            int bytes = wide ? chars * 2 : chars;
            if (at + 3 + bytes > data.length) {
                return null;
            }
            out[k] = new String(data, at + 3, bytes, wide ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
            at += 3 + bytes;
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A header or footer string held here, its sections read and set as HSSF's header's are. */
    private static final class RawHeaderFooter extends HeaderFooter {
        private String text;
        private final java.util.function.Consumer<String> changed;

        RawHeaderFooter(String text, java.util.function.Consumer<String> changed) {
            this.text = text;
            this.changed = changed;
        }

        @Override
        protected String getRawText() {
            return text;
        }

        @Override
        protected void setHeaderFooterText(String text) {
            this.text = text;
            changed.accept(text);
        }
    }

    /** A hyperlink's ScreenTip record (HLINKTOOLTIP): its header and range, then its text in UTF-16LE ending with a NUL. */
    private static final int TOOLTIP = 0x0800;
    private static final int TOOLTIP_TEXT = 12;

    /**
     * Hyperlinks' ScreenTips ("Write to Ada Lovelace"), which POI keeps raw: each a line; a changed one is written as a
     * new record of the same range.
     */
    private void tooltips(HSSFSheet sheet, int page) throws EngineException {
        List<RecordBase> records = sheet.getSheet().getRecords();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) instanceof UnknownRecord r && r.getSid() == TOOLTIP) {
                byte[] data = Arrays.copyOfRange(r.serialize(), 4, r.getRecordSize());
                if (data.length < TOOLTIP_TEXT) {
                    continue; // no text
                }
                String text = new String(data, TOOLTIP_TEXT, (data.length - TOOLTIP_TEXT) & ~1, StandardCharsets.UTF_16LE);
                int nul = text.indexOf('\0');
                int index = i;
                lines.add(nul < 0 ? text : text.substring(0, nul), page, v -> {
                    byte[] tip = (v + "\0").getBytes(StandardCharsets.UTF_16LE);
                    byte[] now = Arrays.copyOf(data, TOOLTIP_TEXT + tip.length);
                    System.arraycopy(tip, 0, now, TOOLTIP_TEXT, tip.length);
                    records.set(index, new UnknownRecord(TOOLTIP, now));
                });
            }
        }
    }

    /**
     * The string literals of conditional formats' formulas (a rule that highlights cells equal to "Ada Lovelace"), a
     * line each, edited in the rule's tokens; at most 255 characters are written back, as a BIFF8 string token allows.
     */
    private void conditionalFormats(HSSFSheet sheet, int page) throws EngineException {
        for (CFRuleBase rule : records(sheet, CFRuleBase.class)) {
            literals(rule.getParsedExpression1(), page, rule::setParsedExpression1);
            literals(rule.getParsedExpression2(), page, rule::setParsedExpression2);
        }
    }

    /** Each string token of a formula a line; a change sets the formula's tokens again, with the new string. */
    private void literals(Ptg[] formula, int page, java.util.function.Consumer<Ptg[]> set) throws EngineException {
        if (formula == null) {
            return;
        }
        Ptg[] now = formula.clone();
        for (int j = 0; j < now.length; j++) {
            if (now[j] instanceof StringPtg literal) {
                int index = j;
                lines.add(literal.getValue(), page, v -> {
                    now[index] = new StringPtg(cut(v, MAX_CHART_TEXT));
                    set.accept(now);
                });
            }
        }
    }

    /** @return the sheet's records of a kind, its charts' included */
    private static <T> List<T> records(HSSFSheet sheet, Class<T> type) {
        List<T> out = new ArrayList<>();
        XlsRecords.forEach(sheet, r -> {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        });
        return out;
    }

    /** @return at most {@code max} characters of {@code v}, a surrogate pair kept whole */
    private static String cut(String v, int max) {
        return v.length() <= max ? v : v.substring(0, Character.isHighSurrogate(v.charAt(max - 1)) ? max - 1 : max);
    }

    /**
     * The text of the charts a sheet holds (BIFF8 keeps each in a series text record: the chart's title, the axes'
     * titles, a series' name, a label's own text: "Salary of Ada Lovelace"), a line each; at most 255 characters are
     * written back, as BIFF8 allows.
     */
    private void chartTexts(HSSFSheet sheet, int page) throws EngineException {
        for (SeriesTextRecord t : records(sheet, SeriesTextRecord.class)) {
            lines.add(t.getText(), page, v -> t.setText(cut(v, MAX_CHART_TEXT)));
        }
    }

    /** BIFF8's longest series text. */
    private static final int MAX_CHART_TEXT = 255;

    /**
     * Data validations' prompt and error titles and texts, and the items of a list to pick from ("Linus Pauling", a
     * string of the list formula's): each a line. HSSF has no setters for them, so a change rebuilds the sheet's
     * validation table with every validation as it was but the new strings.
     */
    private void dataValidations(HSSFSheet sheet, int page) throws EngineException {
        List<RecordBase> records = sheet.getSheet().getRecords();
        int at = -1;
        for (int i = 0; i < records.size() && at < 0; i++) {
            at = records.get(i) instanceof DataValidityTable ? i : -1;
        }
        if (at < 0) {
            return;
        }
        List<DVRecord> validations = new ArrayList<>();
        ((DataValidityTable) records.get(at)).visitContainedRecords(r -> {
            if (r instanceof DVRecord dv) {
                validations.add(dv);
            }
        });
        String[][] strings = new String[validations.size()][];
        Ptg[][] lists = new Ptg[validations.size()][];
        boolean[] changed = {false};
        for (int k = 0; k < strings.length; k++) {
            DVRecord dv = validations.get(k);
            String[] now = {dv.getPromptTitle(), dv.getPromptText(), dv.getErrorTitle(), dv.getErrorText()};
            strings[k] = now;
            for (int j = 0; j < now.length; j++) {
                int index = j;
                lines.add(now[j] == null || now[j].equals("\0") ? null : now[j], page, v -> {
                    now[index] = v;
                    changed[0] = true;
                });
            }
            Ptg[] formula = dv.getFormula1() == null ? new Ptg[0] : dv.getFormula1().clone();
            lists[k] = formula;
            for (int j = 0; j < formula.length; j++) {
                if (formula[j] instanceof StringPtg literal) {
                    int index = j;
                    lines.add(literal.getValue(), page, v -> {
                        formula[index] = new StringPtg(v);
                        changed[0] = true;
                    });
                }
            }
        }
        int table = at;
        after.add(() -> {
            if (changed[0]) {
                DataValidityTable rebuilt = new DataValidityTable();
                for (int k = 0; k < strings.length; k++) {
                    DVRecord dv = validations.get(k);
                    rebuilt.addDataValidation(new DVRecord(dv.getDataType(), dv.getConditionOperator(), dv.getErrorStyle(),
                            dv.getEmptyCellAllowed(), dv.getSuppressDropdownArrow(), dv.getListExplicitFormula(),
                            dv.getShowPromptOnCellSelected(), strings[k][0], strings[k][1], dv.getShowErrorOnInvalidValue(),
                            strings[k][2], strings[k][3], lists[k], dv.getFormula2(), dv.getCellRangeAddress()));
                }
                records.set(table, rebuilt);
            }
        });
    }

    private void headerFooter(HeaderFooter hf, int page) throws EngineException {
        lines.add(hf.getLeft(), page, hf::setLeft);
        lines.add(hf.getCenter(), page, hf::setCenter);
        lines.add(hf.getRight(), page, hf::setRight);
    }

    /** Numbers as displayed (a changed one becomes a string); formulas' literals and cached strings. */
    private void cell(HSSFCell cell, int page) throws EngineException {
        if (cell.getCellType() == CellType.NUMERIC) {
            lines.add(formatter.formatCellValue(cell), page, v -> {
                cell.setCellValue(v);
                wb.setForceFormulaRecalculation(true); // the formulas that use the number keep a stale result till then
            });
        } else if (cell.getCellType() == CellType.FORMULA) {
            limits.checkDeadline(); // rendering a formula costs with its length, and one shared formula may fill a sheet
            if (nesting(formulaTokens(cell)) > MAX_NESTING) {
                // POI renders it in time growing with the square of its depth and parses it again recursively (1,500
                // parentheses overflowed the stack); Excel itself nests functions 64 deep at most
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "The spreadsheet has a formula nested deeper than Excel allows.");
            }
            // a formula over several cells (an array formula) is read at its first cell alone, and set again whole
            CellRangeAddress array = cell.isPartOfArrayFormulaGroup() ? cell.getArrayFormulaRange() : null;
            boolean whole = array != null && array.getNumberOfCells() > 1;
            if (!whole || array.getFirstRow() == cell.getRowIndex() && array.getFirstColumn() == cell.getColumnIndex()) {
                FormulaLiterals f = new FormulaLiterals(cell.getCellFormula());
                List<String> now = new ArrayList<>(f.values());
                boolean[] changed = {false};
                for (int k = 0; k < now.size(); k++) {
                    int index = k;
                    lines.add(now.get(k), page, v -> {
                        now.set(index, v);
                        changed[0] = true;
                    });
                }
                after.add(() -> {
                    if (changed[0]) {
                        // rendered again: a sheet it names may have been renamed meanwhile
                        String formula = new FormulaLiterals(cell.getCellFormula()).with(now);
                        if (whole) {
                            setArrayFormula(cell, array, formula);
                        } else {
                            setFormula(cell, formula);
                        }
                        wb.setForceFormulaRecalculation(true);
                    }
                });
            }
            if (cell.getCachedFormulaResultType() == CellType.STRING) {
                lines.add(cell.getStringCellValue(), page, v -> cachedResult(cell, v));
            } else if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                // the number the formula last gave, as the cell shows it (=Patients!B6 as "078-05-1120"): a changed one
                // becomes a string result, so the file keeps no copy of the number
                lines.add(formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()), page, v -> cachedResult(cell, v));
            }
        }
    }

    /**
     * A formula's cached result replaced by a string (HSSF keeps the formula): the workbook is marked for recalculation,
     * so Excel shows what the formula gives now rather than the replacement.
     */
    private void cachedResult(HSSFCell cell, String value) {
        cell.setCellValue(value);
        wb.setForceFormulaRecalculation(true);
    }

    /** A formula that cannot be parsed again is dropped: the cell keeps no trace of the old literal. */
    private static void setFormula(HSSFCell cell, String formula) {
        try {
            cell.setCellFormula(formula);
        } catch (RuntimeException | StackOverflowError e) {
            cell.setBlank();
        }
    }

    /**
     * An array formula over several cells cannot be set a cell at a time (HSSF refuses to change part of one): it is
     * removed and set again over the same range. One that cannot be parsed again leaves its cells blank.
     */
    private static void setArrayFormula(HSSFCell cell, CellRangeAddress range, String formula) {
        HSSFSheet sheet = cell.getSheet();
        sheet.removeArrayFormula(cell);
        try {
            sheet.setArrayFormula(formula, range);
        } catch (RuntimeException | StackOverflowError e) {
            // its cells were made blank by the removal
        }
    }

    /** Parentheses and function calls nested deeper than this refuse the workbook (Excel nests functions 64 deep). */
    static final int MAX_NESTING = 128;

    private HSSFEvaluationWorkbook evaluation;

    /** @return a formula cell's tokens (a shared formula's, as the cell uses them), without rendering them */
    private Ptg[] formulaTokens(HSSFCell cell) {
        if (evaluation == null) {
            evaluation = HSSFEvaluationWorkbook.create(wb);
        }
        int sheet = wb.getSheetIndex(cell.getSheet());
        return evaluation.getFormulaTokens(evaluation.getSheet(sheet).getCell(cell.getRowIndex(), cell.getColumnIndex()));
    }

    /**
     * @return how deep parentheses and function calls nest in a formula's tokens (reverse Polish: each operand is
     *     level 0, a parenthesis or a function one more than the deepest of its operands, an operator as deep as its
     *     deepest operand: "A1&A2&A3" is 0, "((A1))" is 2)
     */
    static int nesting(Ptg[] tokens) {
        int[] stack = new int[tokens.length + 1];
        int sp = 0;
        int deepest = 0;
        for (Ptg t : tokens) {
            if (t instanceof ParenthesisPtg) {
                if (sp > 0) {
                    deepest = Math.max(deepest, ++stack[sp - 1]);
                }
            } else if (t instanceof OperationPtg op) {
                int operands = Math.min(op.getNumberOfOperands(), sp);
                int level = 0;
                for (int k = 0; k < operands; k++) {
                    level = Math.max(level, stack[--sp]);
                }
                level += t instanceof AbstractFunctionPtg ? 1 : 0;
                deepest = Math.max(deepest, level);
                stack[sp++] = level;
            } else if (!(t instanceof ControlPtg)) {
                stack[sp++] = 0;
            }
        }
        return deepest;
    }

    /** Text of comments, text boxes and shapes, in groups too, and every shape's name, alternative text and tooltip. */
    private void shapes(List<HSSFShape> shapes, int page) throws EngineException {
        for (HSSFShape shape : shapes) {
            if (shape instanceof HSSFShapeGroup group) {
                shapes(group.getChildren(), page);
            } else if (shape instanceof HSSFSimpleShape simple && textOf(simple) != null) {
                lines.add(textOf(simple), page, v -> simple.setString(new HSSFRichTextString(v)));
            }
            EscherOptRecord opt = shape.getOptRecord();
            for (EscherPropertyTypes type : DESCRIBING) {
                String value = opt == null ? null : complexString(opt, type);
                if (value != null && !value.isEmpty()) {
                    lines.add(value, page, v -> {
                        setComplexString(opt, type, v);
                        if (type == EscherPropertyTypes.GEOTEXT__UNICODE) {
                            opt.removeEscherProperty(EscherPropertyTypes.GEOTEXT__RTFTEXT); // its formatted copy, old text and all
                        }
                    });
                }
            }
        }
    }

    /**
     * A shape's properties that describe it in words a reader of the file may be shown: its name (the selection
     * pane's "Picture 3", or "Ada Lovelace's passport"), its alternative text (a screen reader's "Scan of the
     * passport of Ada Lovelace"), its tooltip; and a WordArt shape's text. The properties no reader shows as text
     * (file names, a link, scripts, a copy of the shape in DrawingML) are removed by {@link XlsCleaner}.
     */
    private static final List<EscherPropertyTypes> DESCRIBING = List.of(EscherPropertyTypes.GROUPSHAPE__SHAPENAME,
            EscherPropertyTypes.GROUPSHAPE__DESCRIPTION, EscherPropertyTypes.GROUPSHAPE__TOOLTIP,
            EscherPropertyTypes.GEOTEXT__UNICODE); // and WordArt's text, shown on the sheet

    /** @return a complex property's string (UTF-16LE, up to its first NUL), or null when it is none or simple */
    private static String complexString(EscherOptRecord opt, EscherPropertyTypes type) {
        if (!(opt.lookup(type) instanceof EscherComplexProperty p) || p.getComplexData() == null) {
            return null;
        }
        String s = new String(p.getComplexData(), StandardCharsets.UTF_16LE);
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static void setComplexString(EscherOptRecord opt, EscherPropertyTypes type, String value) {
        byte[] data = (value + "\0").getBytes(StandardCharsets.UTF_16LE);
        EscherComplexProperty p = new EscherComplexProperty(type, false, data.length);
        p.setComplexData(data);
        opt.setEscherProperty(p);
    }

    /** @return a shape's text, null when it has no text record (HSSF then fails on getString) */
    private static String textOf(HSSFSimpleShape shape) {
        try {
            HSSFRichTextString s = shape.getString();
            return s == null ? null : s.getString();
        } catch (NullPointerException e) {
            return null;
        }
    }
}
