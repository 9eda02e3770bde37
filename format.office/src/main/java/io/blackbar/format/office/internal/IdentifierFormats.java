package io.blackbar.format.office.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.w3c.dom.Element;

import io.blackbar.engine.api.EngineException;

/**
 * The cell styles of a workbook whose number format is an identifier's: digit placeholders ({@code 0}, {@code #})
 * between literal dashes, brackets, spaces, dots or slashes ({@code 000-00-0000}, Excel's "Special" SSN;
 * {@code [<=9999999]###-####;\(###\)\ ###-####}, its phone number; {@code 00000-0000}; {@code 000 000 000}). A number
 * cell of such a style shows an SSN or a phone number that is in no string: it is read as the text it shows. Formats
 * with decimals, thousands separators, percents, exponents, dates, times or other literals are not (a price or a date
 * is no identifier, and reading every number would flood the text).
 * <p>
 * The number is formatted here, not by POI's {@code DataFormatter}: it shows {@code 000 000 000} as "123 456789 " and
 * {@code 000\.000\.000\-00} without its dots, which a detector would not match; for this small grammar the rule is
 * Excel's own (digits fill the placeholders from the right, the leftmost takes what is left, literals always show).
 */
final class IdentifierFormats {

    /** A workbook with no identifier format (or no styles). */
    static final IdentifierFormats NONE = new IdentifierFormats(new Format[0]);

    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    /** Literals a format may show between its digits. */
    private static final String SEPARATORS = "-()./ ";
    private static final Set<String> COLOURS = Set.of("black", "blue", "cyan", "green", "magenta", "red", "white", "yellow");
    /** Beyond this a double has no exact integer digits, and a stored exponent could ask for a huge string. */
    private static final double LARGEST = 1e17;

    /** Per cell style ({@code cellXfs} index), its identifier format, or null. */
    private final Format[] styles;

    private IdentifierFormats(Format[] styles) {
        this.styles = styles;
    }

    /** A parsed identifier format: its sections, each a list of tokens. */
    private record Format(List<Section> sections) {
    }

    /**
     * @param condition null, or the operator of the section's condition ({@code <=}, {@code <>} ...)
     * @param tokens {@code "0"} or {@code "#"} for a digit placeholder, else a literal
     */
    private record Section(String condition, double bound, List<String> tokens) {
    }

    /** Reads the styles part's cell styles and number formats (the part is read, not changed). */
    static IdentifierFormats read(OoxmlPackage pkg) throws EngineException {
        String styles = pkg.has("xl/styles.xml") && !pkg.isLazy("xl/styles.xml") ? "xl/styles.xml" : null;
        for (String name : pkg.names()) {
            if (styles == null && OoxmlPackage.isXml(name) && !pkg.isLazy(name) && pkg.has(OoxmlPackage.CONTENT_TYPES)
                    && STYLES_TYPE.equals(pkg.contentType(name))) {
                styles = name;
            }
        }
        if (styles == null) {
            return NONE;
        }
        Element root = pkg.xml(styles).getDocumentElement();
        Map<Integer, String> codes = new HashMap<>();
        for (Element fmts : OoxmlPackage.children(root, "numFmts")) {
            for (Element f : OoxmlPackage.children(fmts, "numFmt")) {
                Integer id = number(f.getAttribute("numFmtId"));
                if (id != null) {
                    codes.put(id, f.getAttribute("formatCode"));
                }
            }
        }
        Map<Integer, Format> byId = new HashMap<>();
        List<Format> out = new ArrayList<>();
        boolean any = false;
        List<Element> cellXfs = OoxmlPackage.children(root, "cellXfs");
        if (!cellXfs.isEmpty()) {
            for (Element xf : OoxmlPackage.children(cellXfs.get(0), "xf")) {
                Integer id = number(xf.getAttribute("numFmtId").isEmpty() ? "0" : xf.getAttribute("numFmtId"));
                Format f = null;
                if (id != null) {
                    // a numFmt element may redefine a built-in id; a built-in one has none (none of them is an identifier's,
                    // but they are checked alike rather than assumed)
                    f = byId.computeIfAbsent(id, k -> parse(codes.containsKey(k) ? codes.get(k)
                            : k < 164 ? BuiltinFormats.getBuiltinFormat(k) : null));
                }
                any |= f != null;
                out.add(f);
            }
        }
        return any ? new IdentifierFormats(out.toArray(new Format[0])) : NONE;
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return whether a cell of this style and type ({@code t}) holds a number shown through an identifier format */
    boolean applies(String style, String type) {
        return format(style, type) != null;
    }

    /**
     * @param style the cell's {@code s} (empty or null: 0)
     * @param type the cell's {@code t} (empty or null: a number)
     * @param value the cell's {@code v}
     * @return the text the cell shows when it is a number of an identifier format, else null (also for no text)
     */
    String shown(String style, String type, String value) {
        Format f = format(style, type);
        if (f == null || value == null) {
            return null;
        }
        String s = format(f, value.trim());
        return s == null || s.isBlank() ? null : s;
    }

    private Format format(String style, String type) {
        if (styles.length == 0 || type != null && !type.isEmpty() && !"n".equals(type)) {
            return null;
        }
        Integer i = number(style == null || style.isEmpty() ? "0" : style);
        return i == null || i < 0 || i >= styles.length ? null : styles[i];
    }

    /** @return the parsed format when a format code is an identifier's, else null */
    static Format parse(String code) {
        if (code == null || code.isEmpty() || code.length() > 255) {
            return null;
        }
        List<Section> sections = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\' && i + 1 < code.length()) {
                cur.append(c).append(code.charAt(++i));
            } else if (c == '"') {
                int end = code.indexOf('"', i + 1);
                if (end < 0) {
                    return null;
                }
                cur.append(code, i, end + 1);
                i = end;
            } else if (c == ';') {
                sections.add(section(cur.toString()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        sections.add(section(cur.toString()));
        if (sections.size() > 4 || sections.contains(null)) {
            return null;
        }
        boolean identifier = false;
        for (Section s : sections) {
            identifier |= separated(s.tokens()) || zeroPadded(s.tokens());
        }
        return identifier ? new Format(sections.subList(0, Math.min(3, sections.size()))) : null;
    }

    /** Digits, a separator, digits: {@code 000-00-0000}. */
    private static boolean separated(List<String> tokens) {
        int state = 0; // 0 before a digit, 1 after one, 2 after a separator that follows one
        for (String t : tokens) {
            boolean digit = t.equals("0") || t.equals("#");
            if (digit && state == 2) {
                return true;
            }
            state = digit ? 1 : state == 1 ? 2 : state;
        }
        return false;
    }

    /** Five zeros or more and nothing else ({@code 00000}, Excel's "Special" ZIP code): a code with its leading zeros. */
    private static boolean zeroPadded(List<String> tokens) {
        return tokens.size() >= 5 && tokens.stream().allMatch("0"::equals);
    }

    /** @return a section's tokens, or null when it holds anything an identifier's format does not */
    private static Section section(String s) {
        List<String> tokens = new ArrayList<>();
        String condition = null;
        double bound = 0;
        if (s.indexOf('@') >= 0 && s.indexOf('0') < 0 && s.indexOf('#') < 0) {
            return new Section(null, 0, List.of()); // a text section ("000-00-0000;;;@"): a number never shows through it
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '0' || c == '#') {
                tokens.add(String.valueOf(c));
            } else if ((c == '_' || c == '*') && i + 1 < s.length()) {
                i++; // a character's width of space ("_)"), a fill ("* "): nothing a reader reads
            } else if (c == '\\') {
                if (i + 1 >= s.length() || SEPARATORS.indexOf(s.charAt(i + 1)) < 0) {
                    return null;
                }
                tokens.add(String.valueOf(s.charAt(++i)));
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    return null;
                }
                String literal = s.substring(i + 1, end);
                for (char l : literal.toCharArray()) {
                    if (SEPARATORS.indexOf(l) < 0) {
                        return null;
                    }
                }
                tokens.add(literal);
                i = end;
            } else if (c == '[') {
                int end = s.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                String inside = s.substring(i + 1, end);
                i = end;
                if (!inside.isEmpty() && "<>=".indexOf(inside.charAt(0)) >= 0) {
                    if (condition != null) {
                        return null;
                    }
                    int op = inside.startsWith("<=") || inside.startsWith(">=") || inside.startsWith("<>") ? 2 : 1;
                    condition = inside.substring(0, op);
                    try {
                        bound = Double.parseDouble(inside.substring(op).trim());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                } else if (!COLOURS.contains(inside.toLowerCase(Locale.ROOT))
                        && !inside.matches("(?i)color\\d{1,2}|\\$-[0-9a-f]{1,8}|\\$-[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}")) {
                    return null; // elapsed time, a currency, a calendar or a numeral system
                }
            } else if (c == '.') {
                if (s.indexOf('0', i) >= 0 || s.indexOf('#', i) >= 0) {
                    return null; // a decimal point with digits after it
                }
                tokens.add(".");
            } else if (SEPARATORS.indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
            } else {
                return null; // a thousands separator, percent, exponent, date or time code, text, fill or padding
            }
        }
        return new Section(condition, bound, tokens);
    }

    /** @return the text a number shows in a format, or null when it shows none (no section for it, not a number) */
    private static String format(Format f, String value) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(d) || Math.abs(d) >= LARGEST) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(d).setScale(0, RoundingMode.HALF_UP);
        List<Section> ss = f.sections();
        Section chosen;
        boolean sign = false;
        if (ss.get(0).condition() != null) {
            if (matches(ss.get(0), d)) {
                chosen = ss.get(0);
            } else if (ss.size() > 1 && ss.get(1).condition() != null ? matches(ss.get(1), d) : ss.size() == 2) {
                chosen = ss.get(1);
            } else if (ss.size() > 2) {
                chosen = ss.get(2);
            } else {
                return null; // Excel shows ####
            }
            sign = d < 0;
        } else if (n.signum() > 0 || n.signum() == 0 && ss.size() < 3) {
            chosen = ss.get(0);
        } else if (n.signum() < 0) {
            chosen = ss.size() > 1 ? ss.get(1) : ss.get(0);
            sign = ss.size() == 1;
        } else {
            chosen = ss.get(2);
        }
        if (n.signum() == 0) {
            return null; // no digit, nothing to identify: an empty ID column would read as rows of "000-00-0000"
        }
        String digits = n.abs().toPlainString();
        return (sign ? "-" : "") + fill(chosen.tokens(), digits);
    }

    private static boolean matches(Section s, double d) {
        double b = s.bound();
        return switch (s.condition()) {
            case "<" -> d < b;
            case "<=" -> d <= b;
            case ">" -> d > b;
            case ">=" -> d >= b;
            case "<>" -> d != b;
            default -> d == b;
        };
    }

    /** Digits fill the placeholders from the right; the leftmost takes what is left; literals always show. */
    private static String fill(List<String> tokens, String digits) {
        int left = -1;
        for (int k = 0; k < tokens.size() && left < 0; k++) {
            left = tokens.get(k).equals("0") || tokens.get(k).equals("#") ? k : -1;
        }
        StringBuilder b = new StringBuilder();
        int at = digits.length();
        for (int k = tokens.size() - 1; k >= 0; k--) {
            String t = tokens.get(k);
            boolean digit = t.equals("0") || t.equals("#");
            if (!digit) {
                b.insert(0, t);
            } else if (k == left && at > 0) {
                b.insert(0, digits, 0, at);
                at = 0;
            } else if (at > 0) {
                b.insert(0, digits.charAt(--at));
            } else if (t.equals("0")) {
                b.insert(0, '0');
            }
        }
        return b.toString();
    }
}
