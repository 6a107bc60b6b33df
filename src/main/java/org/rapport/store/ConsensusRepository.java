package org.rapport.store;

import java.util.List;
import java.util.Optional;

import org.rapport.model.coding.Consensus;
import org.rapport.model.coding.ConsensusItem;

/** Consensus codings and their items; starting one and every decision write their audit rows in the same transaction. */
public interface ConsensusRepository {
    /** The entity names of consensus rows in the audit log. */
    String ENTITY = "consensus";
    String ITEM_ENTITY = "consensus_item";

    /** Stores a consensus (id and time given here) with its open items; returns it with its id. */
    Consensus insert(Consensus consensus, List<ConsensusItem> items, Long actingRaterId);

    Optional<Consensus> of(long sessionId, String codebookId);

    Optional<Consensus> byId(long id);

    /** Every consensus of the project, by session and codebook. */
    List<Consensus> all();

    /** The items of a consensus, in time order. */
    List<ConsensusItem> items(long consensusId);

    Optional<ConsensusItem> item(long itemId);

    /** Records an item's decision and the codings it made (the item's state before is in the audit row). */
    ConsensusItem decide(ConsensusItem decided, Long actingRaterId);
}
