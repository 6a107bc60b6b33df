package org.rapport.store.h2;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoreContractTest;

/** The store contract on a real H2 file. */
class H2StoreContractTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected ProjectStore newStore() {
        return H2ProjectStore.create(dir.resolve("p"));
    }
}
