package org.rapport.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class VariableNamesTest {
    @Test
    void codeIdsBecomeNamesSpssAndRTakeAsTheyAre() {
        VariableNames names = new VariableNames();
        assertEquals("w_denial", names.of("w-denial"));
        assertEquals("v_3a", names.of("3a"));
        assertEquals("seg_withdrawal", names.of("seg withdrawal!"));
        assertEquals("and_", names.of("AND".toLowerCase()));
        assertEquals("v_", names.of("–"));
    }

    @Test
    void namesAreUniqueWithoutRegardToCase() {
        VariableNames names = new VariableNames();
        assertEquals("session", names.of("session"));
        assertEquals("Session_2", names.of("Session"));
        assertEquals("w_denial", names.of("w-denial"));
        assertEquals("w_denial_2", names.of("w_denial"));
    }

    @Test
    void aLongIdIsCutToSixtyFourBytesWithRoomForASuffix() {
        VariableNames names = new VariableNames();
        String first = names.of("x".repeat(100));
        String second = names.of("x".repeat(100));
        assertTrue(second.getBytes(StandardCharsets.UTF_8).length <= 64, second);
        assertEquals(first + "_2", second);
    }
}
