package org.rapport.store;

/** A codebook version as kept in the store: its YAML source (the file's text) and where it came from. */
public record StoredCodebook(String codebookId, String version, String title, String contentHash, String sourceName,
                             String content) {
}
