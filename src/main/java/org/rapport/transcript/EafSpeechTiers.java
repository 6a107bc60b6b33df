package org.rapport.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which tiers of an ELAN file are speech, and why each other tier is not (docs/transcript-formats.md,
 * "Which tiers are speech"). A tier is left out when it depends on another tier, when its values come from a
 * controlled vocabulary, when its name says it holds codes, gestures, comments or the like, when it has no text,
 * when its values are numbers or look like codes, or when its participant's speech is on a tier of another type.
 * In the ref/tx design a tier of reference ids takes its words from the child tier that holds them. The user may
 * instead name the tiers to read.
 */
final class EafSpeechTiers {
    /** Words in a tier's or its type's name that say it holds no talk. */
    private static final Set<String> NOT_TALK = Set.of("code", "codes", "coding", "coded", "gesture", "gestures",
            "gest", "gesten", "gaze", "comment", "comments", "commentary", "note", "notes", "marker", "markers",
            "phase", "phases", "event", "events", "context", "meta", "metadata", "scene", "sampling", "translation",
            "gloss", "glosses");
    /** Child tiers that hold the words of a ref/tx design, by name. */
    private static final Set<String> WORDS = Set.of("tx", "text", "transcription", "transcript", "utterance",
            "orthography", "words");
    /** A value that is a number, a time or a range of numbers ("0.643", "09:31:12", "353000_473000"). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,:_/]\\d+)*");
    /** A reference id: one token with a digit in it ("KAB_AM_NARR_01_0001"). */
    private static final Pattern REFERENCE = Pattern.compile("\\S*\\d\\S*");

    /** Why a tier is left out. */
    enum Reason {
        DEPENDENT("depend on another tier (translations, glosses, words or codes of its annotations)", "dependent"),
        VOCABULARY("take their values from a controlled vocabulary (code tiers: 'import codings' reads them)",
                "controlled vocabulary"),
        NAME("have names that say they hold no talk (codes, gestures, comments, notes ...)", "name"),
        EMPTY("have no text in any annotation", "no text"),
        NUMBERS("hold numbers, not words", "numbers"),
        CODES("hold what look like codes: a few single words, each used again and again", "codes"),
        OTHER_TYPE("are of another type than their participant's speech tier", "other type"),
        NOT_CHOSEN("were not chosen with --tiers or --speaker-tier", "not chosen"),
        WORDS_OF_REFERENCES("hold the words of a tier of reference ids (read as its text)", "words of references");

        final String text;
        /** A word or two for the message when no tier is speech. */
        final String brief;

        Reason(String text, String brief) {
            this.text = text;
            this.brief = brief;
        }
    }

    /**
     * What became of one tier.
     *
     * @param words  for speech, the tier whose values are the words (the tier itself, or the words child of a tier
     *               of reference ids); null when left out
     * @param detail what the reason is about ("on *CHI", "vocabulary 'head'"), or null
     */
    record Choice(EafFile.Tier tier, EafFile.Tier words, String speaker, Reason reason, String detail) {
        boolean speech() {
            return words != null;
        }
    }

    private EafSpeechTiers() {
    }

    static List<Choice> choose(EafFile file, ReadOptions options, Problems problems) {
        return options.tiersChosen() ? chosen(file, options, problems) : byRules(file);
    }

    private static List<Choice> chosen(EafFile file, ReadOptions options, Problems problems) {
        List<String> names = new ArrayList<>(options.tiers());
        for (String t : options.speakerTiers().keySet()) if (!names.contains(t)) names.add(t);
        List<String> known = file.tiers().stream().map(EafFile.Tier::id).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                problems.add(null, "no tier '" + name + "' in the file (tiers: " + String.join(", ", known) + ")");
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (EafFile.Tier t : file.tiers()) {
            choices.add(names.contains(t.id()) ? new Choice(t, t, speaker(file, t, t), null, null)
                    : new Choice(t, null, null, Reason.NOT_CHOSEN, null));
        }
        return choices;
    }

    private static List<Choice> byRules(EafFile file) {
        Map<EafFile.Tier, Choice> choices = new LinkedHashMap<>();
        for (EafFile.Tier t : file.tiers()) choices.put(t, firstLook(file, t));
        for (Choice c : List.copyOf(choices.values())) {
            if (c.speech() && c.words() != c.tier()) {
                choices.put(c.words(), new Choice(c.words(), null, null, Reason.WORDS_OF_REFERENCES,
                        "of " + c.tier().id()));
            }
        }
        oneTypePerParticipant(file, choices);
        return new ArrayList<>(choices.values());
    }

    /** The rules that look at one tier alone. */
    private static Choice firstLook(EafFile file, EafFile.Tier t) {
        if (t.parent() != null) return new Choice(t, null, null, Reason.DEPENDENT, "on " + t.parent());
        EafFile.LinguisticType type = file.type(t);
        if (type.vocabulary() != null) return new Choice(t, null, null, Reason.VOCABULARY, "'" + type.vocabulary() + "'");
        for (String w : EafFile.words(t.id())) if (NOT_TALK.contains(w)) return new Choice(t, null, null, Reason.NAME, null);
        for (String w : EafFile.words(t.linguisticType())) {
            if (NOT_TALK.contains(w)) return new Choice(t, null, null, Reason.NAME, "type '" + t.linguisticType() + "'");
        }
        List<String> values = values(t);
        if (values.isEmpty()) return new Choice(t, null, null, Reason.EMPTY, null);
        EafFile.Tier words = referenceWords(file, t, values);
        if (words != null) return new Choice(t, words, speaker(file, t, words), null, null);
        if (values.stream().allMatch(v -> NUMBER.matcher(v).matches())) return new Choice(t, null, null, Reason.NUMBERS, null);
        long distinct = values.stream().distinct().count();
        boolean singleWords = values.stream().allMatch(v -> v.indexOf(' ') < 0 && !endsSentence(v));
        if (values.size() >= 4 && singleWords && distinct * 2 <= values.size()) {
            return new Choice(t, null, null, Reason.CODES, values.size() + " annotations, " + distinct + " values");
        }
        return new Choice(t, t, speaker(file, t, t), null, null);
    }

    /**
     * The child tier with the words of a tier of reference ids (ref/tx): the ids are distinct single tokens with a
     * digit, or the tier is named "ref". The child named tx (or text, transcription ...) wins, else the first child
     * with words. Null when the tier is not such a tier.
     */
    private static EafFile.Tier referenceWords(EafFile file, EafFile.Tier t, List<String> values) {
        boolean ids = values.stream().allMatch(v -> REFERENCE.matcher(v).matches())
                && values.stream().distinct().count() == values.size();
        boolean named = EafFile.words(t.id()).stream().findFirst().map("ref"::equals).orElse(false);
        if (!ids && !named) return null;
        EafFile.Tier firstWithWords = null;
        for (EafFile.Tier child : file.children(t)) {
            if (values(child).isEmpty()) continue;
            List<String> words = EafFile.words(child.id());
            if (!words.isEmpty() && WORDS.contains(words.get(0))) return child;
            if (firstWithWords == null) firstWithWords = child;
        }
        return firstWithWords;
    }

    /**
     * A participant's speech is on the tier with the most words among theirs; their other tiers of the same type are
     * speech too (ELAN users split overlapping talk over such tiers), tiers of another type are left out.
     */
    private static void oneTypePerParticipant(EafFile file, Map<EafFile.Tier, Choice> choices) {
        Map<String, Choice> main = new LinkedHashMap<>();
        for (Choice c : choices.values()) {
            String participant = c.speech() ? c.tier().participantOrNull() : null;
            if (participant == null) continue;
            Choice best = main.get(participant);
            if (best == null || wordCount(c.words()) > wordCount(best.words())) main.put(participant, c);
        }
        for (Choice c : List.copyOf(choices.values())) {
            String participant = c.speech() ? c.tier().participantOrNull() : null;
            if (participant == null) continue;
            Choice best = main.get(participant);
            if (best != c && !java.util.Objects.equals(best.tier().linguisticType(), c.tier().linguisticType())) {
                choices.put(c.tier(), new Choice(c.tier(), null, null, Reason.OTHER_TYPE, participant + " speaks on "
                        + best.tier().id()));
            }
        }
    }

    /**
     * The speaker of a speech tier: the participant of the words tier or of the tier, else the part of the tier's
     * name after '@' (ELAN's "tx@SP" convention), else the tier's name.
     */
    static String speaker(EafFile file, EafFile.Tier tier, EafFile.Tier words) {
        if (words.participantOrNull() != null) return words.participantOrNull();
        if (tier.participantOrNull() != null) return tier.participantOrNull();
        int at = tier.id().lastIndexOf('@');
        return at >= 0 && at < tier.id().length() - 1 ? tier.id().substring(at + 1).trim() : tier.id();
    }

    private static List<String> values(EafFile.Tier t) {
        List<String> values = new ArrayList<>();
        for (EafFile.Annotation a : t.annotations()) {
            String v = CueText.collapseSpaces(a.value());
            if (!v.isEmpty()) values.add(v);
        }
        return values;
    }

    private static long wordCount(EafFile.Tier t) {
        long n = 0;
        for (String v : values(t)) n += v.split(" ").length;
        return n;
    }

    private static boolean endsSentence(String v) {
        char last = v.charAt(v.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }
}
