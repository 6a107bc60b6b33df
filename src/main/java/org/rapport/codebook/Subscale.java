package org.rapport.codebook;

/** A subscale a codebook declares (the WAI-O-S Task, Bond and Goal), which scales name by id. */
public record Subscale(String id, String label) {
}
