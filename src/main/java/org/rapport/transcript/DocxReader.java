package org.rapport.transcript;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rapport.model.BadInputException;

/**
 * Reads the text of a Word document (.docx): the paragraphs of {@code word/document.xml}, read with the JDK's zip
 * and StAX support (docs/decisions/0008-transcripts-as-labs-have-them.md). A line break inside a paragraph starts a
 * new line, a tab is a space; deleted text of tracked changes and field codes are left out. The lines then read as a
 * plain-text transcript (time stamps, Zoom or Otter turns).
 */
final class DocxReader {
    private static final String DOCUMENT = "word/document.xml";

    private DocxReader() {
    }

    /** The document's text, one line per paragraph or line break. */
    static SourceText text(String name, byte[] content) {
        SourceText.checkSize(name, content.length);
        byte[] xml = documentXml(name, content);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        XMLStreamReader reader = null;
        try {
            reader = XmlInput.open(new ByteArrayInputStream(xml));
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadInputException(name, null, "the document declares a DOCTYPE, which Word never"
                            + " writes; refused (it could read other files)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> line.append(' ');
                        case "br", "cr" -> {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (reader.getLocalName().equals("t")) inText = false;
                    if (reader.getLocalName().equals("p")) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    line.append(reader.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new BadInputException(name, null, "not a readable Word document: " + DOCUMENT + " is malformed ("
                    + e.getMessage() + ")");
        } finally {
            XmlInput.close(reader);
        }
        if (line.length() > 0) lines.add(line.toString());
        return SourceText.of(name, String.join("\n", lines));
    }

    private static byte[] documentXml(String name, byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            boolean anyEntry = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                anyEntry = true;
                if (e.getName().equals(DOCUMENT)) return readLimited(name, zip);
            }
            throw new BadInputException(name, null, anyEntry ? "not a Word document: it has no " + DOCUMENT
                    : "not a Word document (.docx is a zip file; this is not one)");
        } catch (IOException e) {
            throw new BadInputException(name, null, "not a readable Word document: " + e.getMessage());
        }
    }

    /** The entry's bytes, refusing more than the size limit (a zip can expand far beyond its own size). */
    private static byte[] readLimited(String name, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            SourceText.checkSize(name, out.size());
        }
        return out.toByteArray();
    }

}
