package org.rapport.transcript;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rapport.model.Limits;

/**
 * An ELAN EAF file as ELAN structures it: tiers (with their participant, parent tier and linguistic type), their
 * annotations (time-aligned, or referring to an annotation of the parent tier), linguistic types with their
 * constraint and controlled vocabulary, controlled vocabularies and the linked media. Read with the JDK's StAX
 * parser; a DOCTYPE is refused, so no entity is ever expanded and no other file or URL is read (XXE). Problems are
 * collected, so every problem of the file is listed at once.
 */
public final class EafFile {
    /** A tier in file order. */
    public record Tier(String id, String participant, String parent, String linguisticType, int line,
                       List<Annotation> annotations) {
        /** The participant, or null when the tier names none. */
        public String participantOrNull() {
            return participant == null || participant.isBlank() ? null : participant.trim();
        }
    }

    /**
     * An annotation with its times resolved: a time-aligned one from its time slots, one referring to an annotation
     * of the parent tier from that annotation.
     *
     * @param parent the id of the annotation it refers to, or null for a time-aligned annotation
     */
    public record Annotation(String id, int line, long startMs, long endMs, String value, String parent) {
    }

    /** A linguistic type: whether its annotations are time-aligned, how they depend on the parent, its vocabulary. */
    public record LinguisticType(String id, boolean timeAlignable, String constraint, String vocabulary) {
    }

    /** An annotation before its times are resolved. */
    private record Raw(String id, int line, String slot1, String slot2, String ref, String cveRef, String value) {
    }

    private final SourceText source;
    private final Problems problems;
    private final List<Tier> tiers = new ArrayList<>();
    private final Map<String, LinguisticType> types = new HashMap<>();
    private final Map<String, Map<String, String>> vocabularies = new HashMap<>(); // CV_ID -> CVE_ID -> value
    private final List<String> media = new ArrayList<>();
    private int clamped;

    private EafFile(SourceText source) {
        this.source = source;
        this.problems = new Problems(source.name());
    }

    /**
     * Reads an EAF file, or throws every problem it has.
     *
     * @param encoding   the encoding of a file without byte-order mark or declaration, or null
     * @param clampTimes set negative time values to 0 rather than refusing them
     */
    public static EafFile read(String name, byte[] content, Charset encoding, boolean clampTimes) {
        EafFile file = parse(name, content, encoding, clampTimes);
        file.problems.throwIfAny();
        return file;
    }

    /**
     * Reads an EAF file, keeping the problems found for the caller to add its own to (a malformed file still throws).
     * A negative time value is kept as it is, so its annotations can be left out: it is a problem already.
     */
    static EafFile parse(String name, byte[] content, Charset encoding, boolean clampTimes) {
        XmlInput input = XmlInput.of(name, content, encoding);
        EafFile file = new EafFile(input.source());
        file.parse(input, clampTimes);
        return file;
    }

    Problems problems() {
        return problems;
    }

    public String name() {
        return source.name();
    }

    SourceText source() {
        return source;
    }

    public List<Tier> tiers() {
        return tiers;
    }

    /** The linguistic type of a tier, or a time-alignable type without vocabulary when the file does not define it. */
    public LinguisticType type(Tier tier) {
        LinguisticType t = types.get(tier.linguisticType());
        return t != null ? t : new LinguisticType(tier.linguisticType(), tier.parent() == null, null, null);
    }

    /** The tiers whose parent is the given tier, in file order. */
    public List<Tier> children(Tier tier) {
        return tiers.stream().filter(t -> tier.id().equals(t.parent())).toList();
    }

    /** The value of an entry of a controlled vocabulary, or null. */
    public String vocabularyValue(String vocabulary, String entry) {
        Map<String, String> entries = vocabularies.get(vocabulary);
        return entries == null ? null : entries.get(entry);
    }

    /** The MEDIA_URL of each linked recording. */
    public List<String> media() {
        return media;
    }

    /** How many negative time values were set to 0. */
    public int clamped() {
        return clamped;
    }

    private void parse(XmlInput input, boolean clampTimes) {
        Map<String, Long> slotValues = new HashMap<>();
        List<String> slotOrder = new ArrayList<>();
        Map<String, List<Raw>> raw = new LinkedHashMap<>(); // tier id -> annotations
        List<Tier> declared = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = input.open();
            boolean sawRoot = false;
            List<Raw> tierAnnotations = null;
            String vocabulary = null;
            String entry = null;
            Raw pending = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw problems.fatal(xml.getLocation().getLineNumber(),
                            "DOCTYPE declarations are not allowed in EAF files (they could read other files)");
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String el = xml.getLocalName();
                int line = xml.getLocation().getLineNumber();
                if (!sawRoot) {
                    if (!el.equals("ANNOTATION_DOCUMENT")) {
                        throw problems.fatal(line, "not an ELAN EAF file: the root element is <" + el
                                + ">, not <ANNOTATION_DOCUMENT>");
                    }
                    sawRoot = true;
                }
                switch (el) {
                    case "MEDIA_DESCRIPTOR" -> {
                        String url = xml.getAttributeValue(null, "MEDIA_URL");
                        if (url != null && !url.isBlank()) media.add(url.trim());
                    }
                    case "TIME_SLOT" -> {
                        String id = required(xml, "TIME_SLOT_ID", line);
                        if (id == null) continue;
                        String value = xml.getAttributeValue(null, "TIME_VALUE");
                        slotOrder.add(id);
                        slotValues.put(id, value == null || value.isBlank() ? null : timeValue(line, value, clampTimes));
                    }
                    case "TIER" -> {
                        String id = required(xml, "TIER_ID", line);
                        tierAnnotations = new ArrayList<>();
                        if (id == null) continue;
                        String parent = xml.getAttributeValue(null, "PARENT_REF");
                        declared.add(new Tier(id.trim(), xml.getAttributeValue(null, "PARTICIPANT"),
                                parent == null || parent.isBlank() ? null : parent.trim(),
                                xml.getAttributeValue(null, "LINGUISTIC_TYPE_REF"), line, List.of()));
                        raw.put(id.trim(), tierAnnotations);
                    }
                    case "ALIGNABLE_ANNOTATION" -> {
                        String s1 = required(xml, "TIME_SLOT_REF1", line);
                        String s2 = required(xml, "TIME_SLOT_REF2", line);
                        pending = s1 == null || s2 == null ? null : new Raw(xml.getAttributeValue(null, "ANNOTATION_ID"),
                                line, s1, s2, null, xml.getAttributeValue(null, "CVE_REF"), null);
                    }
                    case "REF_ANNOTATION" -> {
                        String ref = required(xml, "ANNOTATION_REF", line);
                        pending = ref == null ? null : new Raw(xml.getAttributeValue(null, "ANNOTATION_ID"), line,
                                null, null, ref, xml.getAttributeValue(null, "CVE_REF"), null);
                    }
                    case "ANNOTATION_VALUE" -> {
                        String value = xml.getElementText();
                        if (pending != null && tierAnnotations != null) {
                            tierAnnotations.add(new Raw(pending.id(), pending.line(), pending.slot1(), pending.slot2(),
                                    pending.ref(), pending.cveRef(), value));
                        }
                        pending = null;
                    }
                    case "LINGUISTIC_TYPE" -> {
                        String id = xml.getAttributeValue(null, "LINGUISTIC_TYPE_ID");
                        if (id != null) {
                            types.put(id, new LinguisticType(id,
                                    !"false".equalsIgnoreCase(xml.getAttributeValue(null, "TIME_ALIGNABLE")),
                                    xml.getAttributeValue(null, "CONSTRAINTS"),
                                    xml.getAttributeValue(null, "CONTROLLED_VOCABULARY_REF")));
                        }
                    }
                    case "CONTROLLED_VOCABULARY" -> {
                        vocabulary = xml.getAttributeValue(null, "CV_ID");
                        if (vocabulary != null) vocabularies.putIfAbsent(vocabulary, new HashMap<>());
                    }
                    case "CV_ENTRY_ML" -> entry = xml.getAttributeValue(null, "CVE_ID");
                    case "CVE_VALUE" -> addEntry(vocabulary, entry, xml.getElementText());
                    case "CV_ENTRY" -> addEntry(vocabulary, xml.getAttributeValue(null, "CVE_ID"), xml.getElementText());
                    default -> { }
                }
            }
            if (!sawRoot) throw problems.fatal(null, "not an ELAN EAF file: no <ANNOTATION_DOCUMENT> element");
        } catch (XMLStreamException e) {
            throw problems.fatal(XmlInput.line(e), "malformed EAF (XML): " + XmlInput.problem(e) + " (truncated file?)");
        } finally {
            XmlInput.close(xml);
        }
        resolve(declared, raw, interpolate(slotOrder, slotValues));
    }

    private void addEntry(String vocabulary, String entry, String value) {
        if (vocabulary == null || entry == null) return;
        vocabularies.get(vocabulary).putIfAbsent(entry, value.trim());
    }

    /** Gives every annotation its times: from its slots, or from the annotation it refers to. */
    private void resolve(List<Tier> declared, Map<String, List<Raw>> raw, Map<String, Long> times) {
        Map<String, Raw> byId = new HashMap<>();
        for (List<Raw> list : raw.values()) for (Raw r : list) if (r.id() != null) byId.put(r.id(), r);
        Map<String, long[]> resolved = new HashMap<>();
        for (Tier t : declared) {
            List<Annotation> annotations = new ArrayList<>();
            for (Raw r : raw.get(t.id())) {
                long[] span = span(r, byId, times, resolved, 0);
                if (span == null) continue;
                String value = r.value();
                if (value.isBlank() && r.cveRef() != null) value = valueOfEntry(t, r.cveRef(), value);
                annotations.add(new Annotation(r.id(), r.line(), span[0], span[1], value, r.ref()));
            }
            tiers.add(new Tier(t.id(), t.participant(), t.parent(), t.linguisticType(), t.line(), List.copyOf(annotations)));
        }
    }

    private String valueOfEntry(Tier t, String entry, String fallback) {
        LinguisticType type = types.get(t.linguisticType());
        String v = type == null || type.vocabulary() == null ? null : vocabularyValue(type.vocabulary(), entry);
        return v == null ? fallback : v;
    }

    private long[] span(Raw r, Map<String, Raw> byId, Map<String, Long> times, Map<String, long[]> resolved, int depth) {
        if (r.id() != null && resolved.containsKey(r.id())) return resolved.get(r.id());
        long[] span;
        if (r.ref() == null) {
            Long start = times.get(r.slot1());
            Long end = times.get(r.slot2());
            if (start == null || end == null) {
                problems.add(r.line(), "annotation refers to time slot '" + (start == null ? r.slot1() : r.slot2())
                        + "', which TIME_ORDER does not define");
                return null;
            }
            span = new long[] {start, end};
        } else {
            Raw target = byId.get(r.ref());
            if (target == null || depth > 100) {
                problems.add(r.line(), "annotation refers to annotation '" + r.ref() + "', which the file "
                        + (target == null ? "does not define" : "reaches only through a cycle"));
                return null;
            }
            span = span(target, byId, times, resolved, depth + 1);
            if (span == null) return null;
        }
        if (r.id() != null) resolved.put(r.id(), span);
        return span;
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

    private Long timeValue(int line, String value, boolean clampTimes) {
        try {
            long v = Long.parseLong(value.trim());
            String late = Limits.timeProblem("TIME_VALUE " + v + " ms", Math.max(0, v));
            if (late != null) {
                problems.add(line, late);
                return null;
            }
            if (v >= 0) return v;
            if (clampTimes) {
                clamped++;
                return 0L;
            }
            problems.add(line, "negative time value " + v + "; --clamp-times sets negative times to 0");
            return v;
        } catch (NumberFormatException e) {
            problems.add(line, "TIME_VALUE '" + Limits.abbreviated(value) + "' is not a whole number of milliseconds"
                    + (value.trim().matches("\\d{19,}") ? " that fits in a session" : ""));
        }
        return null;
    }

    private String required(XMLStreamReader xml, String attribute, int line) {
        String v = xml.getAttributeValue(null, attribute);
        if (v == null) problems.add(line, "<" + xml.getLocalName() + "> has no " + attribute);
        return v;
    }

    /** A tier's name in lower case, split into its words ("SectionMarker", "code_num" ...), for the rules. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) return words;
        for (String part : name.split("[^\\p{L}]+")) {
            for (String w : part.split("(?<=\\p{Ll})(?=\\p{Lu})")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
