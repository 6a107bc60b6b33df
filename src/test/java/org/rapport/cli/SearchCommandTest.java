package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path dir;
    Path project;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RapportCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path vtt(Path file, String body) throws IOException {
        Files.writeString(file, "WEBVTT\n\n" + body);
        return file;
    }

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("p");
        assertEquals(0, run("init", project.toString()), err.toString());
        Path s1 = vtt(dir.resolve("s1.vtt"), """
                00:00:00.000 --> 00:00:02.000
                <v Therapist>How are things at home?

                00:00:02.000 --> 00:00:03.000
                <v Client>I don't know.

                00:00:03.000 --> 00:00:06.000
                <v Therapist>You don't know? Do you know why?

                """);
        assertEquals(0, run("import", "session", "--project", project.toString(), "--name", "s1", "--transcript",
                s1.toString()), err.toString());
    }

    /** docs/decisions/0022: once the index is stamped, a search answers from it alone, printing the same text. */
    @Test
    void aStampedIndexPrintsWhatTheStoreWayPrints() throws Exception {
        Thread.sleep(2_500); // a store written a moment ago is not stamped
        String[] search = {"search", "--project", project.toString(), "\"don't know\""};
        out.getBuffer().setLength(0);
        assertEquals(0, run(search), err.toString());
        String throughStore = out.toString();
        assertTrue(Files.isRegularFile(project.resolve("index").resolve("store-stamp.properties")));
        out.getBuffer().setLength(0);
        assertEquals(0, run(search), err.toString());
        assertEquals(throughStore.replaceAll(", \\d+ ms", ""), out.toString().replaceAll(", \\d+ ms", ""));
        assertTrue(throughStore.startsWith("s1 #1  0:00:02.0-0:00:03.0  Client (client)\n"), throughStore);
        assertTrue(throughStore.contains("2 hit(s) in 1 session(s), "), throughStore);
        assertTrue(throughStore.endsWith(" ms\n  s1" + " ".repeat(23) + "2\n"), throughStore); // "  %-24s %d"
        assertEquals("", err.toString());
    }

    @Test
    void jsonPrintsTotalAndHitsWithHighlights() throws IOException {
        assertEquals(0, run("search", "--project", project.toString(), "--json", "--limit", "1", "\"don't know\""),
                err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString().substring(out.toString().indexOf('{')));
        assertEquals(2, root.get("total").asInt());
        assertEquals(1, root.get("hits").size());
        JsonNode hit = root.get("hits").get(0);
        assertEquals("s1", hit.get("session").asText());
        assertEquals(1, hit.get("utterance").asInt());
        assertEquals(2000, hit.get("start_ms").asLong());
        assertEquals(3000, hit.get("end_ms").asLong());
        assertEquals("Client", hit.get("speaker").asText());
        assertEquals("client", hit.get("role").asText());
        assertEquals("I don't know.", hit.get("text").asText());
        assertEquals("don't know", hit.get("highlights").get(0).asText());
    }

    @Test
    void textOutputShowsTheMatchInContext() {
        assertEquals(0, run("search", "--project", project.toString(), "role:client AND know"), err.toString());
        assertTrue(out.toString().contains("I don't [know]."), out.toString());
        assertTrue(out.toString().contains("How are things at home?"), out.toString());
        assertTrue(out.toString().contains("1 hit(s) in 1 session(s)"), out.toString());
    }

    @Test
    void csvExportWritesEveryHit() throws IOException {
        Path csv = dir.resolve("hits.csv");
        assertEquals(0, run("search", "--project", project.toString(), "--limit", "1", "--csv", csv.toString(), "know"),
                err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("session,utterance,start_ms,end_ms,speaker,role,text,highlights"));
    }

    @Test
    void malformedQueryExitsWithTwoAndAPosition() {
        assertEquals(2, run("search", "--project", project.toString(), "words:[1 TO"));
        assertTrue(err.toString().contains("position"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void unknownFieldExitsWithTwo() {
        assertEquals(2, run("search", "--project", project.toString(), "colour:red"));
        assertTrue(err.toString().contains("unknown field 'colour'"), err.toString());
    }

    @Test
    void aProjectThatDoesNotExistExitsWithTwoAndCreatesNothing() {
        Path missing = dir.resolve("missing");
        assertEquals(2, run("search", "--project", missing.toString(), "know"));
        assertTrue(Files.notExists(missing));
        assertEquals(2, run("index", "--project", missing.toString()));
        assertTrue(Files.notExists(missing));
    }

    @Test
    void lexiconListsCandidateMomentsPerCode() {
        assertEquals(0, run("search", "--project", project.toString(), "--lexicon", "3rs"), err.toString());
        assertTrue(out.toString().contains("w-minimal"), out.toString());
        assertTrue(out.toString().contains("not codings"), out.toString());
    }

    @Test
    void lexiconWithAMissingCodeExitsWithTwo() {
        assertEquals(2, run("search", "--project", project.toString(), "--lexicon", "3rs", "--code", "w-gone"));
        assertTrue(err.toString().contains("no code 'w-gone'"), err.toString());
    }

    private void codeMinimalResponse() throws IOException {
        Path csv = dir.resolve("codings.csv");
        Files.writeString(csv, "session,rater,codebook,code,start_ms,end_ms,value,note\n"
                + "s1,Ana,3rs,w-minimal,2000,3000,,\n");
        assertEquals(0, run("raters", "--project", project.toString(), "--add", "Ana"), err.toString()); // imports never create raters
        assertEquals(0, run("import", "codings", "--project", project.toString(), csv.toString()), err.toString());
    }

    @Test
    void nearCodeKeepsOnlyUtterancesNearTheCoding() throws IOException {
        codeMinimalResponse();
        assertEquals(0, run("search", "--project", project.toString(), "--json", "--near-code", "w-minimal",
                "--within-s", "0", "role:client AND know"), err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString().substring(out.toString().indexOf('{')));
        assertEquals(1, root.get("total").asInt());
        assertEquals(1, root.get("hits").get(0).get("utterance").asInt());
    }

    @Test
    void anObserverAskingForSeveralRatersExitsWithTwo() throws IOException {
        codeMinimalResponse();
        assertEquals(2, run("search", "--project", project.toString(), "--rater", "Ana", "--near-code", "w-minimal",
                "--min-raters", "2", "know"));
        assertTrue(err.toString().contains("observer"), err.toString());
    }

    @Test
    void indexRebuildReportsTheUtterances() {
        assertEquals(0, run("index", "--project", project.toString(), "--rebuild"), err.toString());
        assertTrue(out.toString().contains("3 utterances"), out.toString());
        assertTrue(err.toString().contains("indexing: 1/1 sessions"), err.toString());
    }
}
