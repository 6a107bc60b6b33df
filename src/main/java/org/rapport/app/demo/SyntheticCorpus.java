package org.rapport.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/**
 * Synthetic therapy sessions with rupture markers planted at known rates, for tests and benchmarks. The same
 * seed gives the same corpus. Filler talk is drawn from a vocabulary that shares no word with the planted phrases,
 * and filler turns have at least four words, so an exact-wording query for a marker finds the planted ones and
 * nothing else. Near misses ("I do know", a short reply after a statement) are planted too, unlisted.
 */
public final class SyntheticCorpus {
    public static final String THERAPIST = "Therapist";
    public static final String CLIENT = "Client";

    /** A marker the generator plants, and the exact query that finds exactly its plants. */
    public record Marker(String id, String phrase, double rate, String query) {
    }

    /** Planted in client turns; rates are per client turn. */
    public static final List<Marker> MARKERS = List.of(
            new Marker("dont-know", "I don't know", 0.03, "\"i don't know\""),
            new Marker("not-helping", "this isn't helping", 0.005, "\"this isn't helping\""),
            new Marker("whats-the-point", "what's the point", 0.005, "\"what's the point\""),
            new Marker("not-listening", "you're not listening", 0.003, "\"you're not listening\""),
            new Marker("you-know-best", "you know best", 0.003, "\"you know best\""),
            new Marker("minimal-response", null, 0.04, "role:client AND words:[1 TO 3] AND prev:question"));

    /** Where a marker was planted. */
    public record Planted(String session, int utterance, long startMs, long endMs, String speaker, String role,
                          String marker, String text) {
    }

    /** A generated session with its metadata. */
    public record GeneratedSession(String name, String clientId, String therapist, int number, LocalDate date,
                                   Transcript transcript) {
    }

    public record Corpus(List<GeneratedSession> sessions, List<Planted> planted) {
    }

    private static final String[] FILLER = ("about after again all also always and around at away back because been"
            + " before being better big both brother but by came can come could day days did different do does doing"
            + " done down each even every family feel felt few first for friend from get getting give go going good"
            + " got had has have he her here him his home house how if in into is it job just last later left like"
            + " little long look lot made make many me might more morning most mother much my need new next night now"
            + " of off often old on once one only or other our out over partner people place really right said same"
            + " saw say school see she should sister so some something sometimes still such take talk talked than"
            + " that the their them then there these they thing things think this those thought three through time"
            + " to today together told too tried two under up us very want was way we week well went were when where"
            + " which while who why will with work would year years yesterday yet").split(" ");
    private static final String[] MINIMAL = {"Fine.", "Not really.", "Maybe.", "Mm-hm.", "Okay.", "Sure.", "No.",
            "Yes, fine."};
    private static final String[] DECOYS = {"I do know that", "I know, right", "do not worry"};

    private SyntheticCorpus() {
    }

    /** Sessions of {@code utterancesPerSession} turns (500 is about fifty minutes). */
    public static Corpus generate(int sessions, long seed, int utterancesPerSession) {
        List<GeneratedSession> out = new ArrayList<>(sessions);
        List<Planted> planted = new ArrayList<>();
        SplittableRandom master = new SplittableRandom(seed);
        for (int s = 0; s < sessions; s++) {
            SplittableRandom rnd = master.split();
            String name = String.format("syn-%05d", s + 1);
            int client = s / 20;
            int number = s % 20 + 1;
            LocalDate date = LocalDate.of(2024, 1, 8).plusDays(client % 7).plusWeeks(number - 1L);
            out.add(new GeneratedSession(name, String.format("C%04d", client + 1), "T" + (client % 12 + 1), number,
                    date, session(name, rnd, utterancesPerSession, planted)));
        }
        return new Corpus(out, planted);
    }

    private static Transcript session(String name, SplittableRandom rnd, int turns, List<Planted> planted) {
        List<Utterance> us = new ArrayList<>(turns);
        long t = 2_000;
        String speaker = THERAPIST;
        boolean lastWasQuestion = false;
        for (int i = 0; i < turns; i++) {
            if (i > 0 && rnd.nextDouble() < 0.9) speaker = speaker.equals(THERAPIST) ? CLIENT : THERAPIST;
            boolean afterQuestion = i > 0 && lastWasQuestion && !us.get(i - 1).speaker().equals(speaker);
            String text;
            String marker = null;
            if (speaker.equals(THERAPIST)) {
                boolean question = rnd.nextDouble() < 0.35;
                text = sentence(rnd, 4, 9, question ? "?" : ".");
                lastWasQuestion = question;
            } else {
                lastWasQuestion = false;
                double r = rnd.nextDouble();
                if (afterQuestion && r < rate("minimal-response")) {
                    text = MINIMAL[rnd.nextInt(MINIMAL.length)];
                    marker = "minimal-response";
                } else if (!afterQuestion && i > 0 && r < 0.03) {
                    text = MINIMAL[rnd.nextInt(MINIMAL.length)]; // short, but after a statement: not a minimal response
                } else {
                    text = sentence(rnd, 5, 13, ".");
                    double m = rnd.nextDouble();
                    double acc = 0;
                    for (Marker mk : MARKERS) {
                        if (mk.phrase() == null) continue;
                        acc += mk.rate();
                        if (m < acc) {
                            text = embed(rnd, mk.phrase(), text);
                            marker = mk.id();
                            break;
                        }
                    }
                    if (marker == null && m > 0.98) text = embed(rnd, DECOYS[rnd.nextInt(DECOYS.length)], text);
                }
            }
            int words = org.rapport.search.analysis.ExactAnalyzer.countWords(text);
            long duration = words * (330L + rnd.nextInt(150)) + 300;
            Utterance u = new Utterance(i, t, t + duration, speaker, text);
            us.add(u);
            if (marker != null) {
                planted.add(new Planted(name, i, u.startMs(), u.endMs(), speaker, Role.inferFromLabel(speaker).key(),
                        marker, text));
            }
            t += duration + 200 + rnd.nextInt(1_200);
        }
        return new Transcript(List.of(new Participant(THERAPIST, Role.THERAPIST), new Participant(CLIENT, Role.CLIENT)), us);
    }

    private static double rate(String id) {
        return MARKERS.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().rate();
    }

    /** A filler sentence of a log-normal-ish length: mostly short, sometimes long (median about 9 words). */
    private static String sentence(SplittableRandom rnd, int minWords, int medianWords, String end) {
        double g = rnd.nextGaussian() * 0.6;
        int n = (int) Math.max(minWords, Math.min(120, Math.round(medianWords * Math.exp(g))));
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            String word = FILLER[rnd.nextInt(FILLER.length)];
            if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            else sb.append(rnd.nextDouble() < 0.06 ? ", " : " ");
            sb.append(word);
        }
        return sb.append(end).toString();
    }

    /** Puts a phrase inside a sentence, as its own clause. */
    private static String embed(SplittableRandom rnd, String phrase, String sentence) {
        String body = sentence.substring(0, sentence.length() - 1);
        return rnd.nextBoolean() ? body + ", and " + phrase + "." : phrase.substring(0, 1).toUpperCase()
                + phrase.substring(1) + ". " + body + ".";
    }
}
