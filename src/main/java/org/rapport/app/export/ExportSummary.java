package org.rapport.app.export;

import java.util.List;

/**
 * What an export wrote: how many rows (codings, ratings, table rows) and what the user should know about it.
 *
 * @param rows  the rows written (for a long layout, the codings or ratings)
 * @param notes what was left out or changed, one line each
 */
public record ExportSummary(int rows, List<String> notes) {
    public ExportSummary {
        notes = List.copyOf(notes);
    }
}
