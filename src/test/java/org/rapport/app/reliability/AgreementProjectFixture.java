package org.rapport.app.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;

/**
 * A real project in a temporary folder, filled the way a lab fills it: sessions imported from WebVTT transcripts,
 * codings and ratings imported from the long CSV files.
 */
final class AgreementProjectFixture {
    /** Six utterances: [0,2) [2,5) [5,6) [6,9) [9,10) [10,14) seconds. */
    static final long[][] SIX = {{0, 2000}, {2000, 5000}, {5000, 6000}, {6000, 9000}, {9000, 10000}, {10000, 14000}};

    private final Path dir;
    private final List<String> codings = new ArrayList<>();
    private final List<String> ratings = new ArrayList<>();
    private final List<String[]> sessionFiles = new ArrayList<>();

    AgreementProjectFixture(Path dir) {
        this.dir = dir;
    }

    Path projectDir() {
        return dir.resolve("project");
    }

    /**
     * A session whose transcript has the six utterances of {@link #SIX}, all the client's: the hand-worked cases put
     * client markers (3RS withdrawal markers apply to the client) on every one of them.
     */
    AgreementProjectFixture session(String name) throws IOException {
        return session(name, i -> "C");
    }

    /** The six utterances of {@link #SIX} taking turns: the therapist's u0, u2, u4, the client's u1, u3, u5. */
    AgreementProjectFixture sessionTakingTurns(String name) throws IOException {
        return session(name, i -> i % 2 == 0 ? "T" : "C");
    }

    private AgreementProjectFixture session(String name, java.util.function.IntFunction<String> speaker) throws IOException {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < SIX.length; i++) {
            vtt.append(stamp(SIX[i][0])).append(" --> ").append(stamp(SIX[i][1])).append('\n')
                    .append("<v ").append(speaker.apply(i)).append(">utterance ").append(i).append("\n\n");
        }
        Path file = dir.resolve(name + ".vtt");
        Files.writeString(file, vtt);
        sessionFiles.add(new String[] {name, file.toString()});
        return this;
    }

    AgreementProjectFixture coding(String session, String rater, String code, long start, long end) {
        codings.add(String.join(",", session, rater, "3rs", code, Long.toString(start), Long.toString(end), "", ""));
        return this;
    }

    AgreementProjectFixture rating(String session, String rater, String codebook, String item, Integer segment, double value) {
        ratings.add(String.join(",", session, rater, codebook, item, segment == null ? "" : segment.toString(),
                String.format(Locale.ROOT, "%s", value)));
        return this;
    }

    /** Creates the project and imports everything through the app services. */
    Path build() throws IOException {
        try (Project p = Project.init(projectDir())) {
            for (String[] s : sessionFiles) p.imports().importSession(SessionImport.of(s[0], Path.of(s[1])));
            addRaters(p);
            if (!codings.isEmpty()) {
                Path csv = dir.resolve("codings.csv");
                Files.writeString(csv, "session,rater,codebook,code,start_ms,end_ms,value,note\n" + String.join("\n", codings) + "\n");
                p.imports().importCodings(csv);
            }
            if (!ratings.isEmpty()) {
                Path csv = dir.resolve("ratings.csv");
                Files.writeString(csv, "session,rater,codebook,item,segment,value\n" + String.join("\n", ratings) + "\n");
                p.imports().importRatings(csv);
            }
        }
        return projectDir();
    }

    /** The raters the codings and ratings name, as observers (an import never creates raters). */
    private void addRaters(Project p) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String row : codings) names.add(row.split(",", -1)[1]);
        for (String row : ratings) names.add(row.split(",", -1)[1]);
        for (String name : names) p.raters().create(name, org.rapport.model.rater.RaterRole.OBSERVER);
    }

    private static String stamp(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** The hand-worked utterance case (UtteranceAlignmentTest): w-minimal kappa Ana–Ben = 1/3. */
    AgreementProjectFixture sixUtteranceCodings(String session) {
        return coding(session, "Ana", "w-minimal", 2000, 5000).coding(session, "Ana", "w-minimal", 9000, 10000)
                .coding(session, "Ana", "w-minimal", 10500, 13500).coding(session, "Ben", "w-minimal", 2100, 4900)
                .coding(session, "Ben", "w-minimal", 6000, 7000).coding(session, "Ben", "w-minimal", 10000, 14000);
    }

    /** The hand-worked event case (EventMatchingTest): withdrawal kappa .0625 with unmatched, .4 matched only. */
    AgreementProjectFixture eventCodings(String session) {
        return coding(session, "Ana", "w-denial", 0, 1000).coding(session, "Ana", "w-minimal", 2000, 3000)
                .coding(session, "Ana", "w-minimal", 5000, 6000).coding(session, "Ana", "w-denial", 8000, 9000)
                .coding(session, "Ben", "w-denial", 100, 1000).coding(session, "Ben", "w-denial", 2000, 3000)
                .coding(session, "Ben", "w-minimal", 5200, 6000).coding(session, "Ben", "w-minimal", 12000, 13000);
    }

    /**
     * WAI-O-S ratings of three sessions by Ana and Ben. Ana rates every item v (3, 4, 5 in s01..s03) except wai01 = 2,
     * wai04 = 6 and wai11 = 8 - v (both reverse-keyed, so they score 2 and v). Ana's total is 10v + 4: 34, 44, 54.
     * Ben rates as Ana but wai01 = 7 and wai04 = 1 (scored 7): his total is Ana's + 10 (without mirroring wai04 it
     * would be Ana's + 0).
     */
    AgreementProjectFixture waiRatings() {
        String[] sessions = {"s01", "s02", "s03"};
        for (int s = 0; s < 3; s++) {
            int v = 3 + s;
            for (String rater : List.of("Ana", "Ben")) {
                boolean ben = rater.equals("Ben");
                for (int i = 1; i <= 12; i++) {
                    String item = String.format(Locale.ROOT, "wai%02d", i);
                    double value = switch (i) {
                        case 1 -> ben ? 7 : 2;
                        case 4 -> ben ? 1 : 6;
                        case 11 -> 8 - v;
                        default -> v;
                    };
                    rating(sessions[s], rater, "wai-o-s", item, null, value);
                }
            }
        }
        return this;
    }
}
