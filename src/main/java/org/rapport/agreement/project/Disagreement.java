package org.rapport.agreement.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One place where raters disagree: a unit (utterance, time slice, segment or session) on which they coded a code
 * differently or gave an item different values, or under event matching an event only one rater coded or a linked
 * pair with different codes.
 *
 * @param code      the code disagreed on, or null for an item
 * @param item      the rating item disagreed on, or null for a code
 * @param utterance the utterance index when the units are utterances, else null
 * @param values    rater to value, in rater order: a code's id where the rater applied it (under event matching the
 *                  code of the rater's event), an item's value, or null where the rater did not
 */
public record Disagreement(String session, long sessionId, String code, String item, long startMs, long endMs,
                           Integer utterance, Map<String, String> values) {
    public Disagreement {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The code or item. */
    public String target() {
        return code != null ? code : item;
    }

    /** The two raters' values differ (for a pair filter): both are among the values and not equal. */
    public boolean between(String a, String b) {
        return values.containsKey(a) && values.containsKey(b) && !java.util.Objects.equals(values.get(a), values.get(b));
    }
}
