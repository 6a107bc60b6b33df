package org.rapport.transcript;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rapport.model.session.Transcript;

/**
 * Reads ELAN EAF. Each top-level tier (one without PARENT_REF) is a speaker, named by its PARTICIPANT attribute or
 * else its TIER_ID; its time-aligned annotations are the utterances, sorted by start time. Time slots without a value
 * are interpolated linearly between the nearest valued slots in TIME_ORDER. DOCTYPE declarations are refused, so no
 * external entity is ever resolved (XXE).
 */
final class EafReader {
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    /** Configured once: making a factory looks up services, and a configured factory is safe to share. */
    private static final XMLInputFactory FACTORY = secureFactory();

    private EafReader() {
    }

    /** An annotation before its time slots are resolved. */
    private record Annotation(int line, String speaker, String slot1, String slot2, String value) {
    }

    /** Reads EAF from raw bytes, honouring an XML encoding declaration other than UTF-8. */
    static Transcript read(String name, byte[] content) {
        SourceText.checkSize(name, content.length);
        String declared = declaredEncoding(content);
        if (declared == null || declared.equalsIgnoreCase("UTF-8") || declared.equalsIgnoreCase("UTF8")) {
            SourceText source = SourceText.decode(name, content);
            return read(source, factory -> factory.createXMLStreamReader(new StringReader(source.text())));
        }
        return read(SourceText.nameOnly(name), factory -> factory.createXMLStreamReader(
                new ByteArrayInputStream(content)));
    }

    @FunctionalInterface
    private interface Opener {
        XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException;
    }

    private static Transcript read(SourceText source, Opener opener) {
        Map<String, Long> slotValues = new HashMap<>();
        List<String> slotOrder = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = opener.open(FACTORY);
            String speaker = null;
            boolean topLevelTier = false;
            boolean sawRoot = false;
            int annotationLine = 0;
            String slot1 = null;
            String slot2 = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw source.error(xml.getLocation().getLineNumber(),
                            "DOCTYPE declarations are not allowed in EAF files (they could read other files)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String el = xml.getLocalName();
                    int line = xml.getLocation().getLineNumber();
                    if (!sawRoot) {
                        if (!el.equals("ANNOTATION_DOCUMENT")) {
                            throw source.error(line, "not an ELAN EAF file: the root element is <" + el
                                    + ">, not <ANNOTATION_DOCUMENT>");
                        }
                        sawRoot = true;
                    }
                    switch (el) {
                        case "TIME_SLOT" -> {
                            String id = required(source, xml, "TIME_SLOT_ID");
                            String value = xml.getAttributeValue(null, "TIME_VALUE");
                            slotOrder.add(id);
                            slotValues.put(id, value == null || value.isBlank() ? null : timeValue(source, line, value));
                        }
                        case "TIER" -> {
                            String participant = xml.getAttributeValue(null, "PARTICIPANT");
                            speaker = participant != null && !participant.isBlank() ? participant.trim()
                                    : required(source, xml, "TIER_ID").trim();
                            String parent = xml.getAttributeValue(null, "PARENT_REF");
                            topLevelTier = parent == null || parent.isBlank();
                        }
                        case "ALIGNABLE_ANNOTATION" -> {
                            annotationLine = line;
                            slot1 = required(source, xml, "TIME_SLOT_REF1");
                            slot2 = required(source, xml, "TIME_SLOT_REF2");
                        }
                        case "ANNOTATION_VALUE" -> {
                            String value = xml.getElementText();
                            if (topLevelTier && slot1 != null) {
                                annotations.add(new Annotation(annotationLine, speaker, slot1, slot2, value));
                            }
                            slot1 = null;
                        }
                        default -> { }
                    }
                }
            }
            if (!sawRoot) throw source.error(null, "not an ELAN EAF file: no <ANNOTATION_DOCUMENT> element");
        } catch (XMLStreamException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNumber();
            throw source.error(line != null && line > 0 ? line : null, "malformed EAF (XML): " + xmlProblem(e)
                    + " (truncated file?)");
        } finally {
            close(xml);
        }
        Map<String, Long> times = interpolate(slotOrder, slotValues);
        return toTranscript(source, annotations, times);
    }

    private static Transcript toTranscript(SourceText source, List<Annotation> annotations, Map<String, Long> times) {
        record Timed(Annotation a, long start, long end) {
        }
        List<Timed> timed = new ArrayList<>();
        for (Annotation a : annotations) {
            Long start = times.get(a.slot1());
            Long end = times.get(a.slot2());
            if (start == null || end == null) {
                throw source.error(a.line(), "annotation refers to time slot '"
                        + (start == null ? a.slot1() : a.slot2()) + "', which TIME_ORDER does not define");
            }
            timed.add(new Timed(a, start, end));
        }
        // tiers are stored one after another: file order is tier order, so utterances are put in time order
        timed.sort(Comparator.comparingLong(Timed::start).thenComparingLong(Timed::end));
        TimelineBuilder timeline = new TimelineBuilder(source);
        for (Timed t : timed) {
            timeline.add(t.a().line(), t.start(), t.end(), t.a().speaker(), CueText.join(List.of(t.a().value())));
        }
        return timeline.build();
    }

    /** Slot times; a slot without a value lies evenly between its nearest valued neighbours in TIME_ORDER. */
    static Map<String, Long> interpolate(List<String> order, Map<String, Long> values) {
        Map<String, Long> times = new HashMap<>();
        int previous = -1;
        long previousTime = 0;
        for (int i = 0; i < order.size(); i++) {
            Long v = values.get(order.get(i));
            if (v == null) continue;
            fill(order, times, previous, previousTime, i, v);
            times.put(order.get(i), v);
            previous = i;
            previousTime = v;
        }
        fill(order, times, previous, previousTime, order.size(), previousTime);
        return times;
    }

    private static void fill(List<String> order, Map<String, Long> times, int from, long fromTime, int to, long toTime) {
        for (int k = from + 1; k < to; k++) {
            times.put(order.get(k), fromTime + Math.round((toTime - fromTime) * (double) (k - from) / (to - from)));
        }
    }

    private static long timeValue(SourceText source, int line, String value) {
        try {
            long v = Long.parseLong(value.trim());
            if (v < 0) throw source.error(line, "negative time value " + v);
            return v;
        } catch (NumberFormatException e) {
            throw source.error(line, "TIME_VALUE '" + value + "' is not a whole number of milliseconds");
        }
    }

    private static String required(SourceText source, XMLStreamReader xml, String attribute) {
        String v = xml.getAttributeValue(null, attribute);
        if (v == null) {
            throw source.error(xml.getLocation().getLineNumber(), "<" + xml.getLocalName() + "> has no " + attribute);
        }
        return v;
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static String declaredEncoding(byte[] content) {
        int start = SourceText.hasBom(content) ? 3 : 0;
        String head = new String(content, start, Math.min(200, content.length - start), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    private static String xmlProblem(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).trim();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) return;
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing was written; closing a reader cannot lose data
        }
    }
}
