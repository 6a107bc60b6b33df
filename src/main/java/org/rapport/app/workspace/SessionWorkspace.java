package org.rapport.app.workspace;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;

/**
 * Everything the session view shows, loaded in one go for one viewer: codings and ratings are already blinded
 * (only the viewer's own unless a supervisor asked for everyone's).
 *
 * @param codebooks         the codebooks in use for this viewer (assigned ones, or all when unassigned)
 * @param removedCodeCodings ids of codings whose code is no longer in the codebook in use: shown, never dropped
 * @param raterNames        names of the raters whose codings are included, by id
 */
public record SessionWorkspace(Session session, Transcript transcript, Rater viewer, boolean includesOthers,
                               List<Codebook> codebooks, List<Coding> codings, List<Rating> ratings,
                               List<Assignment> assignments, Set<Long> removedCodeCodings,
                               Map<Long, String> raterNames) {
    public SessionWorkspace {
        codebooks = List.copyOf(codebooks);
        codings = List.copyOf(codings);
        ratings = List.copyOf(ratings);
        assignments = List.copyOf(assignments);
        removedCodeCodings = Set.copyOf(removedCodeCodings);
        raterNames = Map.copyOf(raterNames);
    }

    /** The session's length: the recorded one, else the end of the transcript. */
    public long durationMs() {
        Long d = session.durationMs();
        return d != null && d > 0 ? Math.max(d, 0) : transcript.endMs();
    }

    /** The length of a rating segment (of the first segment scale in use), or 0 when every scale is per session. */
    public long segmentMs() {
        return codebooks.stream().flatMap(cb -> cb.scales().stream()).filter(s -> !s.unit().isWholeSession())
                .mapToLong(s -> s.unit().segmentMs()).findFirst().orElse(0L);
    }

    /** True when a codebook in use has a scale rated once for the whole session. */
    public boolean hasWholeSessionScales() {
        return codebooks.stream().flatMap(cb -> cb.scales().stream()).anyMatch(s -> s.unit().isWholeSession());
    }

    /**
     * The codebooks "mark complete" covers: the viewer's assignments to this session, or, for a session they are
     * not assigned to, every codebook in use that has rating scales.
     */
    public List<String> codebooksToComplete() {
        if (!assignments.isEmpty()) return assignments.stream().map(Assignment::codebookId).toList();
        return codebooks.stream().filter(cb -> !cb.scales().isEmpty()).map(Codebook::id).toList();
    }
}
