package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Codebook versions kept whole in the project, so codings always know what their codes meant. */
public final class CodebookRepository {
    private CodebookRepository() {
    }

    public static void insert(Connection c, StoredCodebook cb) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO codebook (codebook_id, version, title, content_hash,"
                + " source_name, content, added_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, cb.codebookId());
            ps.setString(2, cb.version());
            ps.setString(3, cb.title());
            ps.setString(4, cb.contentHash());
            ps.setString(5, cb.sourceName());
            ps.setBytes(6, cb.content());
            Sql.setInstant(ps, 7, Instant.now());
            ps.executeUpdate();
        }
    }

    public static Optional<StoredCodebook> get(Connection c, String codebookId, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT codebook_id, version, title, content_hash, source_name,"
                + " content FROM codebook WHERE codebook_id = ? AND version = ?")) {
            ps.setString(1, codebookId);
            ps.setString(2, version);
            List<StoredCodebook> list = list(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    /** Every stored version, newest addition last. */
    public static List<StoredCodebook> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT codebook_id, version, title, content_hash, source_name,"
                + " content FROM codebook ORDER BY codebook_id, added_at")) {
            return list(ps);
        }
    }

    private static List<StoredCodebook> list(PreparedStatement ps) throws SQLException {
        List<StoredCodebook> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredCodebook(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6)));
            }
        }
        return out;
    }
}
