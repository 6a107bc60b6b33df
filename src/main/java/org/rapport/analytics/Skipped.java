package org.rapport.analytics;

/** A session left out of the analytics, and why (no consensus and no chosen rater, no codings …). */
public record Skipped(String session, String reason) {
}
