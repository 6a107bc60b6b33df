package org.rapport.store;

import java.util.List;
import java.util.Optional;

import org.rapport.model.coding.Coding;

/** Codings; every insert, update and delete writes its audit row in the same transaction. */
public interface CodingRepository {
    /** The entity name of codings in the audit log. */
    String ENTITY = "coding";

    /** Inserts a coding (id and times stamped here) with its audit row; returns the stored coding. */
    Coding insert(Coding coding, Long actingRaterId);

    /**
     * Writes codings of an import batch (ids and times stamped here) with their audit rows, which name the batch;
     * none of them is visible until the batch is published.
     */
    void stage(long batchId, List<Coding> codings, Long actingRaterId);

    /** Updates code, times, span, value and note of an existing coding; returns the stored coding. */
    Coding update(Coding coding, Long actingRaterId);

    void delete(long codingId, Long actingRaterId);

    Optional<Coding> byId(long id);

    /** Codings of a session, by start time; raterId null means every rater's. */
    List<Coding> forSession(long sessionId, Long raterId);

    /** The selected codings, by session and start time. */
    List<Coding> in(Selection selection);

    /** The selected codings of one code, by session and start time. */
    List<Coding> ofCode(String codeId, Selection selection);
}
