package org.rapport.analytics;

import java.util.List;
import java.util.Map;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Session;

/**
 * What one session's analysis is computed from: the source's codings and ratings under the rupture codebook, the
 * observer alliance ratings of the same source, and the self-reports of each perspective (as app read them).
 *
 * @param alliance ratings by perspective (observer: the source's; client and therapist: their raters'); may lack keys
 */
public record SessionData(Session session, Source source, List<Coding> codings, List<Rating> ratings,
                          Map<Perspective, List<Rating>> alliance) {
    public SessionData {
        codings = List.copyOf(codings);
        ratings = List.copyOf(ratings);
        alliance = Map.copyOf(alliance);
    }
}
