package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --deidentify on transcript, codings and search exports: pseudonyms, masks, the key and the review list. */
class DeidentifyCliTest {
    @TempDir
    Path dir;
    Path project;

    /** What a client might say that names people, places and numbers, in a session whose client has a name. */
    private static final String TRANSCRIPT = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Dr. Rivera>Hello Maria. Dr. Rivera here, as on 12 March 2024.

            00:00:05.000 --> 00:00:09.000
            <v Maria Lopez>My sister Ana Petrov in Leeds said call 0113 496 0000 or mail maria.lopez@example.org.

            00:00:10.000 --> 00:00:14.000
            <v Maria Lopez>See https://example.org/maria?id=7, my record 4857773456, born 3rd of May, case 44521.

            00:00:15.000 --> 00:00:18.000
            <v Dr. Rivera>Thank you, Ms Lopez. We meet again on 2024-04-02 at St James's Hospital.
            """;

    @BeforeEach
    void projectWithANamedClient() throws IOException {
        project = dir.resolve("p");
        assertEquals(0, CliRun.of("init", project.toString()).exitCode());
        Path vtt = dir.resolve("maria.vtt");
        Files.writeString(vtt, TRANSCRIPT, StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import", "session", "--project", project.toString(), "--name", "maria-lopez-1",
                "--transcript", vtt.toString(), "--client", "Maria Lopez", "--therapist", "Dr. Rivera",
                "--role", "Maria Lopez=client", "--role", "Dr. Rivera=therapist");
        assertEquals(0, imported.exitCode(), imported.toString());
        Files.writeString(project.resolve("identifiers.txt"), """
                # the people and places of this project
                name: Ana Petrov, Ana
                place: Leeds, St James's Hospital
                number: 44521
                """, StandardCharsets.UTF_8);
        Path codings = dir.resolve("codings.csv");
        Files.writeString(codings, """
                session,rater,codebook,code,start_ms,end_ms,note
                maria-lopez-1,Eve,3rs,w-denial,5000,9000,Maria denies it; her sister Ana is in Leeds
                """, StandardCharsets.UTF_8);
        // an import names only raters the project has
        assertEquals(0, CliRun.of("raters", "--project", project.toString(), "--add", "Eve", "--role", "observer")
                .exitCode());
        CliRun coded = CliRun.of("import", "codings", "--project", project.toString(), codings.toString());
        assertEquals(0, coded.exitCode(), coded.toString());
    }

    @Test
    void aTranscriptGetsStablePseudonymsAndMasksAndTheKeyOnlyWhereAsked() throws IOException {
        Path out = dir.resolve("t.vtt");
        Path key = dir.resolve("key.csv");
        Path review = dir.resolve("review.csv");
        CliRun run = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--out", out.toString(), "--deidentify", "--deidentify-key", key.toString(),
                "--deidentify-review", review.toString());
        assertEquals(0, run.exitCode(), run.toString());
        String t = Files.readString(out);
        for (String leak : List.of("Maria", "Lopez", "Rivera", "Ana", "Petrov", "Leeds", "James", "0113", "example.org",
                "4857773456", "44521", "March", "May", "04-02")) {
            assertFalse(t.contains(leak), leak + " left in\n" + t);
        }
        assertTrue(t.contains("<v Therapist-1>Hello Client-1. Therapist-1 here, as on [DATE 2024]."), t);
        assertTrue(t.contains("<v Client-1>My sister Name-1 in Place-1 said call [PHONE] or mail [EMAIL]."), t);
        assertTrue(t.contains("See [URL], my record [NUMBER], born [DATE], case Number-1."), t);
        assertTrue(t.contains("Thank you, Client-1. We meet again on [DATE 2024] at Place-1."), t);
        assertTrue(run.out().contains("de-identified: "), run.toString());

        String k = Files.readString(key);
        assertTrue(k.startsWith("pseudonym,kind,original\n"), k);
        assertTrue(k.contains("Client-1,client,Maria Lopez\n"), k);
        assertTrue(k.contains("Therapist-1,therapist,Dr. Rivera\n"), k);
        assertTrue(k.contains("Place-1,place,\"Leeds, St James's Hospital\"\n"), k);
        String r = Files.readString(review);
        assertTrue(r.startsWith("session,field,rule,original,replacement,count\n"), r);
        assertTrue(r.contains(",phone,0113 496 0000,[PHONE],1\n"), r);
        assertTrue(r.contains(",date,12 March 2024,[DATE 2024],1\n"), r);

        // the same person has the same pseudonym in the next export; no key unless asked
        Path again = dir.resolve("t2.vtt");
        CliRun second = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--out", again.toString(), "--deidentify");
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(t, Files.readString(again));
        assertFalse(second.out().contains("key"), second.toString());
    }

    @Test
    void namesCanBeMaskedInsteadAndThenThereIsNoKey() throws IOException {
        CliRun run = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--format", "vtt", "--out", "-", "--deidentify", "--redact-names");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("<v [NAME]>My sister [NAME] in [PLACE] said call [PHONE]"), run.out());
        CliRun key = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--out", dir.resolve("x.vtt").toString(), "--deidentify", "--redact-names", "--deidentify-key",
                dir.resolve("k.csv").toString());
        assertEquals(2, key.exitCode(), key.toString());
        assertFalse(Files.exists(dir.resolve("x.vtt")));
    }

    @Test
    void codingsKeepTheirCodesAndTimesWithTheSessionNameAndNotesDeidentified() throws IOException {
        Path out = dir.resolve("c.csv");
        CliRun run = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                out.toString(), "--deidentify");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                session,rater,codebook,codebook_version,code,start_ms,end_ms,first_utterance,last_utterance,value,note
                Client-1-1,Eve,3rs,1.0,w-denial,5000,9000,,,,Client-1 denies it; her sister Name-1 is in Place-1
                """, Files.readString(out));
        Path wide = dir.resolve("u.csv");
        CliRun byUtterance = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv",
                "--layout", "utterances", "--codebook", "3rs", "--out", wide.toString(), "--deidentify");
        assertEquals(0, byUtterance.exitCode(), byUtterance.toString());
        String u = Files.readString(wide);
        assertFalse(u.contains("Maria") || u.contains("Rivera"), u);
        assertTrue(u.contains("Client-1-1,Eve,1,5000,9000,Client-1,client,1,"), u);
        Path eaf = dir.resolve("c.eaf");
        CliRun elan = CliRun.of("export", "codings", "--project", project.toString(), "--format", "eaf", "--session",
                "maria-lopez-1", "--out", eaf.toString(), "--deidentify");
        assertEquals(0, elan.exitCode(), elan.toString());
        String e = Files.readString(eaf);
        assertTrue(e.contains("Client-1 denies it; her sister Name-1 is in Place-1"), e);
        assertFalse(e.contains("Maria") || e.contains("Leeds") || e.contains("MEDIA_DESCRIPTOR"), e);
    }

    @Test
    void searchHitsAreDeidentifiedWithTheirHighlightsOnThePseudonym() throws IOException {
        CliRun listed = CliRun.of("search", "--project", project.toString(), "sister", "--deidentify");
        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().contains("> My [sister] Name-1 in Place-1 said call [PHONE]"), listed.out());
        assertFalse(listed.out().contains("Maria") || listed.out().contains("Leeds"), listed.out());
        Path csv = dir.resolve("hits.csv");
        CliRun named = CliRun.of("search", "--project", project.toString(), "Leeds", "--csv", csv.toString(),
                "--deidentify");
        assertEquals(0, named.exitCode(), named.toString());
        String hits = Files.readString(csv);
        assertFalse(hits.contains("Leeds") || hits.contains("Maria") || hits.contains("Rivera"), hits);
        assertTrue(hits.contains(",Place-1,"), hits); // the highlighted words: the pseudonym
    }

    @Test
    void aBadIdentifierListIsRefusedAtItsLineAndNothingIsWritten() throws IOException {
        Files.writeString(project.resolve("identifiers.txt"), "name: Ana\nperson: Bob\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("t.vtt");
        CliRun run = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--out", out.toString(), "--deidentify");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("identifiers.txt:2: unknown kind 'person'"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theKeyMayNotGoToStandardOutputOrIntoTheProject() {
        CliRun stdout = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--out", dir.resolve("t.vtt").toString(), "--deidentify", "--deidentify-key", "-");
        assertEquals(2, stdout.exitCode(), stdout.toString());
        CliRun inside = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "maria-lopez-1",
                "--out", dir.resolve("t.vtt").toString(), "--deidentify", "--deidentify-key",
                project.resolve("key.csv").toString());
        assertEquals(2, inside.exitCode(), inside.toString());
        CliRun without = CliRun.of("export", "transcript", "--project", project.toString(), "--session",
                "maria-lopez-1", "--out", dir.resolve("t.vtt").toString(), "--deidentify-key",
                dir.resolve("k.csv").toString());
        assertEquals(2, without.exitCode(), without.toString());
        assertFalse(Files.exists(dir.resolve("t.vtt")));
    }
}
