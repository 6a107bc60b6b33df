package org.rapport.app.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.rapport.app.FileAccess;
import org.rapport.report.table.DataTable;
import org.rapport.report.table.SpssSyntax;
import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;

/** Writes a table as CSV and, when asked, the SPSS syntax file that reads it. */
final class TableFiles {
    private TableFiles() {
    }

    /** @return notes on what was changed for SPSS */
    static List<String> write(DataTable table, Output csv, Output spss, String description) {
        List<String> notes = new ArrayList<>();
        DataTable written = table;
        if (spss != null) {
            DataTable.Flattened flat = table.withoutLineBreaks();
            written = flat.table();
            if (flat.cellsChanged() > 0) {
                notes.add("line breaks in " + flat.cellsChanged() + " cell" + (flat.cellsChanged() == 1 ? "" : "s")
                        + " written as spaces (SPSS reads a line break as a new case)");
            }
        }
        DataTable rows = written;
        FileAccess.writing(csv, () -> LongCsv.write(csv, rows.names(), rows.rows()));
        if (spss != null) {
            String csvPath = csv.file().orElseThrow().toAbsolutePath().normalize().toString();
            byte[] syntax = SpssSyntax.of(rows, csvPath, description).getBytes(StandardCharsets.UTF_8);
            FileAccess.writing(spss, () -> spss.write(stream -> stream.write(syntax)));
        }
        return notes;
    }
}
