package org.rapport.app.imports;

import java.util.List;

/** What an import did: how many things it added and what the user should know. */
public record ImportResult(String summary, int added, int skipped, List<String> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
