package org.rapport.ui.session;

import java.util.List;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;

/** How the workspace names a coding's code: its label in its codebook, else its id (a code since removed). */
final class CodeLabel {
    private CodeLabel() {
    }

    static String of(List<Codebook> codebooks, Coding k) {
        for (Codebook cb : codebooks) {
            if (cb.id().equals(k.codebookId())) return cb.code(k.codeId()).map(Code::label).orElse(k.codeId());
        }
        return k.codeId();
    }
}
