package org.rapport.store;

import java.util.List;

import org.rapport.model.coding.Rating;

/** Ratings of scale items, per segment or per whole session; every change writes its audit row. */
public interface RatingRepository {
    /** The entity name of ratings in the audit log. */
    String ENTITY = "rating";

    /** Sets a rating: inserts it, or updates the one of the same session, rater, codebook, item and segment. */
    Rating put(Rating rating, Long actingRaterId);

    /** Writes new ratings of an import batch with their audit rows; none is visible until the batch is published. */
    void stage(long batchId, List<Rating> ratings, Long actingRaterId);

    void delete(long ratingId, Long actingRaterId);

    java.util.Optional<Rating> byId(long id);

    /** Ratings of a session by codebook, segment and item; raterId null means every rater's. */
    List<Rating> forSession(long sessionId, Long raterId);

    /** The selected ratings, by session, rater, codebook, segment and item. */
    List<Rating> in(Selection selection);
}
