package org.rapport.model;

/** A named group of codes, such as withdrawal markers. */
public record CodeGroup(String id, String label) {
}
