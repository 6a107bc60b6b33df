package org.rapport.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.RatingUnit;
import org.rapport.model.codebook.Scale;

/** The three codebooks in codebooks/ load with the ids other parts (sample data, coding UI) rely on. */
class ShippedCodebooksTest {
    static final Path DIR = Path.of("codebooks");

    private static final Map<String, String> THREE_RS_HOTKEYS = new LinkedHashMap<>();

    static {
        String[][] pairs = {{"w-denial", "1"}, {"w-minimal", "2"}, {"w-abstract", "3"}, {"w-avoidant", "4"},
                {"w-deferential", "5"}, {"w-split", "6"}, {"w-hopeless", "7"}, {"c-therapist", "q"},
                {"c-rejecting", "w"}, {"c-activities", "e"}, {"c-parameters", "r"}, {"c-progress", "t"},
                {"c-defending", "y"}, {"c-control", "u"}, {"r-clarify", "a"}, {"r-change-task", "s"},
                {"r-rationale", "d"}, {"r-invite", "f"}, {"r-acknowledge", "g"}, {"r-disclose", "h"},
                {"r-link-therapy", "j"}, {"r-link-other", "k"}, {"r-validate", "l"}, {"r-redirect", "z"}};
        for (String[] p : pairs) THREE_RS_HOTKEYS.put(p[0], p[1]);
    }

    private static Codebook threeRs() {
        return CodebookLoader.load(DIR.resolve("3rs.yaml"));
    }

    @Test
    void threeRsHasItsIdVersionAndThreeGroups() {
        Codebook cb = threeRs();
        assertEquals("3rs", cb.id());
        assertEquals("1.0", cb.version());
        assertEquals(List.of("withdrawal", "confrontation", "resolution"),
                cb.groups().stream().map(g -> g.id()).toList());
        assertEquals(MeasurementLevel.NOMINAL, cb.codeLevel());
    }

    @Test
    void threeRsHasSevenWithdrawalSevenConfrontationAndTenResolutionCodes() {
        Codebook cb = threeRs();
        assertEquals(24, cb.codes().size());
        assertEquals(7, cb.codesInGroup("withdrawal").size());
        assertEquals(7, cb.codesInGroup("confrontation").size());
        assertEquals(10, cb.codesInGroup("resolution").size());
        assertTrue(cb.codes().stream().allMatch(c -> c.kind() == CodeKind.INTERVAL));
    }

    @Test
    void threeRsCodesHaveTheAgreedIdsAndHotkeys() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Code c : threeRs().codes()) actual.put(c.id(), c.hotkey());
        assertEquals(THREE_RS_HOTKEYS, actual);
    }

    @Test
    void threeRsEveryMarkerAndStrategyHasAtLeastOneSavedSearch() {
        for (Code c : threeRs().codes()) {
            assertFalse(c.searches().isEmpty(), c.id() + " has no search");
            String role = c.group().equals("resolution") ? "role:therapist" : "role:client";
            assertTrue(c.searches().stream().allMatch(s -> s.query().startsWith(role)), c.id() + " filters " + role);
        }
    }

    @Test
    void threeRsRatesThreeScalesPerFiveMinuteSegmentAndThreePerSession() {
        Codebook cb = threeRs();
        assertEquals(List.of("seg-withdrawal", "seg-confrontation", "seg-resolution", "global-withdrawal",
                "global-confrontation", "global-resolution"), cb.scales().stream().map(Scale::id).toList());
        for (Scale s : cb.scales()) {
            RatingUnit expected = s.id().startsWith("seg-") ? RatingUnit.segments(5) : RatingUnit.SESSION;
            assertEquals(expected, s.unit(), s.id());
            assertEquals(1, s.min());
            assertEquals(5, s.max());
            assertEquals(MeasurementLevel.ORDINAL, s.level());
            assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(s.anchors().keySet()), s.id());
            assertFalse(s.reverseKeyed());
        }
    }

    @Test
    void waiOsHasTwelveItemsRatedOneToSevenOnTheWholeSession() {
        Codebook cb = CodebookLoader.load(DIR.resolve("wai-o-s.yaml"));
        assertEquals("wai-o-s", cb.id());
        assertEquals("1.0", cb.version());
        assertTrue(cb.codes().isEmpty());
        assertEquals(12, cb.scales().size());
        for (int i = 0; i < 12; i++) {
            Scale s = cb.scales().get(i);
            assertEquals(String.format("wai%02d", i + 1), s.id());
            assertEquals(1, s.min());
            assertEquals(7, s.max());
            assertEquals(RatingUnit.SESSION, s.unit());
            assertEquals(MeasurementLevel.INTERVAL, s.level());
            assertEquals(7, s.anchors().size());
        }
    }

    @Test
    void waiOsAnchorsRunFromEvidenceAgainstThroughNoEvidenceToEvidence() {
        Scale item = CodebookLoader.load(DIR.resolve("wai-o-s.yaml")).scale("wai01").orElseThrow();
        assertEquals("very strong evidence against", item.anchors().get(1));
        assertEquals("no evidence", item.anchors().get(4));
        assertEquals("very strong evidence", item.anchors().get(7));
    }

    @Test
    void waiOsSubscalesAreTaskBondGoalOfFourItemsEach() {
        CodebookDocument doc = CodebookLoader.read(DIR.resolve("wai-o-s.yaml"));
        Codebook cb = doc.codebook();
        assertEquals(List.of(new Subscale("task", "Task"), new Subscale("bond", "Bond"), new Subscale("goal", "Goal")),
                doc.subscales());
        assertEquals(List.of("wai01", "wai04", "wai07", "wai10"), ids(cb.scalesInSubscale("task")));
        assertEquals(List.of("wai02", "wai05", "wai08", "wai11"), ids(cb.scalesInSubscale("bond")));
        assertEquals(List.of("wai03", "wai06", "wai09", "wai12"), ids(cb.scalesInSubscale("goal")));
    }

    @Test
    void waiOsReverseKeyedItemsAreFourAndEleven() {
        Codebook cb = CodebookLoader.load(DIR.resolve("wai-o-s.yaml"));
        assertEquals(List.of("wai04", "wai11"), ids(cb.scales().stream().filter(Scale::reverseKeyed).toList()));
    }

    @Test
    void demoHasFiveCodesOfThreeKindsAndTwoScales() {
        Codebook cb = CodebookLoader.load(DIR.resolve("demo.yaml"));
        assertEquals("demo", cb.id());
        assertEquals("1.0", cb.version());
        assertEquals(List.of("withdrawal", "confrontation", "resolution"),
                cb.groups().stream().map(g -> g.id()).toList());
        Map<String, String> hotkeys = new LinkedHashMap<>();
        for (Code c : cb.codes()) hotkeys.put(c.id(), c.hotkey());
        assertEquals(Map.of("withdrawal", "1", "confrontation", "2", "repair", "3", "question", "4", "laughter", "5"),
                hotkeys);
        assertEquals(CodeKind.UTTERANCE, cb.code("question").orElseThrow().kind());
        assertEquals(CodeKind.POINT, cb.code("laughter").orElseThrow().kind());
        assertEquals(CodeKind.INTERVAL, cb.code("repair").orElseThrow().kind());
        Scale alliance = cb.scale("alliance").orElseThrow();
        assertEquals(RatingUnit.segments(5), alliance.unit());
        assertEquals(MeasurementLevel.ORDINAL, alliance.level());
        assertEquals(5, alliance.max());
        Scale session = cb.scale("session-alliance").orElseThrow();
        assertEquals(RatingUnit.SESSION, session.unit());
        assertEquals(MeasurementLevel.INTERVAL, session.level());
        assertEquals(7, session.max());
    }

    private static List<String> ids(List<Scale> scales) {
        return scales.stream().map(Scale::id).toList();
    }
}
