package org.rapport.store;

import org.rapport.model.BadInputException;

/**
 * A change made from a copy that is no longer the stored one: someone else changed the row in between. Nothing was
 * written; the caller reloads and decides again. It is the user's to resolve, so it reads like bad input.
 */
public class StoreConflictException extends BadInputException {
    public StoreConflictException(String message) {
        super(message);
    }
}
