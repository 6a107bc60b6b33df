package org.rapport.store.postgres;

import java.sql.SQLException;

import org.rapport.model.BadInputException;

/** What a failed connection to a server means for the user, in one line (the driver's SQLState says which). */
final class ServerFailures {
    private ServerFailures() {
    }

    static BadInputException connecting(ServerConnection to, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String problem = switch (state) {
            case "28P01", "28000" -> "the server refused the login '" + to.user() + "': " + firstLine(e)
                    + (to.password() == null ? " (no password was given: set PGPASSWORD, add it to ~/.pgpass, or"
                    + " type it when asked)" : "");
            case "3D000" -> "no database '" + to.database() + "' on the server; create it first (createdb"
                    + " --locale=C.UTF-8 --template=template0 " + to.database() + ")";
            case "08001", "08004", "08006" -> "cannot reach the server at " + to.host() + ":" + to.port() + " ("
                    + firstLine(e) + "); is PostgreSQL running there?";
            default -> "cannot connect: " + firstLine(e);
        };
        return new BadInputException(to.location(), null, problem, e);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
