package org.rapport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.model.coding.Coding;

/** Episodes of {@link HandWorkedSession}, worked out by hand from the rule in docs/analytics.md. */
class EpisodeRuleTest {
    private static final RuptureCodes CODES = RuptureCodes.of(HandWorkedSession.THREE_RS);

    private static List<Episode> episodes(Long windowMs) {
        List<Coding> all = HandWorkedSession.codings();
        return new EpisodeRule(300_000, windowMs).find(all.stream().filter(k -> CODES.isMarker(k.codeId())).toList(),
                all.stream().filter(k -> CODES.isStrategy(k.codeId())).toList());
    }

    private static List<String> codes(List<Coding> codings) {
        return codings.stream().map(Coding::codeId).toList();
    }

    /**
     * Same segment: w-minimal (60 s) opens [60, 300); c-therapist (200) and w-denial (290) join it; r-invite (100) and
     * r-validate (250) follow inside it: latency 40 s. r-redirect (310) is in segment 1 before any marker there: no
     * episode's. c-progress (400) opens [400, 600) with no strategy in it: unresolved. r-rationale (890) starts before
     * w-abstract (900), which opens [900, 1200): r-change-task (1000) follows, latency 100 s. 2 of 3 resolved.
     */
    @Test
    void sameSegmentWindowGroupsMarkersOfTheSegmentAfterTheFirst() {
        List<Episode> e = episodes(null);
        assertEquals(3, e.size());
        assertEquals(List.of("w-minimal", "c-therapist", "w-denial"), codes(e.get(0).markers()));
        assertEquals(List.of("r-invite", "r-validate"), codes(e.get(0).strategies()));
        assertEquals(40_000L, e.get(0).latencyMs());
        assertEquals("mixed", e.get(0).kind(CODES));
        assertEquals(300_000L, e.get(0).windowEndMs());
        assertEquals(List.of("c-progress"), codes(e.get(1).markers()));
        assertEquals(List.of(), codes(e.get(1).strategies()));
        assertNull(e.get(1).latencyMs());
        assertEquals(1, e.get(1).segment());
        assertEquals(List.of("w-abstract"), codes(e.get(2).markers()));
        assertEquals(List.of("r-change-task"), codes(e.get(2).strategies()));
        assertEquals(100_000L, e.get(2).latencyMs());
        assertEquals(List.of(true, false, true), e.stream().map(Episode::resolved).toList());
    }

    /**
     * 60 s window: [60,120) r-invite at 40 s; [200,260) r-validate at 50 s; [290,350) r-redirect at 20 s (the window
     * crosses into segment 1); [400,460) nothing; [900,960) nothing (r-change-task is at 1000). 3 of 5 resolved.
     */
    @Test
    void windowInSecondsStartsAnEpisodeAtEachMarkerOutsideTheLastWindow() {
        List<Episode> e = episodes(60_000L);
        assertEquals(5, e.size());
        assertEquals(List.of(40_000L, 50_000L, 20_000L), e.subList(0, 3).stream().map(Episode::latencyMs).toList());
        assertEquals(List.of("r-redirect"), codes(e.get(2).strategies()));
        assertEquals(List.of(false, false), e.subList(3, 5).stream().map(Episode::resolved).toList());
    }
}
