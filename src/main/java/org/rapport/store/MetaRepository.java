package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Project-wide settings and counters (transcript revision for the search index, language). */
public final class MetaRepository {
    public static final String TRANSCRIPT_REVISION = "transcript_revision";
    public static final String LANGUAGE = "language";

    private MetaRepository() {
    }

    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM project_meta WHERE meta_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO project_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The revision of all transcripts together; every transcript change increases it. */
    public static long transcriptRevision(Connection c) throws SQLException {
        return get(c, TRANSCRIPT_REVISION).map(Long::parseLong).orElse(0L);
    }

    static void bumpTranscriptRevision(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE project_meta SET meta_value = CAST(CAST(meta_value AS BIGINT) + 1 AS VARCHAR) WHERE meta_key = ?")) {
            ps.setString(1, TRANSCRIPT_REVISION);
            ps.executeUpdate();
        }
    }
}
