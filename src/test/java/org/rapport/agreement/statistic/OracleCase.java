package org.rapport.agreement.statistic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One published reference case from {@code src/test/resources/oracles/*.json} (their sources are in the README
 * there), read as it is. Expected values are never edited here.
 */
public record OracleCase(Path file, JsonNode json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The oracle folder of the test resources (on the test class path), inside the repository. */
    public static Path folder() {
        try {
            return Path.of(OracleCase.class.getResource("/oracles").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("oracle folder src/test/resources/oracles is not on the test class path", e);
        }
    }

    public static List<OracleCase> all() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) throw new IllegalStateException("oracle folder not found: " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            List<OracleCase> cases = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                cases.add(new OracleCase(f, JSON.readTree(f.toFile())));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OracleCase named(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    public String id() {
        return json.path("id").asText();
    }

    public String statistic() {
        return json.path("statistic").asText();
    }

    public JsonNode variant() {
        return json.path("variant");
    }

    public JsonNode expected() {
        return json.path("expected");
    }

    public double tolerance() {
        return json.path("tolerance").asDouble();
    }

    public String source() {
        return json.path("source").path("primary").asText();
    }

    /** The data as labels, units × raters, null for missing; whole numbers written without a decimal point. */
    public String[][] labels() {
        JsonNode values = json.path("data").path("values");
        String[][] out = new String[values.size()][];
        for (int u = 0; u < values.size(); u++) {
            JsonNode row = values.get(u);
            out[u] = new String[row.size()];
            for (int r = 0; r < row.size(); r++) {
                JsonNode v = row.get(r);
                if (v.isNull()) out[u][r] = null;
                else if (v.isNumber()) out[u][r] = Category.numeric(v.asDouble()).label();
                else out[u][r] = v.asText();
            }
        }
        return out;
    }

    public RatingTable table() {
        return RatingTable.fromLabels(labels());
    }

    public static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            m[i] = new double[node.get(i).size()];
            for (int j = 0; j < m[i].length; j++) m[i][j] = node.get(i).get(j).asDouble();
        }
        return m;
    }
}
