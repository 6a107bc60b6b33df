package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds an ELAN EAF 3.0 document: HEADER (milliseconds, optional media descriptor), TIME_ORDER, one TIER per named
 * tier, one time-alignable LINGUISTIC_TYPE and the four CONSTRAINT elements ELAN itself writes. A tier cannot hold
 * overlapping annotations in ELAN, so overlapping ones go to extra tiers named "name (2)", "name (3)" ... with the
 * same participant.
 */
public final class EafDocument {
    static final String LINGUISTIC_TYPE = "default-lt";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final String[][] CONSTRAINTS = {
        {"Time_Subdivision", "Time subdivision of parent annotation's time interval, no time gaps allowed within this interval"},
        {"Symbolic_Subdivision", "Symbolic subdivision of a parent annotation. Annotations refering to the same parent are ordered"},
        {"Symbolic_Association", "1-1 association with a parent annotation"},
        {"Included_In", "Time alignable annotations within the parent annotation's time interval, gaps are allowed"},
    };

    private record Annotation(long start, long end, String value) {
    }

    private record Tier(String participant, List<Annotation> annotations) {
    }

    private final Map<String, Tier> tiers = new LinkedHashMap<>();
    private final Path media;
    private final Path output;

    /**
     * @param media  the recording to link, or null
     * @param output where the document will be saved, for the media's relative path; null when it has no path
     */
    public EafDocument(Path media, Path output) {
        this.media = media;
        this.output = output;
    }

    /** Declares a tier, so tiers appear in the order declared even before (or without) annotations. */
    void tier(String tierId, String participant) {
        tiers.computeIfAbsent(tierId, id -> new Tier(participant, new ArrayList<>()));
    }

    public void annotate(String tierId, String participant, long startMs, long endMs, String value) {
        tier(tierId, participant);
        tiers.get(tierId).annotations().add(new Annotation(startMs, endMs, value));
    }

    public void write(OutputStream out) throws IOException {
        Document doc = newDocument();
        Element root = doc.createElement("ANNOTATION_DOCUMENT");
        doc.appendChild(root);
        root.setAttribute("AUTHOR", "");
        root.setAttribute("DATE", DATE.format(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        root.setAttribute("FORMAT", "3.0");
        root.setAttribute("VERSION", "3.0");
        root.setAttribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        root.setAttribute("xsi:noNamespaceSchemaLocation", "http://www.mpi.nl/tools/elan/EAFv3.0.xsd");

        Element header = child(root, "HEADER");
        header.setAttribute("MEDIA_FILE", "");
        header.setAttribute("TIME_UNITS", "milliseconds");
        if (media != null) header.appendChild(mediaDescriptor(doc));
        Element timeOrder = child(root, "TIME_ORDER");

        List<Element> tierElements = new ArrayList<>();
        List<long[]> slots = new ArrayList<>(); // {time, tier element index, annotation element index, which end}
        List<Element> annotationElements = new ArrayList<>();
        int annotationId = 0;
        for (Map.Entry<String, Tier> entry : tiers.entrySet()) {
            List<List<Annotation>> lanes = lanes(entry.getValue().annotations());
            for (int lane = 0; lane < Math.max(1, lanes.size()); lane++) {
                Element tier = doc.createElement("TIER");
                tier.setAttribute("LINGUISTIC_TYPE_REF", LINGUISTIC_TYPE);
                tier.setAttribute("PARTICIPANT", clean(entry.getValue().participant()));
                tier.setAttribute("TIER_ID", clean(entry.getKey()) + (lane == 0 ? "" : " (" + (lane + 1) + ")"));
                tierElements.add(tier);
                for (Annotation a : lane < lanes.size() ? lanes.get(lane) : List.<Annotation>of()) {
                    Element alignable = doc.createElement("ALIGNABLE_ANNOTATION");
                    alignable.setAttribute("ANNOTATION_ID", "a" + ++annotationId);
                    child(alignable, "ANNOTATION_VALUE").setTextContent(clean(a.value()));
                    child(tier, "ANNOTATION").appendChild(alignable);
                    slots.add(new long[] {a.start(), annotationElements.size(), 1});
                    slots.add(new long[] {a.end(), annotationElements.size(), 2});
                    annotationElements.add(alignable);
                }
            }
        }
        slots.sort(Comparator.comparingLong((long[] s) -> s[0]));
        for (int i = 0; i < slots.size(); i++) {
            String id = "ts" + (i + 1);
            Element slot = child(timeOrder, "TIME_SLOT");
            slot.setAttribute("TIME_SLOT_ID", id);
            slot.setAttribute("TIME_VALUE", Long.toString(slots.get(i)[0]));
            annotationElements.get((int) slots.get(i)[1]).setAttribute("TIME_SLOT_REF" + slots.get(i)[2], id);
        }
        Element lastId = doc.createElement("PROPERTY");
        lastId.setAttribute("NAME", "lastUsedAnnotationId");
        lastId.setTextContent(Integer.toString(annotationId));
        header.appendChild(lastId);

        tierElements.forEach(root::appendChild);
        Element type = child(root, "LINGUISTIC_TYPE");
        type.setAttribute("GRAPHIC_REFERENCES", "false");
        type.setAttribute("LINGUISTIC_TYPE_ID", LINGUISTIC_TYPE);
        type.setAttribute("TIME_ALIGNABLE", "true");
        for (String[] c : CONSTRAINTS) {
            Element constraint = child(root, "CONSTRAINT");
            constraint.setAttribute("DESCRIPTION", c[1]);
            constraint.setAttribute("STEREOTYPE", c[0]);
        }
        serialise(doc, out);
    }

    /** Splits a tier's annotations, in time order, into as few non-overlapping lanes as possible. */
    private static List<List<Annotation>> lanes(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(Comparator.comparingLong(Annotation::start).thenComparingLong(Annotation::end));
        List<List<Annotation>> lanes = new ArrayList<>();
        for (Annotation a : sorted) {
            List<Annotation> free = null;
            for (List<Annotation> lane : lanes) {
                if (lane.get(lane.size() - 1).end() <= a.start()) {
                    free = lane;
                    break;
                }
            }
            if (free == null) lanes.add(free = new ArrayList<>());
            free.add(a);
        }
        return lanes;
    }

    private Element mediaDescriptor(Document doc) {
        Element descriptor = doc.createElement("MEDIA_DESCRIPTOR");
        Path absolute = media.toAbsolutePath().normalize();
        descriptor.setAttribute("MEDIA_URL", absolute.toUri().toString());
        descriptor.setAttribute("MIME_TYPE", mimeType(absolute));
        if (output == null) return descriptor;
        try {
            Path folder = output.toAbsolutePath().normalize().getParent();
            descriptor.setAttribute("RELATIVE_MEDIA_URL", "./" + folder.relativize(absolute).toString().replace('\\', '/'));
        } catch (IllegalArgumentException e) {
            // on another drive: ELAN then uses the absolute MEDIA_URL alone
        }
        return descriptor;
    }

    static String mimeType(Path media) {
        String name = media.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "wav" -> "audio/x-wav";
            case "mp3" -> "audio/mpeg";
            case "m4a", "aac" -> "audio/mp4";
            case "ogg", "oga" -> "audio/ogg";
            case "mp4", "m4v" -> "video/mp4";
            case "mpg", "mpeg" -> "video/mpeg";
            case "mov" -> "video/quicktime";
            case "avi" -> "video/x-msvideo";
            case "webm" -> "video/webm";
            default -> "unknown";
        };
    }

    /** Removes characters XML 1.0 cannot hold (control characters other than tab and line ends). */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') sb.append(c);
        }
        return sb.toString();
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = factory.newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
    }

    private static void serialise(Document doc, OutputStream out) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("could not write EAF: " + e.getMessage(), e);
        }
    }
}
