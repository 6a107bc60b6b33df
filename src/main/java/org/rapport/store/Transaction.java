package org.rapport.store;

/** One unit of work against the store: its repositories all act inside the same transaction. */
public interface Transaction {
    SessionRepository sessions();

    TranscriptRepository transcripts();

    CodingRepository codings();

    RatingRepository ratings();

    RaterRepository raters();

    AssignmentRepository assignments();

    CodebookRepository codebooks();

    AuditLog audit();

    WorkspaceStateRepository workspaceState();

    MetaRepository meta();
}
