package org.rapport.model.codebook;

/** A search a codebook declares for a code: candidate moments for a human coder, never codings. */
public record SavedSearch(String query, String description) {
}
