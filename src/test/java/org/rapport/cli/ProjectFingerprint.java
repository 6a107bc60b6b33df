package org.rapport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapport.store.AuditLog;
import org.rapport.store.CodebookRepository;
import org.rapport.store.CodingRepository;
import org.rapport.store.MetaRepository;
import org.rapport.store.ProjectStore;
import org.rapport.store.RaterRepository;
import org.rapport.store.RatingRepository;
import org.rapport.store.SessionRepository;
import org.rapport.store.TranscriptRepository;

/** Everything a project holds, as one comparable value: "exactly as before" means equal fingerprints. */
final class ProjectFingerprint {
    private ProjectFingerprint() {
    }

    static List<Object> of(Path project) {
        try (ProjectStore store = ProjectStore.open(project)) {
            return store.read(c -> {
                List<Object> f = new ArrayList<>();
                f.add(MetaRepository.transcriptRevision(c));
                f.add(SessionRepository.all(c));
                for (var s : SessionRepository.all(c)) f.add(TranscriptRepository.load(c, s.id()));
                f.add(RaterRepository.all(c));
                f.add(CodingRepository.all(c));
                f.add(RatingRepository.all(c));
                f.add(AuditLog.all(c).size());
                f.add(CodebookRepository.all(c).stream().map(cb -> cb.codebookId() + "@" + cb.version()).toList());
                return f;
            });
        }
    }
}
