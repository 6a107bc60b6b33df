package org.rapport.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The connection of one transaction, with the few JDBC moves the repositories make and helpers for nullable values
 * and times. An SQLException leaves as {@link SqlFailure} for the transaction boundary to report.
 */
final class Sql {
    /** Sets the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Sets the parameters of a statement for one item of a batch. */
    @FunctionalInterface
    interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work with a prepared statement, for the rare repository method that runs one statement many times. */
    @FunctionalInterface
    interface StatementWork<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    static final Binder NO_PARAMETERS = ps -> {
    };

    private final Connection connection;
    private final Dialect dialect;

    Sql(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    <T> T prepared(String sql, StatementWork<T> work) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            return work.run(ps);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Runs an INSERT, UPDATE, DELETE or MERGE; returns the number of rows it changed. */
    int update(String sql, Binder binder) {
        return prepared(sql, ps -> {
            binder.bind(ps);
            return ps.executeUpdate();
        });
    }

    /** Runs an INSERT and returns the generated key, asked for and read by column name as every engine allows. */
    long insert(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            binder.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no generated key for: " + sql);
                return keys.getLong("id");
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Runs one statement for every item, sent in one batch. */
    <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
        if (items.isEmpty()) return;
        prepared(sql, ps -> {
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /**
     * Runs one INSERT for every item in one batch and returns the generated keys in item order (read by column name,
     * as every engine allows).
     */
    <T> long[] batchInsert(String sql, List<T> items, ItemBinder<T> binder) {
        long[] ids = new long[items.size()];
        if (items.isEmpty()) return ids;
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
            }
            ps.executeBatch();
            int n = 0;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next() && n < ids.length) ids[n++] = keys.getLong("id");
            }
            if (n != ids.length) throw new SQLException(n + " generated keys for " + ids.length + " rows: " + sql);
            return ids;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    <T> List<T> list(String sql, Binder binder, Row<T> row) {
        return prepared(sql, ps -> {
            binder.bind(ps);
            return rows(ps, row);
        });
    }

    <T> Optional<T> first(String sql, Binder binder, Row<T> row) {
        return prepared(sql, ps -> {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.read(rs)) : Optional.empty();
            }
        });
    }

    /** Every row of an executed query. */
    static <T> List<T> rows(PreparedStatement ps, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(row.read(rs));
        }
        return out;
    }

    static void setNullableInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setInt(i, v);
    }

    static void setNullableLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, v);
    }

    static void setNullableDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE); else ps.setDouble(i, v);
    }

    static void setNullableDate(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DATE); else ps.setDate(i, Date.valueOf(v));
    }

    static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
        ps.setTimestamp(i, Timestamp.from(v));
    }

    static Integer nullableInt(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Double nullableDouble(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static LocalDate nullableDate(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
