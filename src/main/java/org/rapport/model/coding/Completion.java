package org.rapport.model.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;

/**
 * What marking a session complete needs: every scale item of every codebook rated, once per segment for a
 * segment scale and once for a whole-session one. Codings are not required (a session may have no rupture).
 *
 * @param missing the items still without a rating, as "item" or "item (segment n)", prefixed with the codebook id
 *                when more than one codebook is checked
 */
public record Completion(List<String> missing) {
    private static final int LISTED = 8;

    public Completion {
        missing = List.copyOf(missing);
    }

    /** Checks a rater's ratings of a session of the given length against the codebooks to complete. */
    public static Completion check(List<Codebook> codebooks, long durationMs, List<Rating> given) {
        List<String> missing = new ArrayList<>();
        for (Codebook cb : codebooks) {
            for (String item : missingRatings(cb, durationMs, given)) {
                missing.add(codebooks.size() > 1 ? cb.id() + " " + item : item);
            }
        }
        return new Completion(missing);
    }

    /** The scale items of one codebook (with their segment) that have no rating among {@code given}. */
    public static List<String> missingRatings(Codebook cb, long durationMs, List<Rating> given) {
        List<String> missing = new ArrayList<>();
        for (Scale scale : cb.scales()) {
            int segments = scale.unit().segmentCount(durationMs);
            for (int seg = 0; seg < segments; seg++) {
                Integer segment = scale.unit().isWholeSession() ? null : seg;
                boolean rated = given.stream().anyMatch(r -> r.codebookId().equals(cb.id())
                        && r.itemId().equals(scale.id()) && Objects.equals(r.segment(), segment));
                if (!rated) missing.add(segment == null ? scale.id() : scale.id() + " (segment " + (seg + 1) + ")");
            }
        }
        return missing;
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }

    /** Why marking complete is refused: how many ratings are missing, and the first few of them. */
    public String refusal() {
        return "cannot mark complete: " + missing.size() + " rating(s) missing: "
                + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                + (missing.size() > LISTED ? " ..." : "");
    }
}
