package org.rapport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.h2.H2ProjectStore;

/** Everything a project holds, as one comparable value: "exactly as before" means equal fingerprints. */
final class ProjectFingerprint {
    private ProjectFingerprint() {
    }

    static List<Object> of(Path project) {
        try (ProjectStore store = H2ProjectStore.open(project)) {
            return store.read(tx -> {
                List<Object> f = new ArrayList<>();
                f.add(tx.meta().transcriptRevision());
                f.add(tx.sessions().all());
                for (var s : tx.sessions().all()) f.add(tx.transcripts().load(s.id()));
                f.add(tx.raters().all());
                f.add(tx.codings().in(Selection.ALL));
                f.add(tx.ratings().in(Selection.ALL));
                f.add(tx.audit().all().size());
                f.add(tx.codebooks().all().stream().map(cb -> cb.codebookId() + "@" + cb.version()).toList());
                f.add(tx.assignments().in(Selection.ALL, null));
                for (var cb : tx.codebooks().all()) {
                    f.add(tx.training().gold(cb.codebookId()));
                    f.add(tx.training().sample(cb.codebookId()));
                }
                return f;
            });
        }
    }
}
