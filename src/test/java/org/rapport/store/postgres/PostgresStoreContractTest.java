package org.rapport.store.postgres;

import org.rapport.store.ProjectStore;
import org.rapport.store.StoreContractTest;

/** The store contract on a real PostgreSQL database, made by `rapport init` as the project's admin. */
class PostgresStoreContractTest extends StoreContractTest {
    @Override
    protected ProjectStore newStore() {
        TestPostgres pg = TestPostgres.server();
        return PostgresProjectStore.create(pg.admin(pg.newDatabase("contract")));
    }
}
