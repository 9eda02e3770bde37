package io.blackbar.format.office.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.blackbar.engine.api.EngineException;

/**
 * Keeps a workbook consistent after its sheet names were redacted: a new name is made valid (no
 * {@code []:*?/\}, at most 31 characters, unique), and every formula, defined name and chart
 * reference that named the old sheet names the new one.
 */
final class SheetNames {

    private SheetNames() {
    }

    /**
     * @param pkg the package
     * @param names the sheet name attributes, whose original values are given
     * @param before the names before the plan was applied, in the same order
     */
    static void fix(OoxmlPackage pkg, List<Attr> names, List<String> before) throws EngineException {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String old = before.get(i);
            String now = names.get(i).getValue();
            if (now.equals(old)) {
                used.add(now.toLowerCase(Locale.ROOT));
                continue;
            }
            String unique = validName(now, used);
            names.get(i).setValue(unique);
            rename(pkg, old, unique);
        }
    }

    /**
     * Makes a redacted sheet name valid and unique (Excel's rules, for XLSX and XLS alike).
     *
     * @param wanted the name after the plan was applied
     * @param used lower-case names already taken; the result is added
     * @return a name without {@code []:*?/\}, at most 31 characters, not in {@code used}
     */
    static String validName(String wanted, Set<String> used) {
        String valid = wanted.replaceAll("[\\[\\]:*?/\\\\]", "").strip();
        valid = valid.isEmpty() ? "Sheet" : valid;
        valid = valid.length() > 28 ? valid.substring(0, 28) : valid;
        String unique = valid;
        for (int k = 2; used.contains(unique.toLowerCase(Locale.ROOT)); k++) {
            unique = valid + " " + k;
        }
        used.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }

    /** Rewrites references to a sheet in every formula of the package (streamed parts when written). */
    private static void rename(OoxmlPackage pkg, String old, String now) throws EngineException {
        Pattern quoted = Pattern.compile("'" + Pattern.quote(old.replace("'", "''")) + "'!");
        Pattern bare = Pattern.compile("(?<![\\p{L}\\p{N}_.'])" + Pattern.quote(old) + "!");
        String replacement = Matcher.quoteReplacement("'" + now.replace("'", "''") + "'!");
        UnaryOperator<String> rewrite = f -> bare.matcher(quoted.matcher(f).replaceAll(replacement)).replaceAll(replacement);
        pkg.addFormulaRewrite(rewrite);
        for (String n : pkg.names()) {
            if (!OoxmlPackage.isXml(n) || !(n.startsWith("xl/") || n.contains("/charts/")) || pkg.isStreamed(n)) {
                continue;
            }
            Document doc = pkg.xml(n);
            for (String tag : List.of("f", "definedName")) {
                for (Element e : OoxmlPackage.all(doc, tag)) {
                    String f = e.getTextContent();
                    String g = rewrite.apply(f);
                    if (!g.equals(f)) {
                        e.setTextContent(g);
                    }
                }
            }
            // a link to a place in the workbook ("'Jane Doe'!A1") and a pivot cache's source sheet name the sheet too
            for (Element e : OoxmlPackage.all(doc, "hyperlink")) {
                String location = e.getAttribute("location");
                String g = rewrite.apply(location);
                if (!g.equals(location)) {
                    e.setAttribute("location", g);
                }
            }
            for (Element e : OoxmlPackage.all(doc, "worksheetSource")) {
                if (e.getAttribute("sheet").equals(old)) {
                    e.setAttribute("sheet", now);
                }
            }
        }
    }
}
