package org.rapport.model.codebook;

/** A named group of codes, such as withdrawal markers. */
public record CodeGroup(String id, String label) {
}
