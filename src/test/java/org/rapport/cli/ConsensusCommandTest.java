package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.demo.DemoProject;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.AuditLog;
import org.rapport.store.ConsensusRepository;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.h2.H2ProjectStore;

/** `rapport consensus start|list|resolve` on a sample session: what is agreed is taken, each decision is audited. */
class ConsensusCommandTest {
    private static final String SESSION = "s02-confrontation";
    @TempDir Path dir;
    private Path project;

    @BeforeEach
    void demo() throws Exception {
        project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private JsonNode openItems() throws Exception {
        CliRun r = run("consensus", "list", "--project", project.toString(), "--json");
        assertEquals(0, r.exitCode(), r.toString());
        return new ObjectMapper().readTree(r.out());
    }

    private CliRun start() {
        return run("consensus", "start", "--project", project.toString(), "--session", SESSION, "--codebook", "3rs",
                "--from", "Ana,Ben");
    }

    @Test
    void startTakesWhatIsAgreedAndListsEachDisagreementWithAnId() throws Exception {
        CliRun s = start();
        assertEquals(0, s.exitCode(), s.toString());
        assertTrue(s.out().matches("consensus of s02-confrontation with 3rs started as rater Consensus from Ana, Ben: \\d+"
                + " agreed coding\\(s\\) taken, \\d+ item\\(s\\) to resolve\n"), s.out());
        JsonNode items = openItems();
        assertTrue(items.size() > 0, "Ana and Ben disagree on s02");
        for (JsonNode i : items) {
            assertEquals(SESSION, i.get("session").asText());
            assertEquals(List.of("Ana", "Ben"), names(i.get("values")));
            assertNotEquals(i.get("values").get("Ana"), i.get("values").get("Ben"), i.toString());
            assertFalse(i.has("decision"));
        }
        try (ProjectStore store = H2ProjectStore.open(project)) {
            Rater consensus = store.read(tx -> tx.raters().byName("Consensus")).orElseThrow();
            assertEquals(RaterRole.CONSENSUS, consensus.role());
            List<Coding> codings = store.read(tx -> tx.codings().in(Selection.ALL.rater(consensus.id())));
            assertFalse(codings.isEmpty(), "the raters agree on some codes");
            List<AuditLog.Entry> audit = store.read(tx -> tx.audit().all());
            assertEquals(1, audit.stream().filter(e -> e.entity().equals(ConsensusRepository.ENTITY)).count());
        }
        CliRun again = start();
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("started already"), again.err());
    }

    @Test
    void resolvingTakesTheRatersCodesOnTheStretchAndIsAudited() throws Exception {
        assertEquals(0, start().exitCode());
        JsonNode items = openItems();
        JsonNode first = items.get(0);
        List<String> anas = strings(first.get("values").get("Ana"));
        CliRun r = run("consensus", "resolve", "--project", project.toString(), "--item", first.get("id").asText(),
                "--take", "Ana", "--reason", "Ana's reading fits the manual");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode after = openItems();
        assertEquals(items.size() - 1, after.size());
        for (JsonNode i : after) assertNotEquals(first.get("id").asLong(), i.get("id").asLong());

        CliRun all = run("consensus", "list", "--project", project.toString(), "--all", "--json");
        JsonNode decided = null;
        for (JsonNode i : new ObjectMapper().readTree(all.out())) if (i.get("id").equals(first.get("id"))) decided = i;
        assertEquals("take", decided.get("decision").get("kind").asText());
        assertEquals("Ana", decided.get("decision").get("take").asText());
        assertEquals(anas, strings(decided.get("decision").get("codes")));
        assertEquals("Ana's reading fits the manual", decided.get("decision").get("reason").asText());
        assertTrue(decided.get("decision").get("decided_by").asText().startsWith("command line"));

        long start = first.get("start_ms").asLong();
        long end = first.get("end_ms").asLong();
        try (ProjectStore store = H2ProjectStore.open(project)) {
            Rater consensus = store.read(tx -> tx.raters().byName("Consensus")).orElseThrow();
            List<String> onStretch = new ArrayList<>();
            for (Coding c : store.read(tx -> tx.codings().in(Selection.ALL.rater(consensus.id())))) {
                if (c.startMs() == start && c.endMs() == end && c.note() != null && c.note().startsWith("consensus item")) {
                    onStretch.add(c.codeId());
                }
            }
            assertEquals(anas, onStretch);
            List<AuditLog.Entry> rows = store.read(tx -> tx.audit().forEntity(ConsensusRepository.ITEM_ENTITY,
                    first.get("id").asLong()));
            assertEquals(1, rows.size());
            assertEquals("update", rows.get(0).action());
            assertTrue(rows.get(0).afterJson().contains("\"reason\":\"Ana's reading fits the manual\""), rows.get(0).afterJson());
            assertFalse(rows.get(0).beforeJson().contains("reason"), rows.get(0).beforeJson());
        }
    }

    @Test
    void noneAndNewCodingAndReResolving() throws Exception {
        assertEquals(0, start().exitCode());
        JsonNode first = openItems().get(0);
        String id = first.get("id").asText();
        assertEquals(0, run("consensus", "resolve", "--project", project.toString(), "--item", id, "--take", "none",
                "--reason", "neither marker is there").exitCode());
        CliRun n = run("consensus", "resolve", "--project", project.toString(), "--item", id, "--code", "w-denial",
                "--reason", "on second viewing: denial");
        assertEquals(0, n.exitCode(), n.toString());
        assertTrue(n.out().contains("w-denial"), n.out());
        try (ProjectStore store = H2ProjectStore.open(project)) {
            assertEquals(2, store.read(tx -> tx.audit().forEntity(ConsensusRepository.ITEM_ENTITY, Long.parseLong(id))).size());
        }
    }

    @Test
    void badInputIsOneClearMessage() throws Exception {
        CliRun one = run("consensus", "start", "--project", project.toString(), "--session", SESSION, "--codebook", "3rs",
                "--from", "Ana");
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("two or more raters"), one.err());
        assertEquals(0, start().exitCode());
        String id = openItems().get(0).get("id").asText();
        CliRun noReason = run("consensus", "resolve", "--project", project.toString(), "--item", id, "--take", "Ana",
                "--reason", " ");
        assertEquals(2, noReason.exitCode());
        assertTrue(noReason.err().contains("reason"), noReason.err());
        CliRun stranger = run("consensus", "resolve", "--project", project.toString(), "--item", id, "--take", "Nobody",
                "--reason", "x");
        assertEquals(2, stranger.exitCode());
        assertTrue(stranger.err().contains("Ana, Ben"), stranger.err());
        CliRun missing = run("consensus", "resolve", "--project", project.toString(), "--item", "999999", "--take", "none",
                "--reason", "x");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no consensus item 999999"), missing.err());
        for (CliRun r : List.of(one, noReason, stranger, missing)) assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void theConsensusIsTheReferenceInReliabilityWhenNamed() throws Exception {
        assertEquals(0, start().exitCode());
        CliRun all = run("agree", "--project", project.toString(), "--codebook", "3rs", "--json");
        assertFalse(all.out().contains("Consensus"), "left out unless named");
        CliRun named = run("agree", "--project", project.toString(), "--codebook", "3rs", "--sessions", SESSION,
                "--raters", "Ana,Consensus", "--json");
        assertEquals(0, named.exitCode(), named.toString());
        assertTrue(named.out().contains("Ana–Consensus"), named.out());
    }

    @Test
    void theConsensusIsExportedWithTheCodings() throws Exception {
        assertEquals(0, start().exitCode());
        Path out = dir.resolve("codings.csv");
        CliRun r = run("export", "codings", "--project", project.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = java.nio.file.Files.readAllLines(out);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",Consensus,") && l.contains(SESSION)), String.join("\n", lines));
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }
}
