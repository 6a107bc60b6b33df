package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;

/**
 * The commands and the R code of docs/exports.md run as written on the demo project, and what R and PSPP make of
 * the files agrees with the sample data (read here straight from sample-sessions/ and codebooks/) and with
 * {@code rapport agree}.
 */
class ExportsDocTest {
    private static final Path DOC = Path.of("docs/exports.md");

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void demoProjectAndTheDocsCommands() throws IOException {
        project = dir.resolve("P");
        assertEquals(0, CliRun.of("demo", "--dir", project.toString(), "--samples", "sample-sessions").exitCode());
        for (String line : block("commands").lines().toList()) {
            List<String> args = new ArrayList<>();
            List<String> words = List.of(line.strip().split("\\s+"));
            assertEquals("rapport", words.get(0), line);
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                String before = words.get(i - 1);
                args.add(w.equals("P") ? project.toString()
                        : before.equals("--out") || before.equals("--spss") ? dir.resolve(w).toString() : w);
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), line + "\n" + run);
        }
    }

    /** The fenced block after the marker {@code <!-- ExportsDocTest: NAME -->}. */
    private static String block(String name) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- ExportsDocTest: " + name + " -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertTrue(m.find(), "no block " + name + " in " + DOC);
        return m.group(1);
    }

    private static String run(Path workDir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    @Test
    void theRExampleRunsAsWrittenAndAgreesWithTheSampleDataAndWithRapportsKappa()
            throws IOException, InterruptedException {
        NativeSupport.assumeProgram("Rscript", "r-base-core");
        Files.writeString(dir.resolve("example.R"), block("R"), StandardCharsets.UTF_8);
        String out = run(dir, "Rscript", "example.R");

        Matcher kappa = Pattern.compile("w-denial, Ana vs Ben: kappa = (-?[0-9.]+) over (\\d+) utterances").matcher(out);
        assertTrue(kappa.find(), out);
        JsonNode estimate = cohenKappa("w-denial", "Ana–Ben");
        assertEquals(String.format("%.3f", estimate.get("value").asDouble()), kappa.group(1));
        assertEquals(estimate.get("units").asInt(), Integer.parseInt(kappa.group(2)));

        Map<String, Double> means = subscaleMeans();
        Map<String, Double> totals = totals();
        int meansSeen = 0;
        int totalsSeen = 0;
        for (String line : out.lines().toList()) {
            String[] w = line.strip().split("\\s+");
            if (w.length == 5 && means.containsKey(w[1] + " " + w[2] + " " + w[3])) {
                assertEquals(means.get(w[1] + " " + w[2] + " " + w[3]), Double.parseDouble(w[4]), 1e-6, line);
                meansSeen++;
            } else if (w.length == 4 && totals.containsKey(w[1] + " " + w[2])) {
                assertEquals(totals.get(w[1] + " " + w[2]), Double.parseDouble(w[3]), 1e-9, line);
                totalsSeen++;
            }
        }
        assertEquals(means.size(), meansSeen, out);
        assertEquals(totals.size(), totalsSeen, out);
    }

    @Test
    void theWideRatingsSyntaxRunsInPsppWithLabelsAndTheSampleMeans() throws IOException, InterruptedException {
        NativeSupport.assumeProgram("pspp", "pspp");
        Files.writeString(dir.resolve("check.sps"), "INCLUDE FILE='" + dir.resolve("wai-wide.sps") + "'.\n"
                + "DISPLAY DICTIONARY /VARIABLES=wai04 wai04_scored.\n"
                + "SET TVARS=NAMES.\n"
                + "DESCRIPTIVES wai01 wai04 wai04_scored /STATISTICS=MEAN.\n", StandardCharsets.UTF_8);
        String out = run(dir, "pspp", "-o", "check.txt", "-O", "width=300", "check.sps");
        String listing = Files.readString(dir.resolve("check.txt"), StandardCharsets.UTF_8);
        assertFalse((out + listing).toLowerCase().contains("error") || (out + listing).toLowerCase().contains("warning"),
                out + listing);
        assertTrue(listing.contains("(reverse-keyed)"), listing);
        assertTrue(listing.contains("very strong evidence against"), listing);
        Map<String, List<Double>> values = waiValues();
        for (String item : List.of("wai01", "wai04", "wai04_scored")) {
            List<Double> v = values.get(item);
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            Matcher row = Pattern.compile("\\|" + item + "[^|]*\\|\\s*" + v.size() + "\\|\\s*([0-9.]+)\\|").matcher(listing);
            assertTrue(row.find(), item + " N " + v.size() + " in\n" + listing);
            assertEquals(mean, Double.parseDouble(row.group(1)), 0.005, item);
        }
    }

    private JsonNode cohenKappa(String code, String pair) throws IOException {
        CliRun agree = CliRun.of("agree", "--project", project.toString(), "--codebook", "3rs", "--json");
        assertEquals(0, agree.exitCode(), agree.toString());
        for (JsonNode section : new ObjectMapper().readTree(agree.out()).get("sections")) {
            if (!section.get("id").asText().equals("codes")) continue;
            for (JsonNode target : section.get("targets")) {
                if (!target.get("id").asText().equals(code)) continue;
                for (JsonNode e : target.get("estimates")) {
                    if (e.get("comparison").asText().equals(pair) && e.get("statistic").asText().equals("cohen-kappa")) {
                        return e;
                    }
                }
            }
        }
        throw new AssertionError("no kappa of " + code + " for " + pair);
    }

    /** WAI-O-S items from the codebook itself: subscale, and whether reverse-keyed, with its min and max. */
    private static Map<String, JsonNode> waiItems() throws IOException {
        JsonNode cb = new ObjectMapper(new YAMLFactory()).readTree(Path.of("codebooks/wai-o-s.yaml").toFile());
        Map<String, JsonNode> items = new HashMap<>();
        for (JsonNode s : cb.get("scales")) items.put(s.get("id").asText(), s);
        return items;
    }

    private static double scored(JsonNode item, double value) {
        boolean reversed = item.has("reverse-keyed") && item.get("reverse-keyed").asBoolean();
        return reversed ? item.get("min").asDouble() + item.get("max").asDouble() - value : value;
    }

    private static List<CSVRecord> sampleWaiRatings() throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("sample-sessions/ratings.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords()
                    .stream().filter(rec -> rec.get("codebook").equals("wai-o-s")).toList();
        }
    }

    /** "session rater subscale" to the mean of its scored items, from the sample file and the codebook. */
    private static Map<String, Double> subscaleMeans() throws IOException {
        Map<String, JsonNode> items = waiItems();
        Map<String, List<Double>> scored = new TreeMap<>();
        for (CSVRecord r : sampleWaiRatings()) {
            JsonNode item = items.get(r.get("item"));
            scored.computeIfAbsent(r.get("session") + " " + r.get("rater") + " " + item.get("subscale").asText(),
                    k -> new ArrayList<>()).add(scored(item, Double.parseDouble(r.get("value"))));
        }
        Map<String, Double> means = new TreeMap<>();
        scored.forEach((k, v) -> means.put(k, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return means;
    }

    /** "session rater" to the sum of all twelve scored items. */
    private static Map<String, Double> totals() throws IOException {
        Map<String, JsonNode> items = waiItems();
        Map<String, Double> totals = new TreeMap<>();
        for (CSVRecord r : sampleWaiRatings()) {
            totals.merge(r.get("session") + " " + r.get("rater"),
                    scored(items.get(r.get("item")), Double.parseDouble(r.get("value"))), Double::sum);
        }
        return totals;
    }

    /** Each item's values, and each reverse-keyed item's scored values as item_scored. */
    private static Map<String, List<Double>> waiValues() throws IOException {
        Map<String, JsonNode> items = waiItems();
        Map<String, List<Double>> values = new HashMap<>();
        for (CSVRecord r : sampleWaiRatings()) {
            double v = Double.parseDouble(r.get("value"));
            values.computeIfAbsent(r.get("item"), k -> new ArrayList<>()).add(v);
            JsonNode item = items.get(r.get("item"));
            if (item.has("reverse-keyed") && item.get("reverse-keyed").asBoolean()) {
                values.computeIfAbsent(r.get("item") + "_scored", k -> new ArrayList<>()).add(scored(item, v));
            }
        }
        return values;
    }
}
