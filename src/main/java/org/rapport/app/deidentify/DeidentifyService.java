package org.rapport.app.deidentify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.rapport.app.FileAccess;
import org.rapport.app.OutputGuard;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.SessionSummary;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Session;
import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;

/**
 * Starts and finishes a de-identified export: builds the {@link Deidentifier} from the project's sessions and
 * identifier list, and afterwards writes the key and the review list where asked.
 */
public final class DeidentifyService {
    public static final List<String> KEY_HEADER = List.of("pseudonym", "kind", "original");
    public static final List<String> REVIEW_HEADER = List.of("session", "field", "rule", "original", "replacement",
            "count");

    private final Path projectFolder;
    private final SessionService sessions;
    private final OutputGuard guard;

    /** @param projectFolder a file project's folder, or null for a server project */
    public DeidentifyService(Path projectFolder, SessionService sessions, OutputGuard guard) {
        this.projectFolder = projectFolder;
        this.sessions = sessions;
        this.guard = guard;
    }

    /** The de-identifier of one export; the key and review outputs are checked before anything is written. */
    public Deidentifier start(DeidentifyRequest request, Output export) {
        if (request.key() != null) {
            if (request.redactNames()) {
                throw new BadInputException("--deidentify-key: with --redact-names there are no pseudonyms to map back");
            }
            separate(guard.checked(request.key()), export, "--deidentify-key");
        }
        if (request.review() != null) separate(guard.checked(request.review()), export, "--deidentify-review");
        if (request.key() != null && request.review() != null) separate(request.key(), request.review(), "--deidentify-key");
        List<Session> all = new ArrayList<>(sessions.list().stream().map(SessionSummary::session).toList());
        all.sort(Comparator.comparingLong(Session::id)); // the order they were added: pseudonyms stay as sessions come
        return new Deidentifier(all, identifiers(request.identifiers()), request.redactNames());
    }

    private IdentifierList identifiers(Path given) {
        if (given != null) return IdentifierList.read(given);
        if (projectFolder == null) return IdentifierList.EMPTY; // a server project has no folder: --identifiers FILE
        Path own = projectFolder.resolve(IdentifierList.FILE_NAME);
        return Files.isRegularFile(own) ? IdentifierList.read(own) : IdentifierList.EMPTY;
    }

    /** The key and review list must not go into the export (or into each other) or to standard output with it. */
    private static void separate(Output side, Output other, String option) {
        if (side.file().isEmpty()) {
            throw new BadInputException(option + ": the key and the review list name originals: give a FILE, not -");
        }
        if (other.file().isPresent() && side.file().get().toAbsolutePath().normalize()
                .equals(other.file().get().toAbsolutePath().normalize())) {
            throw new BadInputException(option + ": needs a file of its own, apart from the export");
        }
    }

    /** Writes the key and the review list where asked; returns the lines to tell the user. */
    public List<String> finish(Deidentifier d, DeidentifyRequest request) {
        List<String> notes = new ArrayList<>();
        Map<String, Integer> counts = d.countsByRule();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        counts.forEach((rule, n) -> parts.add(n + " " + rule));
        notes.add("de-identified: " + total + " replacement" + (total == 1 ? "" : "s")
                + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
        if (request.key() != null) {
            List<List<Object>> rows = new ArrayList<>();
            for (KeyEntry k : d.key()) rows.add(List.of(k.pseudonym(), k.kind(), k.original()));
            FileAccess.writing(request.key(), () -> LongCsv.write(request.key(), KEY_HEADER, rows));
            notes.add("wrote the pseudonym key (" + rows.size() + " pseudonyms) to " + request.key().describe()
                    + ": keep it apart from the export");
        }
        if (request.review() != null) {
            List<List<Object>> rows = new ArrayList<>();
            for (Replacement r : d.replacements()) {
                rows.add(List.of(r.session(), r.field(), r.rule(), r.original(), r.replacement(), r.count()));
            }
            FileAccess.writing(request.review(), () -> LongCsv.write(request.review(), REVIEW_HEADER, rows));
            notes.add("wrote the review list (" + rows.size() + " rows) to " + request.review().describe());
        }
        return notes;
    }
}
