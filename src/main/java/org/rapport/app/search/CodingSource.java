package org.rapport.app.search;

import java.util.List;

import org.rapport.model.coding.Coding;

/** The codings a code-context search looks near. It does not decide who may see what: the caller names the rater. */
public interface CodingSource {
    /**
     * The codings with the code, of that codebook ({@code null}: any codebook), by that rater ({@code null}: every
     * rater).
     */
    List<Coding> codingsOf(String codebookId, String codeId, Long raterId);
}
