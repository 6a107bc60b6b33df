package org.rapport.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.RatingUnit;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;

/** Which codebooks "mark complete" covers for the session a rater has open. */
class SessionWorkspaceTest {
    private final Codebook threeRs = codebook("3rs", true);
    private final Codebook wai = codebook("wai-o-s", true);
    private final Codebook demo = codebook("demo", false);

    @Test
    void anAssignedSessionIsCompletedUnderItsAssignedCodebooks() {
        SessionWorkspace ws = workspace(List.of(threeRs, wai, demo), List.of(
                new Assignment(1, 2, "wai-o-s", AssignmentStatus.IN_PROGRESS),
                new Assignment(1, 2, "demo", AssignmentStatus.NOT_STARTED)));
        assertEquals(List.of("wai-o-s", "demo"), ws.codebooksToComplete());
    }

    @Test
    void anUnassignedSessionIsCompletedUnderEveryCodebookWithScales() {
        assertEquals(List.of("3rs", "wai-o-s"), workspace(List.of(threeRs, demo, wai), List.of()).codebooksToComplete());
    }

    private static SessionWorkspace workspace(List<Codebook> codebooks, List<Assignment> assignments) {
        Rater ana = new Rater(2, "Ana", RaterRole.OBSERVER);
        return new SessionWorkspace(new Session(1, "s1", null, null, null, null, null, null, 60_000L),
                Transcript.ofUtterances(List.of()), ana, false, codebooks, List.of(), List.of(), assignments, Set.of(),
                Map.of(2L, "Ana"));
    }

    private static Codebook codebook(String id, boolean withScale) {
        List<Scale> scales = withScale ? List.of(new Scale("item", "Item", 1, 5, Map.of(), null, false,
                RatingUnit.SESSION, MeasurementLevel.ORDINAL)) : List.of();
        return new Codebook(id, "1.0", id, null, List.of(), List.of(), scales, MeasurementLevel.NOMINAL, "sha");
    }
}
