package org.rapport.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.rapport.store.ProjectStore;

/** Brings a store's schema to {@link ProjectStore#SCHEMA_VERSION} with Flyway. */
public final class SchemaMigration {
    private SchemaMigration() {
    }

    /**
     * Applies the migrations still missing from the given Flyway locations. Checking the recorded version first keeps
     * Flyway (and its classpath scan, a few hundred ms) off the common path of opening an up-to-date store.
     */
    public static void migrate(DataSource dataSource, String... locations) throws SQLException {
        if (schemaVersion(dataSource) < ProjectStore.SCHEMA_VERSION) {
            Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
        }
    }

    /**
     * The schema version recorded by Flyway, or 0 for a new store. An engine's own scripts carry minor versions
     * (PostgreSQL's V5_1 belongs to schema 5), so only the whole part of a version counts.
     */
    public static int schemaVersion(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) return 0;
            int highest = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                         + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
                while (rs.next()) highest = Math.max(highest, wholePart(rs.getString(1)));
            }
            return highest;
        }
    }

    private static int wholePart(String version) {
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }
}
