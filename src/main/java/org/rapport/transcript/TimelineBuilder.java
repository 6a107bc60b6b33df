package org.rapport.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.model.Limits;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;

/**
 * Collects utterances in file order and checks their times: none negative, none ending before it starts, none
 * starting before the previous one started. Overlap between speakers (talk-over) is normal and accepted. Each bad
 * utterance is a problem of the file and is left out, so the next ones are still checked. With the options to sort
 * or clamp times, out-of-order utterances are put in time order and negative times set to 0, and a note says how
 * many.
 */
final class TimelineBuilder {
    private final Reading reading;
    private final List<Utterance> utterances = new ArrayList<>();
    private long previousStart = -1;
    private int previousLine;
    private int clamped;

    TimelineBuilder(Reading reading) {
        this.reading = reading;
    }

    void add(int line, long startMs, long endMs, String speaker, String text) {
        String problem = firstNonNull(Limits.timeProblem("the start", startMs < 0 ? 0 : startMs),
                Limits.timeProblem("the end", endMs < 0 ? 0 : endMs),
                Limits.textProblem("the speaker's name", speaker, Limits.NAME, false),
                Limits.textProblem("the text", text, Limits.UTTERANCE_TEXT, true));
        if (problem != null) {
            reading.problems().add(line, problem);
            return;
        }
        if (utterances.size() == Limits.UTTERANCES) {
            reading.problems().add(line, String.format(Locale.ROOT, "more than %,d utterances, the limit for one"
                    + " transcript", Limits.UTTERANCES));
            return;
        }
        if (startMs < 0 || endMs < 0) {
            if (!reading.options().clampTimes()) {
                reading.problems().add(line, "negative time (" + seconds(Math.min(startMs, endMs))
                        + "); --clamp-times sets negative times to 0");
                return;
            }
            clamped += (startMs < 0 ? 1 : 0) + (endMs < 0 ? 1 : 0);
            startMs = Math.max(0, startMs);
            endMs = Math.max(0, endMs);
        }
        if (endMs < startMs) {
            reading.problems().add(line, "ends at " + TimeCodes.formatVtt(endMs) + ", before it starts at "
                    + TimeCodes.formatVtt(startMs));
            return;
        }
        if (startMs < previousStart && !reading.options().sortTimes()) {
            reading.problems().add(line, "times out of order: starts at " + TimeCodes.formatVtt(startMs)
                    + ", before the previous utterance (line " + previousLine + ") started at "
                    + TimeCodes.formatVtt(previousStart) + "; --sort-times puts utterances in time order");
            return;
        }
        previousStart = Math.max(previousStart, startMs);
        previousLine = line;
        utterances.add(new Utterance(utterances.size(), startMs, endMs, speaker, text));
    }

    /** The transcript; participants in order of first appearance, roles inferred from their labels. */
    Transcript build() {
        return build(Map.of(), Map.of());
    }

    /**
     * The transcript, or every problem found while reading the file.
     *
     * @param roles speaker label to role, for speakers whose role the file states (others are inferred from labels)
     * @param tiers speaker label to the tier it was read from
     */
    Transcript build(Map<String, Role> roles, Map<String, String> tiers) {
        reading.problems().throwIfAny();
        if (utterances.isEmpty()) throw reading.source().error(null, "no utterances found");
        if (clamped > 0) reading.note("set " + clamped + " negative time" + (clamped == 1 ? "" : "s") + " to 0 (--clamp-times)");
        List<Utterance> ordered = utterances;
        if (reading.options().sortTimes()) {
            int moved = utterances.size() - longestInOrder(utterances);
            ordered = new ArrayList<>(utterances);
            ordered.sort(Comparator.comparingLong(Utterance::startMs)); // stable: equal starts keep file order
            for (int i = 0; i < ordered.size(); i++) ordered.set(i, ordered.get(i).withIndex(i));
            reading.note(moved == 0 ? "times were already in order (--sort-times)"
                    : "put " + moved + " utterance" + (moved == 1 ? "" : "s") + " out of time order in place (--sort-times)");
        }
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (Utterance u : ordered) {
            participants.computeIfAbsent(u.speaker(), s -> new Participant(s,
                    roles.getOrDefault(s, Role.inferFromLabel(s)), tiers.get(s)));
        }
        return new Transcript(new ArrayList<>(participants.values()), ordered);
    }

    /**
     * How many utterances are already in order: the longest run, not necessarily adjacent, whose starts never go
     * back. The others are the ones sorting moves (patience sorting, n log n).
     */
    static int longestInOrder(List<Utterance> utterances) {
        long[] tails = new long[utterances.size()];
        int length = 0;
        for (Utterance u : utterances) {
            int lo = 0;
            int hi = length;
            while (lo < hi) { // first tail greater than this start
                int mid = (lo + hi) >>> 1;
                if (tails[mid] <= u.startMs()) lo = mid + 1; else hi = mid;
            }
            tails[lo] = u.startMs();
            if (lo == length) length++;
        }
        return length;
    }

    private static String firstNonNull(String... problems) {
        for (String p : problems) if (p != null) return p;
        return null;
    }

    private static String seconds(long ms) {
        return (ms < 0 ? "-" : "") + TimeCodes.formatSeconds(Math.abs(ms)) + " s";
    }
}
