package io.blackbar.format.office.internal;

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
import org.apache.poi.hssf.record.CFRuleBase;
import org.apache.poi.hssf.record.DVRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.aggregates.DataValidityTable;
import org.apache.poi.hssf.record.chart.SeriesTextRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFEvaluationWorkbook;
import org.apache.poi.hssf.usermodel.HSSFHyperlink;
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

import io.blackbar.engine.api.EngineException;
import io.blackbar.engine.api.spi.DocumentLimits;

/**
 * The text of an XLS workbook as {@link FieldLines}: sheet names, the shared string table (each
 * string once: editing it edits every cell that shows it, and leaves no stale copy), and per sheet its
 * header and footer, numbers as displayed, formula string literals and cached results (a number as the cell shows
 * it), the text of comments and text boxes, hyperlink labels, addresses and ScreenTips, data validations' prompts,
 * errors and lists, conditional formats' literals, and the file names of linked workbooks.
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

    /** A shared string's flag: an ExtRst (phonetic reading) follows its text. */
    private static final int EXTENDED = 0x04;

    private void sheet(HSSFSheet sheet, int page) throws EngineException {
        headerFooter(sheet.getHeader(), page);
        headerFooter(sheet.getFooter(), page);
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
        for (HSSFHyperlink link : sheet.getHyperlinkList()) {
            lines.add(link.getLabel(), page, link::setLabel);
            lines.add(link.getAddress(), page, link::setAddress);
        }
        tooltips(sheet, page);
        dataValidations(sheet, page);
        chartTexts(sheet, page);
        conditionalFormats(sheet, page);
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
                    setFormula(cell, new FormulaLiterals(cell.getCellFormula()).with(now));
                    wb.setForceFormulaRecalculation(true);
                }
            });
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
