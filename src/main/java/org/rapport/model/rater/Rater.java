package org.rapport.model.rater;

/** A person who codes or rates sessions. */
public record Rater(long id, String name, RaterRole role) {
}
