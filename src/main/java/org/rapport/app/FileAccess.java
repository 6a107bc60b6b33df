package org.rapport.app;

import java.io.IOException;
import java.nio.file.Path;

import org.rapport.model.BadInputException;
import org.rapport.transcript.Output;

/** Turns an I/O failure on a user's file into bad input naming that file. */
public final class FileAccess {
    private FileAccess() {
    }

    public interface IoWork<T> {
        T run() throws IOException;
    }

    public interface IoAction {
        void run() throws IOException;
    }

    public static <T> T reading(Path file, IoWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }

    public static void writing(Output out, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new BadInputException(out.describe(), null, "cannot write: " + e.getMessage());
        }
    }
}
