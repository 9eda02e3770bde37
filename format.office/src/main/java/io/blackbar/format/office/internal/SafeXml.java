package io.blackbar.format.office.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import io.blackbar.engine.api.EngineException;

/**
 * XML parsing with DTDs refused (no external entities, no entity expansion bombs) and writing back.
 * Office packages never carry a DOCTYPE, so refusing it costs nothing.
 */
final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory(false);
    /**
     * For SVG pictures, which may declare a DOCTYPE (Illustrator declares its namespaces as entities of the internal
     * subset): no external DTD or entity is read, and the expansion of internal ones is capped far below a bomb's.
     */
    private static final DocumentBuilderFactory WITH_DOCTYPE = factory(true);
    /** Entity references expanded in one SVG, at most (Illustrator's files use a few dozen). */
    private static final String MAX_EXPANSIONS = "2000";
    /** Elements nested in one SVG, at most. */
    private static final String MAX_PICTURE_DEPTH = "256";
    /** Elements nested in one part, at most. */
    private static final String MAX_DEPTH = "1000";
    /** Characters all entities expand to in one SVG, at most. */
    private static final String MAX_EXPANDED = "1000000";

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory(boolean doctype) {
        // the JDK's own parser, whatever a framework's class loaders would find: the limits below are its properties
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setCoalescing(true);
        f.setExpandEntityReferences(doctype);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        if (doctype) {
            // the JDK parser's own limits (jdk.xml.entityExpansionLimit, jdk.xml.totalEntitySizeLimit), set lower
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", MAX_EXPANSIONS);
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", MAX_EXPANDED);
        }
        // nested deeper than this is no document (a hundred nested tables are some 500 deep): refused by the parser before a
        // walk of it, or the writer, could overflow the stack (20,000 levels did, an Error no handler answered)
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", doctype ? MAX_PICTURE_DEPTH : MAX_DEPTH);
        return f;
    }

    /**
     * @param data the bytes of one part
     * @param part its name, for the message
     * @return the parsed document
     * @throws EngineException 422 for a DOCTYPE (external entities) or malformed XML
     */
    static Document parse(byte[] data, String part) throws EngineException {
        return parse(FACTORY, data);
    }

    /**
     * @param data an SVG picture's bytes
     * @return the parsed document, a DOCTYPE's internal entities expanded (none read from outside, at most
     *     {@value #MAX_EXPANSIONS} expansions)
     * @throws EngineException 422 for malformed XML, an entity from outside or too many expansions
     */
    static Document parseWithDoctype(byte[] data) throws EngineException {
        Document doc = parse(WITH_DOCTYPE, data);
        org.w3c.dom.DocumentType type = doc.getDoctype();
        String subset = type == null || type.getInternalSubset() == null ? "" : type.getInternalSubset();
        // entities only: a default attribute (ATTLIST) is copied onto every element it names, past every expansion
        // limit (7.8 KB of them wrote out of 1 GB of heap), and one removed comes back; parameter entities, element and
        // notation declarations have no place in a picture
        for (String refused : new String[] {"<!ATTLIST", "<!ELEMENT", "<!NOTATION", "%"}) {
            if (subset.contains(refused)) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The picture declares more than entities.");
            }
        }
        return doc;
    }

    private static Document parse(DocumentBuilderFactory factory, byte[] data) throws EngineException {
        try {
            DocumentBuilder b = factory.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(data));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("maxElementDepth")) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document nests its elements too deep.", e);
            }
            if (m.contains("DOCTYPE")) {
                throw new EngineException(EngineException.Reason.UNPROCESSABLE,
                        "The document declares XML entities (a DOCTYPE), which are refused.", e);
            }
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document is malformed (a part is not well-formed XML).", e);
        } catch (IOException | ParserConfigurationException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "The document is malformed.", e);
        }
    }

    /**
     * @param doc a document
     * @return it as UTF-8 bytes with an XML declaration
     * @throws EngineException when it cannot be written
     */
    static byte[] write(Document doc) throws EngineException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "yes");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new EngineException(EngineException.Reason.UNPROCESSABLE, "A document part could not be written.", e);
        }
    }
}
