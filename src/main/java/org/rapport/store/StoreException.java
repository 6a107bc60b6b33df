package org.rapport.store;

/** A database failure that is not the user's fault (disk full, a bug). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
