package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Control characters never reach the terminal: they are printed as escapes; ordinary text is left as it is. */
class TerminalTextTest {
    private static String printed(String text) {
        StringWriter sink = new StringWriter();
        PrintWriter out = TerminalText.escaping(new PrintWriter(sink));
        out.print(text);
        out.println();
        return sink.toString();
    }

    @Test
    void escapesTerminalControlsAndBidiOverrides() {
        assertEquals("a\\u001B]0;pwn\\u0007b\\u0000 \\u202Eevil\\u009B\n", printed("a\u001b]0;pwn\u0007b\u0000 \u202Eevil\u009B"));
    }

    @Test
    void leavesTextTabsLineEndsAndOtherScriptsAlone() {
        String text = "Größe\tnaïve — 日本語 \"quoted\"\r\nnext";
        assertEquals(text + "\n", printed(text));
    }
}
