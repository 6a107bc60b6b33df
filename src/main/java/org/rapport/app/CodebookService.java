package org.rapport.app;

import java.nio.file.Path;

import org.rapport.codebook.CodebookDocument;
import org.rapport.codebook.CodebookLoader;

/** Codebook use cases shared by the GUI and the command line. */
public final class CodebookService {

    /** Reads and checks a codebook file; a problem is a BadInputException naming the file and line. */
    public CodebookDocument validate(Path file) {
        return CodebookLoader.read(file);
    }
}
