package org.rapport.store.jdbc;

import java.sql.Connection;

import org.rapport.store.AssignmentRepository;
import org.rapport.store.AuditLog;
import org.rapport.store.CodebookRepository;
import org.rapport.store.CodingRepository;
import org.rapport.store.MetaRepository;
import org.rapport.store.RaterRepository;
import org.rapport.store.RatingRepository;
import org.rapport.store.SessionRepository;
import org.rapport.store.Transaction;
import org.rapport.store.TranscriptRepository;
import org.rapport.store.WorkspaceStateRepository;

/** The repositories of one JDBC connection in one transaction. */
final class JdbcTransaction implements Transaction {
    private final JdbcSessionRepository sessions;
    private final JdbcTranscriptRepository transcripts;
    private final JdbcCodingRepository codings;
    private final JdbcRatingRepository ratings;
    private final JdbcRaterRepository raters;
    private final JdbcAssignmentRepository assignments;
    private final JdbcCodebookRepository codebooks;
    private final JdbcAuditLog audit;
    private final JdbcWorkspaceStateRepository workspaceState;
    private final JdbcMetaRepository meta;

    JdbcTransaction(Connection connection) {
        Sql sql = new Sql(connection);
        this.audit = new JdbcAuditLog(sql);
        this.meta = new JdbcMetaRepository(sql);
        this.codings = new JdbcCodingRepository(sql, audit);
        this.ratings = new JdbcRatingRepository(sql, audit);
        this.sessions = new JdbcSessionRepository(sql, codings, ratings, meta);
        this.transcripts = new JdbcTranscriptRepository(sql, meta);
        this.raters = new JdbcRaterRepository(sql);
        this.assignments = new JdbcAssignmentRepository(sql);
        this.codebooks = new JdbcCodebookRepository(sql);
        this.workspaceState = new JdbcWorkspaceStateRepository(sql);
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    @Override
    public TranscriptRepository transcripts() {
        return transcripts;
    }

    @Override
    public CodingRepository codings() {
        return codings;
    }

    @Override
    public RatingRepository ratings() {
        return ratings;
    }

    @Override
    public RaterRepository raters() {
        return raters;
    }

    @Override
    public AssignmentRepository assignments() {
        return assignments;
    }

    @Override
    public CodebookRepository codebooks() {
        return codebooks;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public WorkspaceStateRepository workspaceState() {
        return workspaceState;
    }

    @Override
    public MetaRepository meta() {
        return meta;
    }
}
