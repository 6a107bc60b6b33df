package org.rapport.store;

import java.util.List;
import java.util.Optional;

/** Codebook versions kept whole in the project, so codings always know what their codes meant. */
public interface CodebookRepository {
    void insert(StoredCodebook codebook);

    Optional<StoredCodebook> get(String codebookId, String version);

    /** Every stored version, by codebook and in the order added. */
    List<StoredCodebook> all();

    /** The version in use of each codebook (the one added last), by codebook id. */
    List<CodebookVersion> inUse();

    /** The version in use of one codebook, if the project has it. */
    Optional<CodebookVersion> inUse(String codebookId);
}
