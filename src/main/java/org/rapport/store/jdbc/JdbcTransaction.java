package org.rapport.store.jdbc;

import java.sql.Connection;
import java.util.Optional;

import org.rapport.store.AssignmentRepository;
import org.rapport.store.AuditLog;
import org.rapport.store.CodebookRepository;
import org.rapport.store.CodingRepository;
import org.rapport.store.ConsensusRepository;
import org.rapport.store.TrainingRepository;
import org.rapport.store.ImportBatchRepository;
import org.rapport.store.MetaRepository;
import org.rapport.store.RaterRepository;
import org.rapport.store.RatingRepository;
import org.rapport.store.ServerLogins;
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
    private final JdbcConsensusRepository consensus;
    private final JdbcTrainingRepository training;
    private final JdbcCodebookRepository codebooks;
    private final JdbcAuditLog audit;
    private final JdbcWorkspaceStateRepository workspaceState;
    private final JdbcMetaRepository meta;
    private final JdbcImportBatchRepository imports;

    private final ServerLogins serverLogins;

    JdbcTransaction(Connection connection, Dialect dialect, String login, ServerLogins serverLogins) {
        this.serverLogins = serverLogins;
        Sql sql = new Sql(connection, dialect);
        this.audit = new JdbcAuditLog(sql, login);
        this.meta = new JdbcMetaRepository(sql);
        this.codings = new JdbcCodingRepository(sql, audit);
        this.ratings = new JdbcRatingRepository(sql, audit);
        this.sessions = new JdbcSessionRepository(sql, codings, ratings, meta);
        this.transcripts = new JdbcTranscriptRepository(sql, meta);
        this.raters = new JdbcRaterRepository(sql);
        this.assignments = new JdbcAssignmentRepository(sql);
        this.consensus = new JdbcConsensusRepository(sql, audit);
        this.training = new JdbcTrainingRepository(sql, audit);
        this.codebooks = new JdbcCodebookRepository(sql);
        this.workspaceState = new JdbcWorkspaceStateRepository(sql);
        this.imports = new JdbcImportBatchRepository(sql, meta);
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
    public ConsensusRepository consensus() {
        return consensus;
    }

    @Override
    public TrainingRepository training() {
        return training;
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

    @Override
    public ImportBatchRepository imports() {
        return imports;
    }

    @Override
    public Optional<ServerLogins> serverLogins() {
        return Optional.ofNullable(serverLogins);
    }
}
