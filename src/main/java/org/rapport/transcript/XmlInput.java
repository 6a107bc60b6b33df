package org.rapport.transcript;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens an XML transcript (EAF, Transcriber) safely: DTDs are never processed and no external entity is resolved, so
 * reading a file never reads another file or URL (XXE). Text is decoded as the byte-order mark, the caller's encoding
 * or the XML declaration says, else as strict UTF-8.
 */
final class XmlInput {
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    /** Configured once: making a factory looks up services, and a configured factory is safe to share. */
    private static final XMLInputFactory FACTORY = secureFactory();

    private final SourceText source;
    private final byte[] bytes;

    private XmlInput(SourceText source, byte[] bytes) {
        this.source = source;
        this.bytes = bytes;
    }

    /**
     * @param encoding the encoding of a file without byte-order mark, or null to take the XML declaration's
     */
    static XmlInput of(String name, byte[] content, Charset encoding) {
        SourceText.checkSize(name, content.length);
        String declared = declaredEncoding(content);
        boolean utf8 = declared == null || declared.equals("UTF-8") || declared.equals("UTF8");
        if (encoding != null || SourceText.hasBom(content) || utf8) {
            return new XmlInput(SourceText.decode(name, content, encoding), null);
        }
        return new XmlInput(SourceText.nameOnly(name), content); // the parser decodes as declared
    }

    /** The source to name errors by (its text is empty when the parser decodes the bytes itself). */
    SourceText source() {
        return source;
    }

    XMLStreamReader open() throws XMLStreamException {
        return bytes != null ? FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes))
                : FACTORY.createXMLStreamReader(new StringReader(source.text()));
    }

    /** A parser over bytes that declare their own encoding (the parts of a .docx). */
    static XMLStreamReader open(java.io.InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The line of a parse error, or null when the parser does not know it. */
    static Integer line(XMLStreamException e) {
        Integer line = e.getLocation() == null ? null : e.getLocation().getLineNumber();
        return line != null && line > 0 ? line : null;
    }

    /** The parser's message without its "ParseError at [row,col]" preamble. */
    static String problem(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).trim();
    }

    static void close(XMLStreamReader xml) {
        if (xml == null) return;
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing was written; closing a reader cannot lose data
        }
    }

    private static String declaredEncoding(byte[] content) {
        int start = SourceText.Bom.of(content).length;
        String head = new String(content, start, Math.min(200, content.length - start), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }
}
