package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.project.RatersCommand;
import org.rapport.cli.reliability.AgreeCommand;
import org.rapport.cli.search.SearchCommand;
import org.rapport.cli.transfer.ExportCommand;
import org.rapport.cli.transfer.ImportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Option values are turned into typed values while the command line is parsed; a bad one is one line of bad input. */
class OptionValuesCliTest {
    @TempDir Path dir;

    private Path ratings() throws IOException {
        Path f = dir.resolve("k.csv");
        Files.writeString(f, "unit,rater,value\n1,a,1\n1,b,1\n2,a,2\n2,b,1\n3,a,2\n3,b,2\n4,a,1\n4,b,2\n5,a,3\n5,b,3\n");
        return f;
    }

    @Test
    void anUnknownWeightIsRefusedInOneLineThatListsTheChoices() throws IOException {
        CliRun r = CliRun.of("agree", "--data", ratings().toString(), "--statistic", "cohen-kappa", "--weights", "cubic");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("rapport: unknown value 'cubic' for --weights; choose one of linear, quadratic, unweighted\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownStatisticIsRefusedWithoutAUsageHint() throws IOException {
        CliRun r = CliRun.of("agree", "--data", ratings().toString(), "--statistic", "gwet-ac1");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("rapport: unknown statistic 'gwet-ac1'; choose one of percent-agreement, cohen-kappa, scott-pi,"
                + " brennan-prediger, fleiss-kappa, conger-kappa, light-kappa, krippendorff-alpha, gwet-ac, icc\n", r.err());
    }

    @Test
    void spellingsAreTakenInAnyCase() throws IOException {
        CliRun r = CliRun.of("agree", "--data", ratings().toString(), "--statistic", "Cohen-Kappa", "--weights", "LINEAR",
                "--weight-scale", "Ranks", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("cohen-kappa", j.get("statistic").asText());
        assertTrue(j.get("variant").asText().contains("linear"), r.out());
    }

    @Test
    void aBadValueIsRefusedBeforeTheProjectIsOpened() {
        Path missing = dir.resolve("missing");
        CliRun r = CliRun.of("export", "codings", "--project", missing.toString(), "--format", "xml", "--out",
                dir.resolve("c.xml").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("rapport: --format xml: expected csv or eaf\n", r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void anUnknownRaterRoleAddsNoRater() {
        Path project = dir.resolve("p");
        assertEquals(0, CliRun.of("init", project.toString()).exitCode());
        CliRun r = CliRun.of("raters", "--project", project.toString(), "--add", "Zoe", "--role", "boss");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("rapport: --role boss: expected observer, supervisor, master, client or therapist\n", r.err());
        assertFalse(CliRun.of("raters", "--project", project.toString()).out().contains("Zoe"));
    }

    @Test
    void anUnknownSortNamesBothOrders() {
        CliRun r = CliRun.of("search", "--project", dir.resolve("p").toString(), "--sort", "date", "know");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("rapport: unknown sort 'date'; use time or relevance\n", r.err());
    }

    @Test
    void everyCompletionCandidateIsAValueTheConverterTakes() {
        List<String> checked = new ArrayList<>();
        for (Object command : List.of(new AgreeCommand(), new SearchCommand(), new RatersCommand(), ExportCommand.class,
                ImportCommand.class)) {
            CommandLine cl = command instanceof Class<?> c ? new CommandLine(c) : new CommandLine(command);
            List<CommandLine> all = new ArrayList<>(List.of(cl));
            all.addAll(cl.getSubcommands().values());
            for (CommandLine sub : all) {
                for (OptionSpec o : sub.getCommandSpec().options()) {
                    if (o.completionCandidates() == null || o.converters().length == 0) continue;
                    for (String value : o.completionCandidates()) {
                        assertDoesNotThrow(() -> o.converters()[0].convert(value), o.longestName() + " " + value);
                        checked.add(o.longestName() + " " + value);
                    }
                }
            }
        }
        assertTrue(checked.containsAll(List.of("--statistic icc", "--weights quadratic", "--model two-way-mixed",
                "--method time-slice", "--sort relevance", "--role master", "--format eaf")), checked.toString());
    }
}
