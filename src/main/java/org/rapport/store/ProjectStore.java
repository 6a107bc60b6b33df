package org.rapport.store;

/**
 * A project's store, whatever engine keeps it (an H2 file today, PostgreSQL later). All work goes through a
 * transaction boundary: the work receives a {@link Transaction} whose repositories act inside it.
 * Failures are {@link StoreException}s; a user's mistake found inside the work stays a BadInputException.
 */
public interface ProjectStore extends AutoCloseable {
    /** The highest migration in src/main/resources/db/migration (SchemaVersionTest keeps them in step). */
    int SCHEMA_VERSION = 3;

    /** Where the store is, as messages name it (the project folder of a file project). */
    String location();

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work);

    /** Runs read-only work; anything it writes is rolled back. */
    <T> T read(Work<T> work);

    @Override
    void close();

    /** Work done through the repositories of one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx);
    }
}
