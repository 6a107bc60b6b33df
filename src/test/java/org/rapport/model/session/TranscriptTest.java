package org.rapport.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptTest {
    @Test
    void theUtteranceAtAMomentIsTheLastOneStartedByThen() {
        Transcript t = Transcript.ofUtterances(List.of(new Utterance(0, 1_000, 2_000, "T", "a"),
                new Utterance(1, 3_000, 4_000, "C", "b"), new Utterance(2, 4_000, 6_000, "T", "c")));
        assertEquals(-1, t.indexAt(999), "before the first");
        assertEquals(0, t.indexAt(1_000));
        assertEquals(0, t.indexAt(2_500), "in the pause after it");
        assertEquals(2, t.indexAt(4_000), "the later of two touching utterances");
        assertEquals(2, t.indexAt(60_000), "after the last");
        assertEquals(-1, Transcript.ofUtterances(List.of()).indexAt(0));
    }
}
