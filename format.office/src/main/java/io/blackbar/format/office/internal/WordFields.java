package io.blackbar.format.office.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word fields that run or fetch something when the document opens or updates: {@code DDE} and {@code DDEAUTO} (start
 * a program: the classic DDE downloader), {@code INCLUDETEXT} (and its old name {@code INCLUDE}), {@code INCLUDEPICTURE},
 * {@code LINK}, {@code IMPORT} and {@code DATABASE} (fetch a file, a web address, a UNC path that leaks the user's NTLM
 * hash, or a query). Such a field loses its instruction and its field characters; the result it last showed stays, as
 * plain runs (what Word's "unlink field" leaves). A field whose name is itself made by a field ({@code { {QUOTE "DDE"}
 * ...}}, a known way to hide the name) is treated alike.
 */
final class WordFields {

    static final Set<String> ACTIVE = Set.of("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDE", "INCLUDEPICTURE", "LINK", "IMPORT",
            "DATABASE");

    private static final class Field {
        final Element begin;
        Element separate;
        final StringBuilder instruction = new StringBuilder();
        boolean nameIsAField;

        Field(Element begin) {
            this.begin = begin;
        }
    }

    private WordFields() {
    }

    /** @return whether a field instruction's name is one of {@link #ACTIVE} (in any case, quoted or not) */
    static boolean isActive(String instruction) {
        String s = instruction.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return ACTIVE.contains(s.substring(0, end).replace("\"", "").toUpperCase(Locale.ROOT));
    }

    /**
     * @param doc a WordprocessingML part
     * @return how many fields were neutralised
     */
    static int neutralise(Document doc) {
        int n = 0;
        for (Element f : OoxmlPackage.all(doc, "fldSimple")) {
            if (OoxmlText.isWord(f) && f.getParentNode() != null && isActive(f.getAttributeNS(f.getNamespaceURI(), "instr"))) {
                Node parent = f.getParentNode();
                while (f.getFirstChild() != null) {
                    parent.insertBefore(f.getFirstChild(), f);
                }
                parent.removeChild(f);
                n++;
            }
        }
        List<Element> runs = new ArrayList<>();
        Map<Element, Integer> runIndex = new IdentityHashMap<>();
        List<Element> marks = new ArrayList<>();
        for (Element e : OoxmlPackage.all(doc, "*")) {
            if (!OoxmlText.isWord(e)) {
                continue;
            }
            String ln = e.getLocalName();
            if ("r".equals(ln)) {
                runIndex.put(e, runs.size());
                runs.add(e);
            } else if ("fldChar".equals(ln) || "instrText".equals(ln)) {
                marks.add(e);
            }
        }
        Deque<Field> open = new ArrayDeque<>();
        for (Element m : marks) {
            Field top = open.peek();
            if ("instrText".equals(m.getLocalName())) {
                if (top != null && top.separate == null) {
                    top.instruction.append(m.getTextContent());
                }
                continue;
            }
            String type = m.getAttributeNS(m.getNamespaceURI(), "fldCharType");
            if ("begin".equals(type)) {
                if (top != null && top.separate == null && top.instruction.toString().isBlank()) {
                    top.nameIsAField = true;
                }
                open.push(new Field(m));
            } else if ("separate".equals(type) && top != null) {
                top.separate = m;
            } else if ("end".equals(type) && top != null) {
                open.pop();
                if (top.nameIsAField || isActive(top.instruction.toString())) {
                    unlink(top, m, runs, runIndex);
                    n++;
                }
            }
        }
        return n;
    }

    /** Removes a field's characters and its instruction's runs; the runs of its result stay. */
    private static void unlink(Field f, Element end, List<Element> runs, Map<Element, Integer> runIndex) {
        Element stop = f.separate != null ? f.separate : end;
        Integer from = runIndex.get(f.begin.getParentNode());
        Integer to = runIndex.get(stop.getParentNode());
        if (from != null && to != null) {
            for (int i = from + 1; i < to; i++) {
                detach(runs.get(i));
            }
        }
        for (Element mark : f.separate != null ? List.of(f.begin, f.separate, end) : List.of(f.begin, end)) {
            Node run = mark.getParentNode();
            detach(mark);
            if (run instanceof Element r && runIndex.containsKey(r) && !holdsMoreThanProperties(r)) {
                detach(r);
            }
        }
    }

    private static boolean holdsMoreThanProperties(Element run) {
        for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !"rPr".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static void detach(Node n) {
        if (n.getParentNode() != null) {
            n.getParentNode().removeChild(n);
        }
    }
}
