package org.rapport.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Criterion;

/** The training criterion of a codebook: optional, checked against what the codebook declares, errors by line. */
class CriterionValidationTest {
    /** Lines 1-15: a codebook with one group of codes and two segment items; {@code criterion:} is line 16. */
    private static final String HEAD = """
            id: lab
            version: "1.0"
            title: Lab codebook
            groups:
              - id: withdrawal
                label: Withdrawal
            codes:
              - id: a
                label: A
                group: withdrawal
                kind: interval
            scales:
              - {id: s1, label: S1, unit: 5-minute segments, level: ordinal, min: 1, max: 5}
              - {id: s2, label: S2, unit: 5-minute segments, level: ordinal, min: 1, max: 5}
            # the criterion
            """;

    private static Codebook parse(String yaml) {
        return CodebookLoader.parse("c.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCodebookWithoutCriterionStaysValid() {
        assertNull(parse(HEAD).criterion());
    }

    @Test
    void aCriterionIsReadWithItsParts() {
        Criterion c = parse(HEAD + """
                criterion:
                  statistic: icc
                  form: A1
                  of: segment-items
                  target: all-items
                  min: 0.70
                  consecutive: 3
                  source: the lab's manual
                """).criterion();
        assertEquals(new Criterion(Criterion.Statistic.ICC, "segment-items", "all-items", 0.70, 3, "the lab's manual"), c);
        assertEquals("ICC(A,1) of the items rated per segment (all items pooled) \u2265 0.70 on 3 consecutive gold sessions",
                c.describe());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown statistic   | statistic: kendall\\n  of: codes\\n  min: 0.7                  | 17 | unknown statistic \"kendall\"",
            "unknown part        | statistic: kappa\\n  of: utterances\\n  min: 0.7              | 18 | unknown part \"utterances\"",
            "unknown target      | statistic: kappa\\n  of: code-groups\\n  target: x\\n  min: 0.7 | 19 | has no target \"x\"",
            "kappa on items      | statistic: kappa\\n  of: segment-items\\n  min: 0.7           | 17 | kappa compares categories",
            "icc on codes        | statistic: icc\\n  of: codes\\n  min: 0.7                    | 17 | the ICC compares numbers",
            "other icc form      | statistic: icc\\n  form: C1\\n  of: segment-items\\n  min: 0.7 | 18 | ICC form \"C1\" is not computed",
            "min not a number    | statistic: kappa\\n  of: codes\\n  min: high                 | 19 | \"min\" must be a number",
            "min out of range    | statistic: kappa\\n  of: codes\\n  min: 70                   | 19 | between -1 and 1",
            "consecutive zero    | statistic: kappa\\n  of: codes\\n  min: 0.7\\n  consecutive: 0 | 20 | from 1 to 50",
            "unknown key         | statistic: kappa\\n  of: codes\\n  min: 0.7\\n  runs: 3       | 20 | unknown key \"runs\"",
            "part the book lacks | statistic: icc\\n  of: session-items\\n  min: 0.7            | 18 | the codebook has none",
    })
    void aWrongCriterionIsReportedAtItsLine(String name, String body, int line, String problem) {
        String yaml = HEAD + "criterion:\n  " + body.replace("\\n", "\n").strip() + "\n";
        BadInputException e = assertThrows(BadInputException.class, () -> parse(yaml));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("c.yaml:" + line + ": ") && e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void theShippedCodebooksStateADefaultCriterion() {
        for (String name : new String[] {"3rs.yaml", "wai-o-s.yaml", "demo.yaml"}) {
            Codebook cb = CodebookLoader.load(Path.of("codebooks", name));
            assertNotNull(cb.criterion(), name);
            assertTrue(cb.criterion().consecutive() >= 2 && cb.criterion().min() >= 0.6, name);
        }
        assertEquals(Criterion.Statistic.ICC, CodebookLoader.load(Path.of("codebooks/3rs.yaml")).criterion().statistic());
    }
}
