package org.rapport.app.search;

import java.util.List;

import org.rapport.model.codebook.Codebook;

/** The codebooks in use, whose codes code-context searches name and whose saved searches lexicons run. */
public interface CodebookSource {
    /** The current version of every codebook of the project. */
    List<Codebook> currentCodebooks();

    /** The current version of one codebook; bad input when the project has none of that id. */
    Codebook currentCodebook(String codebookId);
}
