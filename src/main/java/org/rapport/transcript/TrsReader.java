package org.rapport.transcript;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rapport.model.session.Transcript;

/**
 * Reads Transcriber (.trs) files: {@code <Speakers>} name the speakers; each {@code <Turn speaker="spk1"
 * startTime="0" endTime="5.2">} holds text cut by {@code <Sync time="2.1"/>} marks, and each stretch between two
 * marks (or the turn's ends) is an utterance. A turn of two speakers ({@code speaker="spk1 spk2"}) marks whose words
 * follow with {@code <Who nb="1"/>}; each gets the stretch's times. Events, comments and background marks are not
 * words and are left out. Transcriber's DOCTYPE line is allowed but never read (no file or URL is opened).
 */
final class TrsReader {
    private TrsReader() {
    }

    /** The utterances of the stretch being read: one text per speaker of the turn. */
    private static final class Stretch {
        String[] speakers = new String[0];
        StringBuilder[] texts = new StringBuilder[0];
        int who;
        long start;
        int line;

        void startTurn(String speakerAttribute, long turnStart, int atLine) {
            speakers = speakerAttribute == null || speakerAttribute.isBlank() ? new String[] {null}
                    : speakerAttribute.trim().split("\\s+");
            texts = new StringBuilder[speakers.length];
            for (int i = 0; i < texts.length; i++) texts[i] = new StringBuilder();
            who = 0;
            start = turnStart;
            line = atLine;
        }

        void flush(TimelineBuilder timeline, Map<String, String> names, long end) {
            for (int i = 0; i < texts.length; i++) {
                String text = CueText.collapseSpaces(texts[i].toString());
                if (!text.isEmpty()) {
                    String speaker = speakers[i] == null ? CueText.UNKNOWN_SPEAKER : names.getOrDefault(speakers[i], speakers[i]);
                    timeline.add(line, start, end, speaker, text);
                }
                texts[i].setLength(0);
            }
        }
    }

    static Transcript read(Reading reading, XmlInput input) {
        Map<String, String> names = new HashMap<>();
        TimelineBuilder timeline = reading.timeline();
        Stretch stretch = new Stretch();
        boolean inTurn = false;
        long turnEnd = 0;
        boolean sawRoot = false;
        XMLStreamReader xml = null;
        try {
            xml = input.open();
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String el = xml.getLocalName();
                    if (!sawRoot && !el.equals("Trans")) {
                        throw reading.fatal(line, "not a Transcriber file: the root element is <" + el + ">, not <Trans>");
                    }
                    sawRoot = true;
                    switch (el) {
                        case "Speaker" -> {
                            String id = xml.getAttributeValue(null, "id");
                            String name = xml.getAttributeValue(null, "name");
                            if (id != null) names.put(id, name == null || name.isBlank() ? id : name.trim());
                        }
                        case "Turn" -> {
                            Long start = time(reading, xml, "startTime", line);
                            Long end = time(reading, xml, "endTime", line);
                            inTurn = start != null && end != null;
                            if (inTurn) {
                                stretch.startTurn(xml.getAttributeValue(null, "speaker"), start, line);
                                turnEnd = end;
                            }
                        }
                        case "Sync" -> {
                            Long at = time(reading, xml, "time", line);
                            if (inTurn && at != null) {
                                stretch.flush(timeline, names, at);
                                stretch.start = at;
                                stretch.line = line;
                            }
                        }
                        case "Who" -> {
                            String nb = xml.getAttributeValue(null, "nb");
                            try {
                                stretch.who = Math.max(0, Math.min(stretch.texts.length - 1, Integer.parseInt(nb.trim()) - 1));
                            } catch (RuntimeException e) {
                                reading.problems().add(line, "<Who> has no speaker number nb");
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Turn")) {
                    if (inTurn) stretch.flush(timeline, names, turnEnd);
                    inTurn = false;
                } else if (inTurn && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    stretch.texts[stretch.who].append(' ').append(xml.getText());
                }
            }
            if (!sawRoot) throw reading.fatal(null, "not a Transcriber file: no <Trans> element");
        } catch (XMLStreamException e) {
            throw reading.fatal(XmlInput.line(e), "malformed Transcriber file (XML): " + XmlInput.problem(e)
                    + " (truncated file?)");
        } finally {
            XmlInput.close(xml);
        }
        return timeline.build();
    }

    private static Long time(Reading reading, XMLStreamReader xml, String attribute, int line) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            reading.problems().add(line, "<" + xml.getLocalName() + "> has no " + attribute);
            return null;
        }
        return reading.time(value, line);
    }
}
