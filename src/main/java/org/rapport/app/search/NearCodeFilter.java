package org.rapport.app.search;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.search.query.CodingProximity;

/**
 * Turns a search's code context into the codings it looks near, honouring blinding: an observer's context is made
 * of their own codings only, and asking for another rater's, or for several raters', is refused.
 */
final class NearCodeFilter {
    private final CodingSource codings;
    private final CodebookSource codebooks;
    private final RaterLookup raters;

    NearCodeFilter(CodingSource codings, CodebookSource codebooks, RaterLookup raters) {
        this.codings = codings;
        this.codebooks = codebooks;
        this.raters = raters;
    }

    /** The codings {@code viewer} may see that make up the context; bad input when it is malformed or not theirs. */
    CodingProximity proximity(NearCode near, Rater viewer) {
        if (near.withinSeconds() < 0) throw new BadInputException("--within-s must not be negative");
        if (near.minRaters() < 1) throw new BadInputException("--min-raters must be at least 1");
        checkCodeExists(near);
        Long onlyRater = null;
        if (near.byRater() != null) {
            Rater r = raters.raterNamed(near.byRater());
            if (!viewer.role().canSeeOthers() && r.id() != viewer.id()) {
                throw new BadInputException("rater '" + viewer.name() + "' is an observer: observers code blind and"
                        + " cannot search near another rater's codings");
            }
            onlyRater = r.id();
        }
        if (!viewer.role().canSeeOthers()) {
            if (near.minRaters() > 1) {
                throw new BadInputException("rater '" + viewer.name() + "' is an observer and sees only their own"
                        + " codings, so a search near codings by at least " + near.minRaters() + " raters is not"
                        + " open to them");
            }
            onlyRater = viewer.id();
        }
        List<CodingProximity.Span> spans = new ArrayList<>();
        for (Coding k : codings.codingsOf(near.codebookId(), near.codeId(), onlyRater)) {
            spans.add(new CodingProximity.Span(k.sessionId(), k.raterId(), k.startMs(), k.endMs()));
        }
        return new CodingProximity(spans, Math.round(near.withinSeconds() * 1000), near.minRaters());
    }

    private void checkCodeExists(NearCode near) {
        List<Codebook> books = near.codebookId() != null ? List.of(codebooks.currentCodebook(near.codebookId()))
                : codebooks.currentCodebooks();
        if (books.stream().noneMatch(cb -> cb.code(near.codeId()).isPresent())) {
            throw new BadInputException("no code '" + near.codeId() + "' in the project's codebook"
                    + (near.codebookId() != null ? " " + near.codebookId() : "s") + " ("
                    + String.join(", ", books.stream().map(Codebook::id).toList()) + ")");
        }
    }
}
