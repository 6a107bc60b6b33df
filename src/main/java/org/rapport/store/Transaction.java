package org.rapport.store;

/** One unit of work against the store: its repositories all act inside the same transaction. */
public interface Transaction {
    SessionRepository sessions();

    TranscriptRepository transcripts();

    CodingRepository codings();

    RatingRepository ratings();

    RaterRepository raters();

    AssignmentRepository assignments();

    ConsensusRepository consensus();

    /** Gold sessions and reliability samples: the staff's only (decision 0015). */
    TrainingRepository training();

    CodebookRepository codebooks();

    AuditLog audit();

    WorkspaceStateRepository workspaceState();

    MetaRepository meta();

    ImportBatchRepository imports();
    /** The logins of a server project; empty on a file project, which has none. */
    java.util.Optional<ServerLogins> serverLogins();
}
