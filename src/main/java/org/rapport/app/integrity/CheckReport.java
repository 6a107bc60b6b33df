package org.rapport.app.integrity;

import java.util.List;

/**
 * What {@code rapport check} found.
 *
 * @param problems damage or inconsistency in the store, one sentence each (none: the project is sound)
 * @param notes    what the user may want to know that is not damage (the search index is behind, and so on)
 * @param summary  what was read, for the report's last line
 */
public record CheckReport(List<String> problems, List<String> notes, String summary) {
    public CheckReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean sound() {
        return problems.isEmpty();
    }
}
