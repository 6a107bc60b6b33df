package org.rapport.codebook;

import org.rapport.model.BadInputException;
import org.rapport.model.Codebook;

/** PROVISIONAL (replaced by the codebooks branch). */
public final class CodebookLoader {
    private CodebookLoader() {
    }

    public static Codebook parse(String sourceName, byte[] content) {
        throw new BadInputException(sourceName, null, "PROVISIONAL: codebook loading arrives with the codebooks branch");
    }
}
