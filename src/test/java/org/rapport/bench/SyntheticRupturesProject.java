package org.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;

/**
 * A generated project of 3RS-coded sessions, built through the app services from files as a lab would (WebVTT
 * transcripts, the long codings and ratings CSV). Each session has "true" rupture and repair events; each rater
 * finds most of them with some timing jitter, sometimes picks a neighbouring code of the same group, and adds a few
 * of their own. Segment and global ratings follow the number of events plus rater noise.
 */
public final class SyntheticRupturesProject {
    public static final long SESSION_MS = 50 * 60_000L;
    private static final long UTTERANCE_MS = 10_000;

    private SyntheticRupturesProject() {
    }

    public static Path build(Path dir, int sessions, List<String> raters, long seed) throws IOException {
        Path folder = dir.resolve("project");
        SplittableRandom random = new SplittableRandom(seed);
        try (Project p = Project.init(folder)) {
            for (String rater : raters) p.raters().create(rater, org.rapport.model.rater.RaterRole.OBSERVER);
            Codebook rrs = p.codebooks().current("3rs");
            List<Code> codes = rrs.codes();
            StringBuilder codings = new StringBuilder("session,rater,codebook,code,start_ms,end_ms,value,note\n");
            StringBuilder ratings = new StringBuilder("session,rater,codebook,item,segment,value\n");
            for (int s = 0; s < sessions; s++) {
                String name = String.format(Locale.ROOT, "s%03d", s + 1);
                Path vtt = dir.resolve(name + ".vtt");
                Files.writeString(vtt, transcript());
                p.imports().importSession(SessionImport.of(name, vtt));
                List<long[]> truth = new ArrayList<>(); // {code index, start, end}
                int events = 10 + random.nextInt(20);
                for (int e = 0; e < events; e++) {
                    long start = random.nextLong(SESSION_MS - 60_000);
                    truth.add(new long[] {random.nextInt(codes.size()), start, start + 5_000 + random.nextLong(35_000)});
                }
                for (String rater : raters) {
                    for (long[] t : truth) {
                        if (random.nextDouble() < 0.2) continue;
                        Code code = codes.get((int) t[0]);
                        if (random.nextDouble() < 0.15) {
                            List<Code> group = rrs.codesInGroup(code.group());
                            code = group.get(random.nextInt(group.size()));
                        }
                        long start = Math.max(0, t[1] + random.nextLong(4_001) - 2_000);
                        long end = Math.max(start + 1_000, t[2] + random.nextLong(4_001) - 2_000);
                        codings.append(name).append(',').append(rater).append(",3rs,").append(code.id()).append(',')
                                .append(start).append(',').append(end).append(",,\n");
                    }
                    for (int extra = random.nextInt(4); extra > 0; extra--) {
                        long start = random.nextLong(SESSION_MS - 60_000);
                        codings.append(name).append(',').append(rater).append(",3rs,")
                                .append(codes.get(random.nextInt(codes.size())).id()).append(',').append(start).append(',')
                                .append(start + 5_000 + random.nextLong(20_000)).append(",,\n");
                    }
                    ratings(ratings, name, rater, truth, codes, random);
                }
            }
            Path codingCsv = dir.resolve("codings.csv");
            Files.writeString(codingCsv, codings);
            p.imports().importCodings(codingCsv);
            Path ratingCsv = dir.resolve("ratings.csv");
            Files.writeString(ratingCsv, ratings);
            p.imports().importRatings(ratingCsv);
        }
        return folder;
    }

    private static void ratings(StringBuilder out, String session, String rater, List<long[]> truth, List<Code> codes,
                                SplittableRandom random) {
        String[] groups = {"withdrawal", "confrontation", "resolution"};
        int segments = (int) (SESSION_MS / 300_000);
        int[] total = new int[3];
        for (int seg = 0; seg < segments; seg++) {
            for (int g = 0; g < 3; g++) {
                int n = 0;
                for (long[] t : truth) {
                    if (codes.get((int) t[0]).group().equals(groups[g]) && t[1] / 300_000 == seg) n++;
                }
                total[g] += n;
                long value = Math.max(1, Math.min(5, 1 + n + (random.nextDouble() < 0.25 ? (random.nextBoolean() ? 1 : -1) : 0)));
                out.append(session).append(',').append(rater).append(",3rs,seg-").append(groups[g]).append(',').append(seg)
                        .append(',').append(value).append('\n');
            }
        }
        for (int g = 0; g < 3; g++) {
            long value = Math.max(1, Math.min(5, 1 + total[g] / 3 + (random.nextDouble() < 0.3 ? (random.nextBoolean() ? 1 : -1) : 0)));
            out.append(session).append(',').append(rater).append(",3rs,global-").append(groups[g]).append(",,").append(value).append('\n');
        }
    }

    /** Alternating therapist and client turns of 10 s over the whole session. */
    private static String transcript() {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (long t = 0, i = 0; t < SESSION_MS; t += UTTERANCE_MS, i++) {
            vtt.append(stamp(t)).append(" --> ").append(stamp(t + UTTERANCE_MS - 500)).append('\n')
                    .append(i % 2 == 0 ? "<v T>How was that for you?" : "<v C>I don't know, it was fine.").append("\n\n");
        }
        return vtt.toString();
    }

    private static String stamp(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
