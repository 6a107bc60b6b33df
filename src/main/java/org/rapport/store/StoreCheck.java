package org.rapport.store;

import java.util.List;
import java.util.Map;

/**
 * What a check of the store found: each problem as a sentence for the user (none: the store is sound), and the rows
 * of every table, read in full.
 */
public record StoreCheck(List<String> problems, Map<String, Long> rows) {
    public StoreCheck {
        problems = List.copyOf(problems);
        rows = Map.copyOf(rows);
    }
}
