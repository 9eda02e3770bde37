package io.blackbar.format.office.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

import io.blackbar.engine.api.EngineException;

/**
 * What a part IS, by the relationships that reach it and by its content type, not by its name: OPC lets any name be
 * used ({@code word/macrostore.dat} is a VBA project when a {@code vbaProject} relationship points at it, and Office
 * follows the relationship). The cleaner removes the parts of the kinds below, and with them the parts reached only
 * through them (an ActiveX control's binary, a task pane's add-in, a glossary's own styles).
 */
final class PartKinds {

    /** A kind of part the cleaner removes: the report's key, and whether every write removes it or sanitize alone. */
    enum Kind {
        METADATA("metadata", true),
        MACROS("macros", true),
        EMBEDDED("embeddedObjects", true),
        ADD_INS("addIns", true),
        EXTERNAL("externalLinks", true),
        REVISIONS("trackedChanges", true),
        SIGNATURES("signatures", true),
        CUSTOM_XML("metadata", false),
        GLOSSARY("hiddenParts", false),
        PIVOT_RECORDS("hiddenParts", false),
        NOTES("speakerNotes", false),
        COMMENTS("comments", false);

        final String key;
        final boolean always;

        Kind(String key, boolean always) {
            this.key = key;
            this.always = always;
        }
    }

    /** Relationship types, by their last segment in lower case (transitional, strict and Microsoft's URIs alike). */
    private static final Map<String, Kind> BY_RELATIONSHIP = new HashMap<>();
    /** Content types, in lower case. */
    private static final Map<String, Kind> BY_CONTENT_TYPE = new HashMap<>();

    static {
        rel(Kind.METADATA, "core-properties", "extended-properties", "custom-properties", "thumbnail");
        rel(Kind.MACROS, "vbaproject", "vbaprojectsignature", "vbaprojectsignatureagile", "vbaprojectsignaturev3", "wordvbadata",
                "keymapcustomizations", "attachedtoolbars", "xlmacrosheet", "xlintlmacrosheet", "extensibility");
        rel(Kind.EMBEDDED, "oleobject", "package", "control", "activexcontrolbinary", "afchunk");
        rel(Kind.ADD_INS, "webextension", "webextensiontaskpanes");
        rel(Kind.EXTERNAL, "externallink");
        rel(Kind.REVISIONS, "revisionheaders", "revisionlog", "usernames", "changesinfo", "revisioninfo");
        rel(Kind.CUSTOM_XML, "customxml", "customxmlprops");
        rel(Kind.GLOSSARY, "glossarydocument");
        rel(Kind.PIVOT_RECORDS, "pivotcacherecords");
        rel(Kind.NOTES, "notesslide");
        rel(Kind.COMMENTS, "comments", "commentauthors", "threadedcomment", "threadedcomments", "person", "people",
                "commentsextended", "commentsids", "commentsextensible", "authors");
        type(Kind.METADATA, "application/vnd.openxmlformats-package.core-properties+xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        type(Kind.MACROS, "application/vnd.ms-office.vbaproject", "application/vnd.ms-office.vbaprojectsignature",
                "application/vnd.ms-office.vbaprojectsignatureagile", "application/vnd.ms-office.vbaprojectsignaturev3",
                "application/vnd.ms-word.vbadata+xml", "application/vnd.ms-word.keymapcustomizations+xml",
                "application/vnd.ms-word.attachedtoolbars", "application/vnd.ms-excel.macrosheet+xml",
                "application/vnd.ms-excel.intlmacrosheet+xml", "application/vnd.ms-excel.macrosheet");
        type(Kind.EMBEDDED, "application/vnd.openxmlformats-officedocument.oleobject", "application/vnd.ms-office.activex+xml",
                "application/vnd.ms-office.activex");
        type(Kind.ADD_INS, "application/vnd.ms-office.webextension+xml", "application/vnd.ms-office.webextensiontaskpanes+xml");
        type(Kind.EXTERNAL, "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml");
        type(Kind.REVISIONS, "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml",
                "application/vnd.ms-powerpoint.changesinfo+xml", "application/vnd.ms-powerpoint.revisioninfo+xml");
        type(Kind.SIGNATURES, "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml",
                "application/vnd.openxmlformats-package.digital-signature-origin",
                "application/vnd.openxmlformats-package.digital-signature-certificate");
        type(Kind.CUSTOM_XML, "application/vnd.openxmlformats-officedocument.customxmlproperties+xml");
        type(Kind.GLOSSARY, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml");
        type(Kind.PIVOT_RECORDS, "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml");
        type(Kind.NOTES, "application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml");
    }

    private static void rel(Kind k, String... lastSegments) {
        for (String s : lastSegments) {
            BY_RELATIONSHIP.put(s, k);
        }
    }

    private static void type(Kind k, String... types) {
        for (String t : types) {
            BY_CONTENT_TYPE.put(t, k);
        }
    }

    private PartKinds() {
    }

    /** @return the kind a relationship type makes its target, or null */
    static Kind ofRelationship(String type) {
        if (type.contains("/digital-signature/")) {
            return Kind.SIGNATURES;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return BY_RELATIONSHIP.get(t.substring(t.lastIndexOf('/') + 1));
    }

    /**
     * The parts a write removes, by kind: those a relationship of a removed type reaches, those whose content type is
     * of a removed kind (unless a relationship of another type reaches them: a printer's settings under a {@code .bin}
     * default that says VBA stay what their relationship says), and the parts reachable from the package only through
     * those (given the kind of none: they go with the part that held them, counted with it).
     *
     * @param sanitize whether sanitize's kinds are removed too
     * @return part name to its kind (null for a part that goes with another), in package order
     */
    static Map<String, Kind> removed(OoxmlPackage pkg, boolean sanitize) throws EngineException {
        Map<String, String> byLower = new HashMap<>();
        for (String n : pkg.names()) {
            byLower.put(n.toLowerCase(Locale.ROOT), n);
        }
        Map<String, Kind> byRelationship = new HashMap<>();
        Set<String> keptByRelationship = new HashSet<>();
        for (String rels : pkg.relsParts()) {
            for (Element r : relationships(pkg, rels)) {
                String target = OoxmlPackage.target(rels, r);
                String part = target == null ? null : byLower.get(target.toLowerCase(Locale.ROOT));
                if (part == null) {
                    continue;
                }
                Kind k = ofRelationship(r.getAttribute("Type"));
                if (k != null && (k.always || sanitize)) {
                    byRelationship.putIfAbsent(part, k);
                } else {
                    keptByRelationship.add(part);
                }
            }
        }
        Map<String, Kind> out = new LinkedHashMap<>();
        for (String n : pkg.names()) {
            if (n.endsWith(".rels") || n.equals(OoxmlPackage.CONTENT_TYPES)) {
                continue;
            }
            Kind k = byRelationship.get(n);
            if (k == Kind.METADATA && keptByRelationship.contains(n)) {
                k = null; // a thumbnail that is also a picture the document shows: the picture stays (its metadata goes)
            }
            if (k == null && !keptByRelationship.contains(n)) {
                k = BY_CONTENT_TYPE.get(pkg.contentType(n).toLowerCase(Locale.ROOT));
                k = k != null && (k.always || sanitize) ? k : null;
            }
            if (k != null) {
                out.put(n, k);
            }
        }
        if (!out.isEmpty()) {
            Set<String> before = reachable(pkg, byLower, Set.of());
            Set<String> after = reachable(pkg, byLower, out.keySet());
            for (String n : pkg.names()) {
                if (before.contains(n) && !after.contains(n) && !out.containsKey(n) && !n.endsWith(".rels")) {
                    out.put(n, null);
                }
            }
        }
        return out;
    }

    /** @return the parts reachable from the package's relationships without passing through the given ones */
    private static Set<String> reachable(OoxmlPackage pkg, Map<String, String> byLower, Set<String> cut) throws EngineException {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add("");
        while (!todo.isEmpty()) {
            String source = todo.poll();
            String rels = byLower.get((source.isEmpty() ? "_rels/.rels" : OoxmlPackage.relsOf(source)).toLowerCase(Locale.ROOT));
            if (rels == null) {
                continue;
            }
            for (Element r : relationships(pkg, rels)) {
                String target = OoxmlPackage.target(rels, r);
                String part = target == null ? null : byLower.get(target.toLowerCase(Locale.ROOT));
                if (part != null && !cut.contains(part) && seen.add(part)) {
                    todo.add(part);
                }
            }
        }
        return seen;
    }

    private static Iterable<Element> relationships(OoxmlPackage pkg, String rels) {
        try {
            return OoxmlPackage.children(pkg.xml(rels).getDocumentElement(), "Relationship");
        } catch (EngineException e) {
            return java.util.List.of(); // not XML: refused when read as such
        }
    }
}
