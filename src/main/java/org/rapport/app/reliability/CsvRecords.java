package org.rapport.app.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rapport.model.BadInputException;

/**
 * Reads a CSV file record by record: comma-separated cells, a cell in double quotes may hold commas, line breaks
 * and doubled quotes (RFC 4180); LF or CRLF line ends; a UTF-8 byte-order mark is skipped; spaces around a cell are
 * dropped. Each record's cells are byte ranges of one buffer, so a reader can number a cell's text
 * ({@link CellIndex}) without making a String of it: rating files have millions of cells and a handful of distinct
 * values, and this is where a command on them spends its time (docs/decisions/0017-start-up-and-speed.md).
 * The delimiters are ASCII, so a UTF-8 character is never split.
 */
final class CsvRecords implements AutoCloseable {
    private static final int END = -1;

    private final InputStream in;
    private final String source;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    /** The cells of the current record, unquoted, one after another. */
    private byte[] cells = new byte[1 << 10];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;
    private int linesRead;
    private int recordLine;

    private CsvRecords(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    static CsvRecords open(Path file) throws IOException {
        CsvRecords r = new CsvRecords(Files.newInputStream(file), file.toString());
        r.skipByteOrderMark();
        return r;
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == 0xEF) {
            pos++;
            if (read() != 0xBB || read() != 0xBF) {
                pos = 0; // not a byte-order mark after all: the buffer still holds the file's first bytes
            }
        }
    }

    /** Reads the next record; false at the end of the file. A blank line is a record of one empty cell. */
    boolean next() throws IOException {
        if (peek() == END) return false;
        recordLine = ++linesRead;
        size = 0;
        int n = 0;
        for (;;) {
            int c = read();
            while (c == ' ' || c == '\t') c = read();
            int start = n;
            if (c == '"') {
                for (c = read(); ; c = read()) {
                    if (c == END) throw bad("a quoted cell is not closed");
                    if (c == '"') {
                        if (peek() != '"') break;
                        pos++;
                    } else if (c == '\n') {
                        linesRead++;
                    }
                    n = append(n, c);
                }
                c = read();
                while (c == ' ' || c == '\t') c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != END) {
                    throw bad("text after the closing quote of a cell");
                }
                addCell(start, n);
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != END) {
                    n = append(n, c);
                    c = read();
                }
                int end = n;
                while (end > start && (cells[end - 1] == ' ' || cells[end - 1] == '\t')) end--;
                addCell(start, end);
            }
            if (c == ',') continue;
            if (c == '\r' && peek() == '\n') pos++;
            return true;
        }
    }

    /** The line the current record starts on (1 is the first line of the file). */
    int line() {
        return recordLine;
    }

    int size() {
        return size;
    }

    boolean isEmpty(int cell) {
        return starts[cell] == ends[cell];
    }

    /** True when the cell is exactly the given ASCII text. */
    boolean is(int cell, String ascii) {
        int from = starts[cell];
        int length = ends[cell] - from;
        if (length != ascii.length()) return false;
        for (int i = 0; i < length; i++) if (cells[from + i] != ascii.charAt(i)) return false;
        return true;
    }

    String text(int cell) {
        return new String(cells, starts[cell], ends[cell] - starts[cell], StandardCharsets.UTF_8);
    }

    /** The current record's cells as text, for messages. */
    String joined() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) sb.append(i == 0 ? "" : ",").append(text(i));
        return sb.toString();
    }

    /** The cell bytes of the current record; a cell is {@code bytes()[start(i)..end(i))}. */
    byte[] bytes() {
        return cells;
    }

    int start(int cell) {
        return starts[cell];
    }

    int end(int cell) {
        return ends[cell];
    }

    private BadInputException bad(String problem) {
        return new BadInputException(source, recordLine, "not a valid CSV file: " + problem);
    }

    private int append(int n, int c) {
        if (n == cells.length) cells = java.util.Arrays.copyOf(cells, n * 2);
        cells[n] = (byte) c;
        return n + 1;
    }

    private void addCell(int start, int end) {
        if (size == starts.length) {
            starts = java.util.Arrays.copyOf(starts, size * 2);
            ends = java.util.Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private int read() throws IOException {
        if (pos == limit && !refill()) return END;
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == limit && !refill()) return END;
        return buf[pos] & 0xFF;
    }

    private boolean refill() throws IOException {
        int got = in.read(buf, 0, buf.length);
        if (got <= 0) return false;
        pos = 0;
        limit = got;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
