package org.rapport.store.jdbc;

import java.sql.SQLException;

/** An SQLException on its way out of a repository to the transaction boundary, which rolls back and reports it. */
final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
        super(cause);
    }

    SQLException sqlCause() {
        return (SQLException) getCause();
    }
}
