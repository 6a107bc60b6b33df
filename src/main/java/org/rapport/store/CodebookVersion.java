package org.rapport.store;

/** Which version of a codebook: what the version in use of a codebook is named by. */
public record CodebookVersion(String codebookId, String version) {
}
