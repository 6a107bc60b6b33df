package org.rapport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A project built for the analytics tests, through the command line as a lab builds it. Every session lasts
 * 20 minutes (four 5-minute 3RS segments).
 * <ul>
 * <li>C01, sessions 1–6, coded by Ana under 3rs; session 3 has the hand-worked codings of
 * {@code analytics.HandWorkedSession} and withdrawal significance 3 and 1 in segments 0 and 1. WAI-O-S totals by
 * Ana 60 62 40 61 63 62; WAI-SR totals of rater Client 48 50 30 49 51 50, of rater Therapist 45 45 40 45 45 45.</li>
 * <li>C02, sessions 1–3: session 1 coded alike by Ana and Ben and settled as a consensus (by time slice), session 2
 * coded by Ana, session 3 by Ben only.</li>
 * <li>lone: coded by Ana, no client id.</li>
 * </ul>
 */
public final class AnalyticsProject {
    static final int[] OBSERVER = {60, 62, 40, 61, 63, 62};
    static final int[] CLIENT = {48, 50, 30, 49, 51, 50};
    static final int[] THERAPIST = {45, 45, 40, 45, 45, 45};
    /** The hand-worked session: code, start s, end s. */
    static final Object[][] HAND_WORKED = {
        {"w-minimal", 60, 70}, {"r-invite", 100, 120}, {"c-therapist", 200, 210}, {"r-validate", 250, 260},
        {"w-denial", 290, 295}, {"r-redirect", 310, 320}, {"c-progress", 400, 410}, {"r-clarify", 650, 660},
        {"r-rationale", 890, 900}, {"w-abstract", 900, 905}, {"r-change-task", 1000, 1010}};
    private static final String[] WAI_O_S_REVERSED = {"wai04", "wai11"};

    private AnalyticsProject() {
    }

    public static Path build(Path dir) throws IOException {
        Path project = dir.resolve("lab");
        ok("init", project.toString());
        ok("codebook", "add", "--project", project.toString(), "codebooks/wai-sr.yaml");
        Path vtt = dir.resolve("twenty-minutes.vtt");
        Files.writeString(vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nTherapist: How has the week been?\n\n"
                + "00:19:55.000 --> 00:20:00.000\nClient: That's all for today.\n");
        for (int n = 1; n <= 6; n++) session(project, vtt, "C01-s" + n, "C01", n);
        for (int n = 1; n <= 3; n++) session(project, vtt, "C02-s" + n, "C02", n);
        ok("import", "session", "--project", project.toString(), "--name", "lone", "--transcript", vtt.toString());
        for (String[] r : new String[][] {{"Ana", "observer"}, {"Ben", "observer"}, {"Client", "client"},
                {"Therapist", "therapist"}}) {
            ok("raters", "--project", project.toString(), "--add", r[0], "--role", r[1]);
        }
        List<String> codings = new ArrayList<>();
        for (Object[] k : HAND_WORKED) codings.add(coding("C01-s3", "Ana", (String) k[0], (int) k[1], (int) k[2]));
        for (int n : new int[] {1, 2, 4, 5, 6}) {
            codings.add(coding("C01-s" + n, "Ana", "w-minimal", 30 * n, 30 * n + 5));
            codings.add(coding("C01-s" + n, "Ana", "r-invite", 30 * n + 20, 30 * n + 30));
            codings.add(coding("C01-s" + n, "Ana", "c-progress", 600 + n, 610 + n));
        }
        for (String rater : new String[] {"Ana", "Ben"}) {
            codings.add(coding("C02-s1", rater, "c-rejecting", 100, 110));
            codings.add(coding("C02-s1", rater, "r-clarify", 130, 140));
            codings.add(coding("C02-s1", rater, "w-denial", 700, 710));
        }
        codings.add(coding("C02-s2", "Ana", "w-hopeless", 50, 60));
        codings.add(coding("C02-s3", "Ben", "w-hopeless", 50, 60));
        codings.add(coding("lone", "Ana", "c-control", 10, 20));
        codings.add(coding("lone", "Ana", "r-acknowledge", 25, 30));
        Path codingsCsv = dir.resolve("codings.csv");
        Files.writeString(codingsCsv, "session,rater,codebook,code,start_ms,end_ms\n" + String.join("\n", codings) + "\n");
        ok("import", "codings", "--project", project.toString(), codingsCsv.toString());

        List<String> ratings = new ArrayList<>();
        ratings.add("C01-s3,Ana,3rs,seg-withdrawal,0,3");
        ratings.add("C01-s3,Ana,3rs,seg-withdrawal,1,1");
        for (int n = 1; n <= 6; n++) {
            questionnaire(ratings, "C01-s" + n, "Ana", "wai-o-s", "wai", OBSERVER[n - 1], 7, WAI_O_S_REVERSED);
            questionnaire(ratings, "C01-s" + n, "Client", "wai-sr", "sr", CLIENT[n - 1], 5, new String[0]);
            questionnaire(ratings, "C01-s" + n, "Therapist", "wai-sr", "sr", THERAPIST[n - 1], 5, new String[0]);
        }
        Path ratingsCsv = dir.resolve("ratings.csv");
        Files.writeString(ratingsCsv, "session,rater,codebook,item,segment,value\n" + String.join("\n", ratings) + "\n");
        ok("import", "ratings", "--project", project.toString(), ratingsCsv.toString());
        ok("consensus", "start", "--project", project.toString(), "--session", "C02-s1", "--codebook", "3rs", "--from",
                "Ana,Ben", "--method", "time-slice");
        return project;
    }

    /**
     * Builds the project into a folder, for the screenshots of the Analytics view (docs/make-screenshots.sh) and for
     * looking at its report by hand; with a supervisor Dana, unprotected as in the demo project, to open it as.
     */
    public static void main(String[] args) throws IOException {
        Path project = build(Path.of(args[0]));
        try (org.rapport.app.Project p = org.rapport.app.Project.open(project)) {
            p.raters().create("Dana", org.rapport.model.rater.RaterRole.SUPERVISOR);
        }
        System.out.println(project);
    }

    private static void session(Path project, Path vtt, String name, String client, int number) {
        ok("import", "session", "--project", project.toString(), "--name", name, "--transcript", vtt.toString(),
                "--client", client, "--number", String.valueOf(number));
    }

    private static String coding(String session, String rater, String code, int startS, int endS) {
        return String.join(",", session, rater, "3rs", code, String.valueOf(startS * 1000), String.valueOf(endS * 1000));
    }

    /**
     * Twelve items whose scored values add up to the total: each total / 12, the first (total mod 12) one more;
     * a reverse-keyed item is given max + 1 − its scored value.
     */
    private static void questionnaire(List<String> rows, String session, String rater, String codebook, String prefix,
                                      int total, int max, String[] reversed) {
        int base = total / 12;
        int extra = total % 12;
        for (int i = 1; i <= 12; i++) {
            String item = String.format(Locale.ROOT, "%s%02d", prefix, i);
            int scored = base + (i <= extra ? 1 : 0);
            int value = List.of(reversed).contains(item) ? max + 1 - scored : scored;
            rows.add(String.join(",", session, rater, codebook, item, "", String.valueOf(value)));
        }
    }

    private static void ok(String... args) {
        CliRun r = CliRun.of(args);
        // no JUnit here: docs/make-screenshots.sh builds the project without it
        if (r.exitCode() != 0) throw new IllegalStateException(String.join(" ", args) + ": " + r);
    }
}
