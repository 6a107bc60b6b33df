package org.rapport.app.integrity;

import java.nio.file.Path;

/** What a restore did: the backup brought back, and where the store it replaced was kept (null: there was none). */
public record Restored(Path backup, Path replacedStoreKeptAt) {
}
