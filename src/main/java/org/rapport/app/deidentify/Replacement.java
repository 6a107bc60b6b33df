package org.rapport.app.deidentify;

/**
 * One kind of replacement an export made, for the review list: in which session and field, by which rule, what
 * was there and what was written instead, and how often.
 */
public record Replacement(String session, String field, String rule, String original, String replacement, int count) {
}
