package vn.motcua.design.lint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML into a namespace-aware DOM whose elements remember the line and column of their start tag
 * (where SAX reports it: the end of the tag), so that a problem can point designers to the place in the
 * file (DOM parsers forget positions).
 */
final class LocatedXml {

    private static final String LINE = "motcua.line";
    private static final String COLUMN = "motcua.column";

    private LocatedXml() {
    }

    /**
     * A SAX parser and a DOM builder per thread, made once: looking the factories up and configuring a parser
     * for each file cost about as much as reading it (a generated province holds thousands of files).
     */
    private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(LocatedXml::newParser);
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(LocatedXml::newBuilder);

    /** Parses the bytes; a malformed document fails with the parser's position. */
    static Document parse(byte[] xml) throws SAXException, IOException {
        Document document = BUILDER.get().newDocument();
        SAXParser parser = PARSER.get();
        try {
            parser.parse(new ByteArrayInputStream(xml), new Builder(document));
        } finally {
            parser.reset();
        }
        return document;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer value ? value : 0;
    }

    static int column(Node node) {
        Object column = node.getUserData(COLUMN);
        return column instanceof Integer value ? value : 0;
    }

    /** Builds the DOM from SAX events, recording each element's start position. */
    private static final class Builder extends DefaultHandler {

        private final Document document;
        private Node current;
        private Locator locator;
        private final StringBuilder text = new StringBuilder();

        Builder(Document document) {
            this.document = document;
            this.current = document;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attributeUri = attributes.getURI(i);
                element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri, attributes.getQName(i),
                        attributes.getValue(i));
            }
            if (locator != null) {
                element.setUserData(LINE, locator.getLineNumber(), null);
                element.setUserData(COLUMN, locator.getColumnNumber(), null);
            }
            current.appendChild(element);
            current = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (!text.isEmpty() && current != document) {
                current.appendChild(document.createTextNode(text.toString()));
            }
            text.setLength(0);
        }
    }
}
