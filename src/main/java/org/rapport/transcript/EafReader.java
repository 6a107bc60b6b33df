package org.rapport.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;

/**
 * Reads the speech of an ELAN EAF file: the tiers {@link EafSpeechTiers} chooses (or the user names), each
 * annotation with text an utterance of the tier's speaker, in time order. Annotations that refer to a parent's
 * annotation take its times; where several share one parent (a symbolic subdivision into words) their values are
 * joined into one utterance. The notes name the tiers used as speech and the tiers left out, with the reason.
 */
final class EafReader {
    private EafReader() {
    }

    private record Timed(int line, long start, long end, String speaker, String text) {
    }

    static TranscriptRead read(String name, byte[] content, ReadOptions options) {
        EafFile file = EafFile.parse(name, content, options.encoding(), options.clampTimes());
        Reading reading = new Reading(file.source(), options, file.problems());
        if (file.clamped() > 0) {
            reading.note("set " + file.clamped() + " negative time value" + (file.clamped() == 1 ? "" : "s")
                    + " to 0 (--clamp-times)");
        }
        List<EafSpeechTiers.Choice> choices = EafSpeechTiers.choose(file, options, reading.problems());
        List<Timed> timed = new ArrayList<>();
        Map<String, String> tiers = new HashMap<>();
        Map<String, Role> roles = new HashMap<>();
        List<String> used = new ArrayList<>();
        for (EafSpeechTiers.Choice c : choices) {
            if (!c.speech()) continue;
            int before = timed.size();
            utterances(c, timed);
            tiers.putIfAbsent(c.speaker(), c.words().id());
            Role role = options.speakerTiers().get(c.tier().id());
            if (role != null) roles.put(c.speaker(), role);
            used.add(c.tier().id() + (c.words() != c.tier() ? " with its words from " + c.words().id() : "")
                    + " (" + c.speaker() + ", " + (timed.size() - before) + ")");
        }
        if (!used.isEmpty()) reading.note("speech tiers (speaker, utterances): " + String.join(", ", used));
        noteLeftOut(reading, choices);
        if (timed.isEmpty() && reading.problems().isEmpty()) throw noSpeech(file, choices);
        // tiers are stored one after another: file order is tier order, so utterances are put in time order
        timed.sort(Comparator.comparingLong(Timed::start).thenComparingLong(Timed::end));
        TimelineBuilder timeline = reading.timeline();
        for (Timed t : timed) {
            if (t.start() < 0 || t.end() < 0) continue; // its negative time value is a problem already
            timeline.add(t.line(), t.start(), t.end(), t.speaker(), t.text());
        }
        return new TranscriptRead(timeline.build(roles, tiers), reading.notes());
    }

    /** One utterance per annotation with text; annotations sharing a parent annotation make one utterance. */
    private static void utterances(EafSpeechTiers.Choice c, List<Timed> out) {
        Map<String, List<EafFile.Annotation>> byParent = new LinkedHashMap<>();
        for (EafFile.Annotation a : c.words().annotations()) {
            String key = a.parent() == null ? "\u0000" + a.id() + "@" + a.line() : a.parent();
            byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        for (List<EafFile.Annotation> group : byParent.values()) {
            List<String> values = new ArrayList<>();
            for (EafFile.Annotation a : group) values.add(a.value());
            String text = CueText.join(values);
            if (text.isEmpty()) continue; // an empty annotation carries no talk
            EafFile.Annotation first = group.get(0);
            out.add(new Timed(first.line(), first.startMs(), first.endMs(), c.speaker(), text));
        }
    }

    /** Why a file gave no utterance: each tier and what it was, so the user can name the speech tiers. */
    private static RuntimeException noSpeech(EafFile file, List<EafSpeechTiers.Choice> choices) {
        if (choices.isEmpty()) return file.source().error(null, "no utterances found: the file has no tiers");
        List<String> tiers = new ArrayList<>();
        for (EafSpeechTiers.Choice c : choices) tiers.add(c.tier().id() + " (" + (c.speech() ? "no text" : c.reason().brief) + ")");
        return file.source().error(null, "no utterances found: no tier holds speech with text: " + String.join(", ", tiers)
                + "; name the speech tiers with --tiers");
    }

    private static void noteLeftOut(Reading reading, List<EafSpeechTiers.Choice> choices) {
        Map<EafSpeechTiers.Reason, List<String>> byReason = new LinkedHashMap<>();
        for (EafSpeechTiers.Reason r : EafSpeechTiers.Reason.values()) byReason.put(r, new ArrayList<>());
        for (EafSpeechTiers.Choice c : choices) {
            if (c.speech()) continue;
            byReason.get(c.reason()).add(c.tier().id() + (c.detail() == null ? "" : " (" + c.detail() + ")"));
        }
        for (var e : byReason.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            reading.note("left out tiers that " + e.getKey().text + ": " + String.join(", ", e.getValue()));
        }
    }
}
