package org.rapport.app.identity;

/**
 * Where a password or passphrase comes from when it is needed: an environment variable, standard input, a prompt
 * on the terminal, a dialog. It is asked only when needed, and may have none (null).
 */
@FunctionalInterface
public interface Secret {
    Secret NONE = what -> null;

    /** The secret, or null when there is none; {@code what} says what it is for ("password of rater Dana"). */
    char[] ask(String what);
}
