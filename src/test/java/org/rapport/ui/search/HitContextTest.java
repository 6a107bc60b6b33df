package org.rapport.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A hit deep in a long utterance is shown from a little before the match, with the match marked. */
class HitContextTest {
    private static SearchBackend.Hit hit(String text, String word) {
        int at = text.indexOf(word);
        return new SearchBackend.Hit(1, "s01", 0, "Client", "Before this.", text, "After that.", 3,
                List.of(new int[] {at, at + word.length()}), List.of(word));
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "");
    }

    @Test
    void aMatchFarIntoALongUtteranceStartsTheLineNearItAndDropsTheContextBefore() {
        String text = "Well ".repeat(60) + "and honestly I don't know what else to say about it";
        String html = HitContext.html(hit(text, "don't know"), false);
        String shown = plain(html);
        assertTrue(shown.startsWith("\u2026"), shown);
        assertFalse(shown.contains("Before this."), "the preceding utterance would push the match out of the cell");
        int at = shown.indexOf("don't know");
        assertTrue(at > 0 && at <= HitContext.LEAD + 12, "the match is near the start of the cell: " + at);
        assertTrue(html.contains("<span style='background:#ffe28a'>don't know</span>"), html);
    }

    @Test
    void aMatchNearTheStartKeepsTheWholeUtteranceAndItsContext() {
        String html = HitContext.html(hit("I don't know, really.", "don't know"), true);
        assertEquals("Before this. I don't know, really. After that.", plain(html));
        assertTrue(html.contains("<span style='background:#7a6420'>don't know</span>"), html);
    }
}
