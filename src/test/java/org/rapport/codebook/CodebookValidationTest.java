package org.rapport.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;

/** Each mistake a lab can make in a codebook is reported with the file, the line and the problem. */
class CodebookValidationTest {
    /** Lines 1-9: a valid head; tests append codes or scales from line 10 on. */
    private static final String HEAD = """
            id: lab
            version: "1.0"
            title: Lab codebook
            groups:
              - id: withdrawal
                label: Withdrawal
            subscales:
              - id: bond
                label: Bond
            """;
    private static final String CODE_A = """
            codes:
              - id: a
                label: A
                group: withdrawal
                kind: interval
                hotkey: q
            """;

    private static BadInputException failure(String yaml) {
        return assertThrows(BadInputException.class,
                () -> CodebookLoader.parse("bad.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertReported(BadInputException e, int line, String problem) {
        assertEquals("bad.yaml", e.source());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aValidCodebookLoads() {
        Codebook cb = CodebookLoader.parse("ok.yaml", (HEAD + CODE_A).getBytes(StandardCharsets.UTF_8));
        assertEquals("lab", cb.id());
        assertEquals("q", cb.code("a").orElseThrow().hotkey());
    }

    @Test
    void contentHashIsTheSha256OfTheFileBytes() {
        // expected value from sha256sum of the same text
        Codebook cb = CodebookLoader.parse("ok.yaml", (HEAD + CODE_A).getBytes(StandardCharsets.UTF_8));
        assertEquals("b68fbf77a87610738ba6a2a2e6dac8ad758da6e227fd9d9dea092118b61b69e2", cb.contentHash());
    }

    @Test
    void loadNamesTheFileItWasGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, HEAD + CODE_A.replace("kind: interval", "kind: intervall"));
        BadInputException e = assertThrows(BadInputException.class, () -> CodebookLoader.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(14, e.line());
    }

    @Test
    void missingFileIsReportedAsBadInput(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");
        BadInputException e = assertThrows(BadInputException.class, () -> CodebookLoader.load(file));
        assertTrue(e.getMessage().contains("absent.yaml: no such file"), e.getMessage());
    }

    @Test
    void emptyFileIsReported() {
        BadInputException e = failure("# nothing but a comment\n");
        assertEquals("bad.yaml", e.source());
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
    }

    @Test
    void badYamlSyntaxIsReportedWithItsLine() {
        assertReported(failure(HEAD + "codes:\n  - id: a\n    label: A: b\n"), 12,
                "not valid YAML: mapping values are not allowed here");
    }

    @Test
    void topLevelListIsReported() {
        assertReported(failure("- id: a\n- id: b\n"), 1, "the codebook must be a mapping");
    }

    @Test
    void unknownTopLevelKeyIsReported() {
        assertReported(failure(HEAD + "scale:\n  - id: x\n"), 10, "unknown key \"scale\" in the codebook");
    }

    @Test
    void unknownKeyInACodeIsReported() {
        assertReported(failure(HEAD + CODE_A + "    hotkye: w\n"), 16, "unknown key \"hotkye\" in code");
    }

    @Test
    void repeatedKeyInOneMappingIsReported() {
        assertReported(failure(HEAD + CODE_A + "    label: B\n"), 16, "duplicate key \"label\" (first at line 12)");
    }

    @Test
    void missingVersionIsReported() {
        assertReported(failure(HEAD.replace("version: \"1.0\"\n", "")), 1, "the codebook has no \"version\"");
    }

    @Test
    void missingCodeLabelIsReported() {
        assertReported(failure(HEAD + CODE_A.replace("    label: A\n", "")), 11, "code a has no \"label\"");
    }

    @Test
    void codebookWithoutCodesOrScalesIsReported() {
        assertReported(failure(HEAD), 1, "declares no codes and no scales");
    }

    @Test
    void idWithASpaceIsReported() {
        assertReported(failure(HEAD + CODE_A.replace("id: a", "id: a b")), 11, "id \"a b\" may contain only");
    }

    @Test
    void duplicateCodeIdIsReported() {
        String yaml = HEAD + CODE_A + """
                  - id: a
                    label: Again
                    kind: point
                """;
        assertReported(failure(yaml), 16, "duplicate id \"a\" (also used by code a at line 11)");
    }

    @Test
    void scaleWithTheIdOfACodeIsReported() {
        String yaml = HEAD + CODE_A + """
                scales:
                  - id: a
                    label: A rating
                    min: 1
                    max: 5
                    unit: session
                    level: ordinal
                """;
        assertReported(failure(yaml), 17, "duplicate id \"a\" (also used by code a at line 11)");
    }

    @Test
    void duplicateGroupIdIsReported() {
        String yaml = HEAD.replace("subscales:", "  - id: withdrawal\n    label: Again\nsubscales:") + CODE_A;
        assertReported(failure(yaml), 7, "duplicate group id \"withdrawal\" (also used by group withdrawal at line 5)");
    }

    @Test
    void duplicateSubscaleIdIsReported() {
        String yaml = HEAD + "  - id: bond\n    label: Again\n" + CODE_A;
        assertReported(failure(yaml), 10, "duplicate subscale id \"bond\" (also used by subscale bond at line 8)");
    }

    @Test
    void duplicateHotkeyIsReportedWhateverItsCase() {
        String yaml = HEAD + CODE_A + """
                  - id: b
                    label: B
                    kind: point
                    hotkey: Q
                """;
        assertReported(failure(yaml), 19, "duplicate hotkey \"q\" (also used by code a at line 15)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"i|mark in", "O|mark out", "Left|arrow key", "'\"[\"'|slower",
            "'\",\"'|frame step back", "'\" \"'|play/pause", "space|play/pause"})
    void reservedHotkeyIsReportedWithWhatThePlayerUsesItFor(String written, String use) {
        String shown = written.startsWith("\"") ? written.substring(1, written.length() - 1) : written;
        assertReported(failure(HEAD + CODE_A.replace("hotkey: q", "hotkey: " + written)), 15,
                "code a: hotkey \"" + shown + "\" is reserved by the player (" + use + ")");
    }

    @Test
    void wordAsHotkeyIsReported() {
        assertReported(failure(HEAD + CODE_A.replace("hotkey: q", "hotkey: ctrl")), 15,
                "hotkey \"ctrl\" is not a key");
    }

    @Test
    void functionKeyIsAcceptedAsHotkey() {
        Codebook cb = CodebookLoader.parse("ok.yaml",
                (HEAD + CODE_A.replace("hotkey: q", "hotkey: f5")).getBytes(StandardCharsets.UTF_8));
        assertEquals("F5", cb.code("a").orElseThrow().hotkey());
    }

    @Test
    void undeclaredGroupIsReported() {
        assertReported(failure(HEAD + CODE_A.replace("group: withdrawal", "group: withdrawl")), 13,
                "code a: group \"withdrawl\" is not declared under groups:");
    }

    @Test
    void unknownKindIsReported() {
        assertReported(failure(HEAD + CODE_A.replace("kind: interval", "kind: span")), 14,
                "code a: unknown kind \"span\" (use one of: interval, point, utterance)");
    }

    @Test
    void searchWithoutQueryIsReported() {
        String yaml = HEAD + CODE_A + """
                    searches:
                      - query: ""
                        description: nothing to search for
                """;
        assertReported(failure(yaml), 17, "code a: search: \"query\" is empty");
    }

    @Test
    void searchesAreReadInOrder() {
        String yaml = HEAD + CODE_A + """
                    searches:
                      - query: role:client AND "i'm fine"
                        description: denial
                      - query: role:client AND words:[1 TO 3]
                """;
        Codebook cb = CodebookLoader.parse("ok.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        var searches = cb.code("a").orElseThrow().searches();
        assertEquals("role:client AND \"i'm fine\"", searches.get(0).query());
        assertEquals("denial", searches.get(0).description());
        assertEquals("role:client AND words:[1 TO 3]", searches.get(1).query());
    }

    /** Lines 10-18 of a scale, for the scale tests below. */
    private static String scale(String min, String max, String extra) {
        return """
                scales:
                  - id: s
                    label: A rating
                    min: %s
                    max: %s
                    unit: 5-minute segments
                    level: ordinal
                    subscale: bond
                %s""".formatted(min, max, extra);
    }

    @Test
    void minAboveMaxIsReported() {
        assertReported(failure(HEAD + scale("5", "1", "")), 14, "scale s: min 5 must be below max 1");
    }

    @Test
    void nonNumericMaxIsReported() {
        assertReported(failure(HEAD + scale("1", "five", "")), 14, "scale s: \"max\" must be a whole number, not \"five\"");
    }

    @Test
    void anchorOutsideTheScaleIsReported() {
        String anchors = "    anchors:\n      1: low\n      7: high\n";
        assertReported(failure(HEAD + scale("1", "5", anchors)), 20, "scale s: anchor 7 is outside the scale 1..5");
    }

    @Test
    void anchorWithoutLabelIsReported() {
        String anchors = "    anchors:\n      1: low\n      5:\n";
        assertReported(failure(HEAD + scale("1", "5", anchors)), 20, "scale s: anchor 5 needs a label");
    }

    @Test
    void undeclaredSubscaleIsReported() {
        assertReported(failure(HEAD + scale("1", "5", "").replace("subscale: bond", "subscale: goal")), 17,
                "scale s: subscale \"goal\" is not declared under subscales:");
    }

    @Test
    void unknownUnitIsReported() {
        assertReported(failure(HEAD + scale("1", "5", "").replace("5-minute segments", "5 min")), 15,
                "scale s: unknown unit \"5 min\" (use \"session\" or \"N-minute segments\"");
    }

    @Test
    void unknownLevelIsReported() {
        assertReported(failure(HEAD + scale("1", "5", "").replace("level: ordinal", "level: metric")), 16,
                "scale s: unknown level \"metric\" (use one of: nominal, ordinal, interval, ratio)");
    }

    @Test
    void reverseKeyedMustBeTrueOrFalse() {
        assertReported(failure(HEAD + scale("1", "5", "    reverse-keyed: maybe\n")), 18,
                "scale s: \"reverse-keyed\" must be true or false");
    }

    @Test
    void codesGivenAsASingleValueAreReported() {
        assertReported(failure(HEAD + "codes: withdrawal\n"), 10, "\"codes\" must be a list");
    }

    @Test
    void codeWrittenAsAPlainValueIsReported() {
        assertReported(failure(HEAD + "codes:\n  - w-denial\n"), 11, "code must be a mapping");
    }

    @Test
    void yamlAliasIsReportedRatherThanMisread() {
        assertReported(failure(HEAD + CODE_A.replace("label: A", "label: *a")), 12, "YAML aliases (*a) are not supported");
    }

    @Test
    void secondYamlDocumentIsReported() {
        assertReported(failure(HEAD + CODE_A + "---\nid: other\n"), 17, "a second YAML document");
    }
}
