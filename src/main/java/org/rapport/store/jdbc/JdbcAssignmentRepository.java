package org.rapport.store.jdbc;

import java.util.List;
import java.util.Optional;

import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.store.AssignmentRepository;
import org.rapport.store.Selection;

/** Assignments in table assignment; each change is one upsert on the assignment's key. */
final class JdbcAssignmentRepository implements AssignmentRepository {
    private static final List<Dialect.Column> COLUMNS = List.of(new Dialect.Column("session_id", "BIGINT"),
            new Dialect.Column("rater_id", "BIGINT"), new Dialect.Column("codebook_id", "VARCHAR"),
            new Dialect.Column("status", "VARCHAR"), new Dialect.Column("completed_at", "TIMESTAMP WITH TIME ZONE"));
    private static final List<String> KEY = List.of("session_id", "rater_id", "codebook_id");

    private final Sql sql;

    JdbcAssignmentRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void put(Assignment a) {
        // in the one statement that changes the status (on a server an observer may not touch a complete row after):
        // the completion time stays what it was while the assignment stays complete, and goes when it is reopened
        Dialect d = sql.dialect();
        String completedAt = "CASE WHEN " + d.incoming("status") + " = '" + AssignmentStatus.COMPLETE.name()
                + "' THEN COALESCE(t.completed_at, " + d.incoming("completed_at") + ") END";
        upsert(List.of(new Dialect.Set("status", d.incoming("status")), new Dialect.Set("completed_at", completedAt)),
                null, a, a.status() == AssignmentStatus.COMPLETE ? java.time.Instant.now() : null);
    }

    @Override
    public List<Completion> completions(Selection selection) {
        Where where = Where.of(selection).equal("status", AssignmentStatus.COMPLETE.name());
        return sql.list("SELECT session_id, rater_id, codebook_id, completed_at FROM assignment" + where.sql()
                + " ORDER BY session_id, rater_id, codebook_id", where, rs -> new Completion(rs.getLong(1), rs.getLong(2),
                rs.getString(3), Sql.instant(rs, 4)));
    }

    @Override
    public void addIfAbsent(Assignment a) {
        upsert(List.of(), null, a, null);
    }

    @Override
    public boolean remove(long sessionId, long raterId, String codebookId) {
        return sql.update("DELETE FROM assignment WHERE session_id = ? AND rater_id = ? AND codebook_id = ?", ps -> {
            ps.setLong(1, sessionId);
            ps.setLong(2, raterId);
            ps.setString(3, codebookId);
        }) > 0;
    }

    @Override
    public void markInProgress(long sessionId, long raterId, String codebookId) {
        // Nearly every call (each coding after the first) finds it in progress already: a lookup by key is cheaper
        // than an upsert that changes nothing. The upsert keeps its condition, so a race between the two stays right.
        Optional<AssignmentStatus> now = sql.first("SELECT status FROM assignment WHERE session_id = ? AND rater_id = ?"
                + " AND codebook_id = ?", ps -> {
            ps.setLong(1, sessionId);
            ps.setLong(2, raterId);
            ps.setString(3, codebookId);
        }, rs -> AssignmentStatus.valueOf(rs.getString(1)));
        if (now.isPresent() && now.get() != AssignmentStatus.NOT_STARTED) return;
        upsert(List.of(new Dialect.Set("status", sql.dialect().incoming("status"))),
                "t.status = '" + AssignmentStatus.NOT_STARTED.name() + "'",
                new Assignment(sessionId, raterId, codebookId, AssignmentStatus.IN_PROGRESS), null);
    }

    /** An upsert of the assignment with the completion time a new row gets (null: none). */
    private void upsert(List<Dialect.Set> updated, String onlyIf, Assignment a, java.time.Instant completedAt) {
        sql.update(sql.dialect().upsertSetting("assignment", COLUMNS, KEY, updated, onlyIf), ps -> {
            ps.setLong(1, a.sessionId());
            ps.setLong(2, a.raterId());
            ps.setString(3, a.codebookId());
            ps.setString(4, a.status().name());
            if (completedAt == null) ps.setNull(5, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            else Sql.setInstant(ps, 5, completedAt);
        });
    }

    @Override
    public List<Assignment> in(Selection selection, AssignmentStatus status) {
        Where where = Where.of(selection).equal("status", status == null ? null : status.name());
        return sql.list("SELECT session_id, rater_id, codebook_id, status FROM assignment" + where.sql()
                + " ORDER BY session_id, rater_id, codebook_id", where, rs -> new Assignment(rs.getLong(1),
                rs.getLong(2), rs.getString(3), AssignmentStatus.valueOf(rs.getString(4))));
    }
}
