package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.statistic.OracleCase;

/** In `agree --data`, R's NA and an empty cell are missing ratings, never a category. */
class AgreeMissingValuesTest {
    @TempDir Path dir;

    /** Krippendorff's (2011) example with its missing cells written as NA (odd units) and as empty values (even ones). */
    private Path withMissingWritten(String oracleId) throws IOException {
        String[][] labels = OracleCase.named(oracleId).labels();
        StringBuilder sb = new StringBuilder("unit,rater,value\n");
        for (int u = 0; u < labels.length; u++) {
            for (int r = 0; r < labels[u].length; r++) {
                String v = labels[u][r] != null ? labels[u][r] : u % 2 == 0 ? "NA" : "";
                sb.append("u").append(u + 1).append(",rater").append(r + 1).append(',').append(v).append('\n');
            }
        }
        Path f = dir.resolve(oracleId + ".csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void naAndEmptyCellsAreMissingForNominalAlpha() throws IOException {
        String id = "kalpha_k2011_nominal_missing";
        AgreeCommandTest.Run r = AgreeCommandTest.run("agree", "--data", withMissingWritten(id).toString(),
                "--statistic", "krippendorff-alpha", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals(OracleCase.named(id).expected().get("value").asDouble(), json.get("value").asDouble(),
                OracleCase.named(id).tolerance());
    }

    @Test
    void naIsNotACategoryOfCohensKappa() throws IOException {
        Path f = dir.resolve("k.csv");
        Files.writeString(f, "unit,rater,value\n1,a,x\n1,b,x\n2,a,y\n2,b,NA\n3,a,y\n3,b,y\n4,a,NA\n4,b,x\n5,a,x\n5,b,y\n");
        AgreeCommandTest.Run r = AgreeCommandTest.run("agree", "--data", f.toString(), "--statistic", "cohen-kappa",
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals(3, json.get("units").asInt(), "units 2 and 4 have a missing rating");
        // units 1, 3, 5: agree, agree, disagree; marginals a = (x, y, x), b = (x, y, y): po = 2/3, pe = 4/9
        assertEquals((2.0 / 3 - 4.0 / 9) / (1 - 4.0 / 9), json.get("value").asDouble(), 1e-12);
        assertFalse(json.toString().contains("\"NA\""), json.toString());
    }
}
