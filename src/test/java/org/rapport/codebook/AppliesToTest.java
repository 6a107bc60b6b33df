package org.rapport.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.session.Role;

/** {@code applies_to}: whose speech a code or group applies to. */
class AppliesToTest {
    private static Codebook parse(String yaml) {
        return CodebookLoader.parse("lab.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String BOOK = """
            id: lab
            version: "1.0"
            title: Lab codebook
            groups:
              - id: markers
                label: Markers
                applies_to: client
              - id: other
                label: Other
            codes:
              - id: denial
                label: Denial
                group: markers
                kind: interval
              - id: repair
                label: Repair
                group: other
                kind: interval
                applies_to: therapist
              - id: laugh
                label: Laughter
                kind: point
            """;

    @Test
    void aCodeAppliesToWhomItOrItsGroupSays() {
        Codebook cb = parse(BOOK);
        assertEquals(Role.CLIENT, cb.appliesTo("denial"));
        assertEquals(Role.THERAPIST, cb.appliesTo("repair"));
        assertNull(cb.appliesTo("laugh"));
        assertEquals(Role.CLIENT, cb.groupAppliesTo("markers"));
        assertEquals(Role.THERAPIST, cb.groupAppliesTo("other"), "all its codes apply to the therapist");
    }

    @Test
    void anUnknownSpeakerIsReportedWithItsLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> parse(BOOK.replace("applies_to: client",
                "applies_to: patient")));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown applies_to \"patient\" (use client or therapist)"), e.getMessage());
    }

    @Test
    void aCodeCannotContradictItsGroup() {
        BadInputException e = assertThrows(BadInputException.class, () -> parse(BOOK.replace("""
                    group: markers
                    kind: interval
                """, """
                    group: markers
                    kind: interval
                    applies_to: therapist
                """)));
        assertTrue(e.getMessage().contains("applies_to therapist, but its group \"markers\" applies to client"),
                e.getMessage());
    }

    @Test
    void theShipped3rsCodebookPutsMarkersOnTheClientAndStrategiesOnTheTherapist() {
        Codebook cb = CodebookLoader.load(Path.of("codebooks/3rs.yaml"));
        for (var c : cb.codes()) {
            Role expected = c.group().equals("resolution") ? Role.THERAPIST : Role.CLIENT;
            assertEquals(expected, cb.appliesTo(c.id()), c.id());
        }
    }

    @Test
    void aGroupMemberSpeaksAsAClientAndACoTherapistAsATherapist() {
        assertTrue(Role.GROUP_MEMBER.speaksAs(Role.CLIENT));
        assertTrue(Role.CO_THERAPIST.speaksAs(Role.THERAPIST));
        assertTrue(!Role.THERAPIST.speaksAs(Role.CLIENT));
        assertTrue(!Role.OTHER.speaksAs(Role.THERAPIST));
    }
}
