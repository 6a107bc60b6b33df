package org.rapport.app.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.rapport.app.imports.ImportProgress;
import org.rapport.app.imports.ImportResult;
import org.rapport.app.imports.ImportService;
import org.rapport.app.imports.SessionImport;
import org.rapport.app.session.SessionService;
import org.rapport.model.BadInputException;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.Transcripts;

/**
 * Imports a folder of sessions at a time: every transcript file (by its extension) is a session named after the file,
 * with the recording of the same name beside it (mp4, m4a, mov, mkv, webm, wav, mp3) when there is one. Every
 * transcript is read and every name checked before the first is imported, so a bad file or a name taken stops the
 * whole folder with nothing changed.
 */
public final class FolderImport {
    static final List<String> MEDIA = List.of("mp4", "m4v", "mov", "mkv", "webm", "m4a", "wav", "mp3", "ogg");

    /** One session to import. */
    public record Planned(String name, Path transcript, Path media) {
    }

    private final ImportService imports;
    private final SessionService sessions;

    public FolderImport(ImportService imports, SessionService sessions) {
        this.imports = imports;
        this.sessions = sessions;
    }

    /** The sessions the folder holds, by name; a name taken in the project or a transcript that cannot be read is bad input. */
    public List<Planned> plan(Path folder, Consumer<String> progress) {
        if (!Files.isDirectory(folder)) throw new BadInputException(folder.toString(), null, "not a folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot list the folder: " + e.getMessage());
        }
        Set<String> taken = new HashSet<>();
        sessions.list().forEach(s -> taken.add(s.session().name()));
        List<Planned> out = new ArrayList<>();
        for (Path f : files) {
            if (!isTranscript(f)) continue;
            String name = base(f);
            if (taken.contains(name)) {
                throw new BadInputException(f.toString(), null, "a session named '" + name + "' exists already");
            }
            progress.accept("Checking " + f.getFileName() + "\u2026");
            try {
                Transcripts.read(f, TranscriptFormat.fromExtension(f));
            } catch (IOException e) {
                throw new BadInputException(f.toString(), null, "cannot read: " + e.getMessage());
            }
            Path media = files.stream().filter(m -> base(m).equals(name) && MEDIA.contains(ext(m))).findFirst().orElse(null);
            out.add(new Planned(name, f, media));
            taken.add(name);
        }
        if (out.isEmpty()) throw new BadInputException(folder.toString(), null, "no transcript files in the folder");
        return out;
    }

    /**
     * Imports what {@link #plan} found as one batch (docs/decisions/0020): all of them or, if any has a problem,
     * none; saying which file it is at.
     */
    public List<ImportResult> run(List<Planned> planned, Consumer<String> progress) {
        List<SessionImport> requests = new ArrayList<>();
        for (Planned p : planned) {
            requests.add(new SessionImport(p.name(), p.transcript(), null, p.media(), java.util.Map.of(), null, null,
                    null, null));
        }
        ImportProgress shown = (phase, done, total, file) -> {
            if (file == null) return;
            String name = Path.of(file).getFileName().toString();
            progress.accept((phase == ImportProgress.Phase.READ ? "Checking " + name + " (" + (done + 1)
                    : "Imported " + name + " (" + done) + " of " + total + ")\u2026");
        };
        return imports.importSessions(requests, shown).sessions();
    }

    private static boolean isTranscript(Path f) {
        try {
            TranscriptFormat.fromExtension(f);
            return !MEDIA.contains(ext(f));
        } catch (BadInputException e) {
            return false;
        }
    }

    private static String base(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static String ext(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
