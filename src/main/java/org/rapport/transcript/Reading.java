package org.rapport.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.BadInputException;
import org.rapport.model.time.TimeCodes;

/**
 * One file being read: its text, the options it is read with, the problems found so far and the notes for the user.
 * Readers report a problem here and go on, so every problem of a file is listed in one run.
 */
final class Reading {
    private final SourceText source;
    private final ReadOptions options;
    private final Problems problems;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> prefixSpeakers = new LinkedHashMap<>();

    Reading(SourceText source, ReadOptions options) {
        this(source, options, new Problems(source.name()));
    }

    /** A reading that goes on from problems another reader found in the same file. */
    Reading(SourceText source, ReadOptions options, Problems problems) {
        this.source = source;
        this.options = options;
        this.problems = problems;
    }

    SourceText source() {
        return source;
    }

    ReadOptions options() {
        return options;
    }

    Problems problems() {
        return problems;
    }

    void note(String note) {
        notes.add(note);
    }

    TimelineBuilder timeline() {
        return new TimelineBuilder(this);
    }

    /**
     * A time in milliseconds, negative when written with a minus sign (the timeline refuses or clamps it); null,
     * with the problem noted, when the text is not a time.
     */
    Long time(String text, int line) {
        String t = text.trim();
        boolean negative = t.startsWith("-") && t.length() > 1;
        try {
            long ms = TimeCodes.parse(negative ? t.substring(1) : t);
            return negative ? -ms : ms;
        } catch (IllegalArgumentException e) {
            problems.add(line, e.getMessage());
            return null;
        }
    }

    /** Splits "NAME: text" by the speaker-prefix rule (when the options allow it), counting the speakers found. */
    CueText.Spoken speakerFromPrefix(String text) {
        if (!options.speakerPrefix()) return new CueText.Spoken(CueText.UNKNOWN_SPEAKER, text);
        CueText.Spoken spoken = CueText.speakerFromPrefix(text);
        if (!spoken.speaker().equals(CueText.UNKNOWN_SPEAKER)) prefixSpeakers.merge(spoken.speaker(), 1, Integer::sum);
        return spoken;
    }

    /** A problem at a line, as an exception to throw when nothing more can be read. */
    BadInputException fatal(Integer line, String problem) {
        return problems.fatal(line, problem);
    }

    /** What the user should know about this reading, speakers found in prefixes last. */
    List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        if (!prefixSpeakers.isEmpty()) {
            StringBuilder sb = new StringBuilder("speakers taken from 'NAME:' at the start of the text: ");
            int i = 0;
            for (var e : prefixSpeakers.entrySet()) {
                sb.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
            }
            all.add(sb.append(" (--no-speaker-prefix keeps such text as it is)").toString());
        }
        return all;
    }
}
