package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz-style: every input path (each import kind, each transcript reader, codebook files, options that take a value)
 * fed malformed and oversized values. Each must be refused with exit 2 and one line naming the problem, without a
 * stack trace, and leave the project exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputCliTest {
    private static final String CODINGS = "session,rater,codebook,code,start_ms,end_ms,value,note\n";
    private static final String RATINGS = "session,rater,codebook,item,segment,value\n";
    private static final String LONG = "x".repeat(100_001);

    @TempDir
    static Path dir;
    Path project;

    @BeforeAll
    void demoProject() throws IOException, InterruptedException {
        project = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--dir", project.toString(), "--samples", Path.of("sample-sessions").toString());
        assertEquals(0, demo.exitCode(), demo.toString());
        Process fifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.vtt").toString()).start();
        assertEquals(0, fifo.waitFor());
        Files.createDirectories(dir.resolve("folder.vtt"));
    }

    /**
     * A hostile case: a file to write (or null), the command line (P: the project, FILE: the file's path, DIR: the
     * test folder) and what the message must name (the file, else the option or value at fault).
     */
    record Case(String name, String file, String content, String named, String[] args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String file, String content, String... args) {
        return new Case(name, file, content, file, args);
    }

    /** A case whose fault is an option's value, which the message must name. */
    private static Case option(String name, String named, String file, String content, String... args) {
        return new Case(name, file, content, named, args);
    }

    private static String vtt(String timing, String cue) {
        return "WEBVTT\n\n" + timing + "\n" + cue + "\n";
    }

    private static String eaf(String endValue) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT><HEADER TIME_UNITS=\"milliseconds\"/>"
                + "<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"0\"/><TIME_SLOT TIME_SLOT_ID=\"b\""
                + " TIME_VALUE=\"" + endValue + "\"/></TIME_ORDER><TIER TIER_ID=\"Client\" PARTICIPANT=\"Client\">"
                + "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"x\" TIME_SLOT_REF1=\"a\" TIME_SLOT_REF2=\"b\">"
                + "<ANNOTATION_VALUE>hi</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>"
                + "</ANNOTATION_DOCUMENT>\n";
    }

    private static String codebook(String id, String version, String title) throws IOException {
        String demo = Files.readString(Path.of("codebooks/demo.yaml"));
        return demo.replaceFirst("(?m)^id: .*$", "id: " + id).replaceFirst("(?m)^version: .*$", "version: \""
                + version + "\"").replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"");
    }

    private static String[] cat(String[] head, String... tail) {
        String[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    Stream<Case> cases() throws IOException {
        String ok = "00:00:00.000 --> 00:00:02.000";
        List<Case> all = new ArrayList<>();
        // transcripts, through each kind of reader
        String[] session = {"import", "session", "--project", "P", "--name", "hostile", "--transcript", "FILE"};
        all.add(c("utterance over 100,000 characters", "long.vtt", vtt(ok, "<v A>" + LONG), session));
        all.add(c("speaker name over 200", "speaker.vtt", vtt(ok, "<v " + "S".repeat(201) + ">hi"), session));
        all.add(c("ESC in a cue", "esc.vtt", vtt(ok, "<v A>hi \u001b[31mred"), session));
        all.add(c("NUL in a cue", "nul.srt", "1\n00:00:00,000 --> 00:00:02,000\nA: hi\u0000 there\n", session));
        all.add(c("2.5 billion hours", "late.vtt", vtt("00:00:00.000 --> 2500000000:00:00.000", "<v A>hi"), session));
        all.add(c("20-digit hours", "digits.vtt", vtt("00:00:00.000 --> 99999999999999999999:00:00.000", "<v A>hi"),
                session));
        all.add(c("20-digit seconds in a CSV transcript", "digits.csv",
                "start,end,speaker,text\n0,99999999999999999999,A,hi\n", session));
        all.add(c("EAF TIME_VALUE Long.MAX", "max.eaf", eaf(Long.toString(Long.MAX_VALUE)), session));
        all.add(c("EAF TIME_VALUE over Long.MAX", "over.eaf", eaf("99999999999999999999"), session));
        all.add(c("CHAT bullet of 20 digits", "late.cha", "@Begin\n@Participants:\tCLI Client\n*CLI:\thi \u00150_"
                + "99999999999999999999\u0015\n@End\n", session));
        all.add(c("a FIFO", null, null, "import", "session", "--project", "P", "--name", "f", "--transcript",
                "DIR/fifo.vtt"));
        all.add(c("/dev/zero", null, null, "import", "session", "--project", "P", "--name", "z", "--transcript",
                "/dev/zero"));
        all.add(c("a folder", null, null, "import", "session", "--project", "P", "--name", "d", "--transcript",
                "DIR/folder.vtt"));
        all.add(option("--name over 200", "--name", "ok1.vtt", vtt(ok, "<v A>hi"),
                "import", "session", "--project", "P", "--name",
                "n".repeat(201), "--transcript", "FILE"));
        all.add(option("--name with ESC", "--name", "ok2.vtt", vtt(ok, "<v A>hi"),
                "import", "session", "--project", "P", "--name",
                "x\u001b]0;pwn\u0007", "--transcript", "FILE"));
        all.add(option("--client over 200", "--client", "ok3.vtt", vtt(ok, "<v A>hi"),
                "import", "session", "--project", "P", "--name",
                "c", "--client", "c".repeat(201), "--transcript", "FILE"));
        all.add(option("--number of 20 digits", "--number", "ok4.vtt", vtt(ok, "<v A>hi"),
                "import", "session", "--project", "P",
                "--name", "n", "--number", "99999999999999999999", "--transcript", "FILE"));
        // codings
        String[] codings = {"import", "codings", "--project", "P", "FILE"};
        String row = "s01-withdrawal,Ana,3rs,w-minimal,";
        all.add(c("note over 10,000", "note.csv", CODINGS + row + "100,200,," + "n".repeat(10_001) + "\n", codings));
        all.add(c("20-digit end", "t20.csv", CODINGS + row + "100,12345678901234567890,,\n", codings));
        all.add(c("negative start", "neg.csv", CODINGS + row + "-5,200,,\n", codings));
        all.add(c("coding past the session's end", "past.csv", CODINGS + row + "100,86000000,,\n", codings));
        all.add(c("misspelt rater", "rater.csv", CODINGS + "s01-withdrawal,Anna,3rs,w-minimal,100,200,,\n", codings));
        all.add(c("codings from a FIFO", null, null, "import", "codings", "--project", "P", "DIR/fifo.vtt"));
        // ratings
        String[] ratings = {"import", "ratings", "--project", "P", "FILE"};
        all.add(c("overwriting another rating", "conflict.csv", RATINGS + "s01-withdrawal,Ana,3rs,seg-withdrawal,0,1\n",
                ratings));
        all.add(c("unknown rater's rating", "rr.csv", RATINGS + "s01-withdrawal,Zed,3rs,seg-withdrawal,0,1\n", ratings));
        all.add(c("20-digit segment", "seg.csv", RATINGS + "s01-withdrawal,Ana,3rs,seg-withdrawal,"
                + "99999999999999999999,1\n", ratings));
        all.add(c("ratings from /dev/zero", null, null, "import", "ratings", "--project", "P", "/dev/zero"));
        // codebooks
        String[] codebook = {"codebook", "add", "--project", "P", "FILE"};
        all.add(c("codebook id over 100", "id.yaml", codebook("d".repeat(101), "1", "T"), codebook));
        all.add(c("codebook version over 50", "version.yaml", codebook("demo2", "9".repeat(51), "T"), codebook));
        all.add(c("codebook title over 500", "title.yaml", codebook("demo3", "1", "t".repeat(501)), codebook));
        all.add(c("codebook from a FIFO", null, null, "codebook", "add", "--project", "P", "DIR/fifo.vtt"));
        // options and queries
        all.add(c("complex regex", null, null, "search", "--project", "P",
                "/(a|aa)*(b|bb)*(c|cc)*[a-z]{1,100}{1,100}/"));
        all.add(c("query over 2,000 characters", null, null, "search", "--project", "P", "q".repeat(2_001)));
        all.add(c("--limit of 20 digits", null, null, "search", "--project", "P", "--limit", "99999999999999999999",
                "x"));
        all.add(c("--bootstrap 2,000,000,000", null, null, "agree", "--project", "P", "--codebook", "3rs",
                "--bootstrap", "2000000000"));
        all.add(c("--seed of 30 digits", null, null, "agree", "--project", "P", "--codebook", "3rs", "--seed",
                "9".repeat(30)));
        all.add(c("rater name over 200", null, null, "raters", "--project", "P", "--add", "r".repeat(201)));
        all.add(c("rater name with ESC", null, null, "raters", "--project", "P", "--add", "r\u001b[2J"));
        // training, drift and the reliability sample (decision 0015)
        String[] gold = {"gold", "--project", "P", "--codebook", "demo"};
        all.add(option("gold of an unknown session", "nowhere", null, null, cat(gold, "--session", "nowhere",
                "--reference", "Chiara")));
        all.add(option("gold with an observer as reference", "Ana", null, null, cat(gold, "--session", "s01-withdrawal",
                "--reference", "Ana")));
        all.add(option("gold without a reference", "--reference", null, null, cat(gold, "--session", "s01-withdrawal")));
        all.add(option("certify an unknown rater", "Zed", null, null, "certify", "--project", "P", "--codebook", "demo",
                "--rater", "Zed"));
        all.add(option("certify under an unknown codebook", "nope", null, null, "certify", "--project", "P", "--codebook",
                "nope", "--rater", "Ana"));
        all.add(option("drift by week", "--by", null, null, "drift", "--project", "P", "--codebook", "demo", "--by", "week"));
        all.add(option("drift every 0 sessions", "--every", null, null, "drift", "--project", "P", "--codebook", "demo",
                "--by", "sessions", "--every", "0"));
        String[] sample = {"sample", "--project", "P", "--codebook", "demo"};
        all.add(option("sample a share of 2", "--share", null, null, cat(sample, "--share", "2", "--second-rater", "Ben")));
        all.add(option("sample for an unknown second rater", "Zed", null, null, cat(sample, "--share", "0.5",
                "--second-rater", "Zed", "--seed", "1")));
        all.add(option("sample stratified by age", "--stratify", null, null, cat(sample, "--share", "0.5",
                "--second-rater", "Ben", "--stratify", "age")));
        all.add(option("sample with a seed of letters", "--seed", null, null, cat(sample, "--share", "0.5",
                "--second-rater", "Ben", "--seed", "abc")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineAndTheProjectUnchanged(Case hostile) throws IOException {
        Path file = hostile.file() == null ? null : dir.resolve(hostile.file());
        if (file != null) Files.writeString(file, hostile.content(), StandardCharsets.UTF_8);
        String[] args = hostile.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("P")) args[i] = project.toString();
            else if (args[i].equals("FILE")) args[i] = file.toString();
            else args[i] = args[i].replace("DIR/", dir + "/");
        }
        List<Object> before = ProjectFingerprint.of(project);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.toString());
        String err = run.err().strip();
        assertTrue(err.startsWith("rapport: "), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertFalse(err.chars().anyMatch(ch -> ch == 0x1b || ch == 0 || ch == 7), "a control character reached the"
                + " terminal: " + err);
        long lines = err.lines().filter(l -> !l.startsWith("Try 'rapport")).count();
        assertEquals(1, lines, "one line: " + err);
        if (hostile.named() != null) assertTrue(err.contains(hostile.named()), "names " + hostile.named() + ": " + err);
        assertEquals(before, ProjectFingerprint.of(project), "the project changed");
    }
}
