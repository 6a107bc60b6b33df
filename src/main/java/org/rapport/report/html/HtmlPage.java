package org.rapport.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.rapport.model.BadInputException;
import org.rapport.transcript.Output;

/** Writes a finished HTML page; a file is replaced whole (written beside it, then moved, as {@link Output} does). */
public final class HtmlPage {
    private HtmlPage() {
    }

    /** @param what the page as the message names it: "report", "page" */
    public static void write(String html, Output out, String what) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new BadInputException(out.describe(), null, "cannot write the " + what + ": " + e.getMessage());
        }
    }
}
