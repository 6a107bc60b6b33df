package org.rapport.app.deidentify;

/** One line of the pseudonym key: a pseudonym, what kind of identifier it stands for, and the original. */
public record KeyEntry(String pseudonym, String kind, String original) {
}
