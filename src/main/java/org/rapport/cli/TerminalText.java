package org.rapport.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints passes here: control characters (other than tab and line ends) and the bidirectional
 * controls that reorder a line are written as {@code \}{@code uXXXX}, so a name or utterance cannot move the
 * cursor, retitle the terminal, hide text or make it read backwards. The same escape keeps JSON output valid.
 */
final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    /** A print writer that escapes what it is given before the terminal sees it. */
    static PrintWriter escaping(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    static boolean needsEscape(char c) {
        if (c == '\n' || c == '\r' || c == '\t') return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }

    @Override
    public void write(int c) throws IOException {
        if (needsEscape((char) c)) {
            out.write(String.format("\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (needsEscape(cbuf[i])) {
                out.write(cbuf, start, i - start);
                write(cbuf[i]);
                start = i + 1;
            }
        }
        out.write(cbuf, start, off + len - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
