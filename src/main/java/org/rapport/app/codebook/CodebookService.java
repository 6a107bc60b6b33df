package org.rapport.app.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.rapport.app.FileAccess;
import org.rapport.codebook.CodebookDocument;
import org.rapport.codebook.CodebookLoader;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.store.CodebookRepository;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoredCodebook;

/**
 * The codebooks of a project. Each version is stored whole, so codings made under an older version stay
 * interpretable; the newest version added is the one in use.
 */
public final class CodebookService {
    /** The codebooks that ship inside the jar, added to every new project. */
    public static final List<String> BUILT_IN = List.of("3rs.yaml", "wai-o-s.yaml", "demo.yaml");

    private final ProjectStore store;
    private final Map<String, Codebook> parsed = new ConcurrentHashMap<>();

    /** Reads and checks a codebook file outside any project (`rapport codebook validate`). */
    public static CodebookDocument validate(Path file) {
        return CodebookLoader.read(file);
    }

    public CodebookService(ProjectStore store) {
        this.store = store;
    }

    public void addBuiltIns() {
        for (String name : BUILT_IN) {
            try (InputStream in = CodebookService.class.getResourceAsStream("/codebooks/" + name)) {
                if (in == null) throw new IllegalStateException("built-in codebook missing from the jar: " + name);
                add(name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read built-in codebook " + name, e);
            }
        }
    }

    /** Validates and adds a codebook file; adding the same version again with the same content does nothing. */
    public Codebook add(Path file) {
        byte[] bytes = FileAccess.reading(file, () -> Files.readAllBytes(file));
        return add(file.getFileName().toString(), bytes);
    }

    private Codebook add(String sourceName, byte[] bytes) {
        Codebook cb = CodebookLoader.parse(sourceName, bytes);
        store.inTransaction(c -> {
            Optional<StoredCodebook> existing = CodebookRepository.get(c, cb.id(), cb.version());
            if (existing.isPresent()) {
                if (!existing.get().contentHash().equals(cb.contentHash())) {
                    throw new BadInputException(sourceName, null, "codebook " + cb.id() + " version " + cb.version()
                            + " is already in the project with different content; give the changed codebook a new version");
                }
                return null;
            }
            CodebookRepository.insert(c, new StoredCodebook(cb.id(), cb.version(), cb.title(), cb.contentHash(),
                    sourceName, bytes));
            return null;
        });
        parsed.put(key(cb.id(), cb.version()), cb);
        return cb;
    }

    /** The version in use of each codebook (the one added last), by id. */
    public List<Codebook> current() {
        Map<String, StoredCodebook> latest = new LinkedHashMap<>();
        for (StoredCodebook s : store.read(CodebookRepository::all)) latest.put(s.codebookId(), s);
        List<Codebook> out = new ArrayList<>();
        for (StoredCodebook s : latest.values()) out.add(parse(s));
        return out;
    }

    /** The version in use of a codebook. */
    public Codebook current(String codebookId) {
        return current().stream().filter(cb -> cb.id().equals(codebookId)).findFirst()
                .orElseThrow(() -> new BadInputException("no codebook '" + codebookId + "' in this project; known: "
                        + String.join(", ", current().stream().map(Codebook::id).toList())));
    }

    /** A specific version, as codings made under it refer to it. */
    public Optional<Codebook> version(String codebookId, String version) {
        Codebook cached = parsed.get(key(codebookId, version));
        if (cached != null) return Optional.of(cached);
        return store.read(c -> CodebookRepository.get(c, codebookId, version)).map(this::parse);
    }

    private Codebook parse(StoredCodebook s) {
        return parsed.computeIfAbsent(key(s.codebookId(), s.version()),
                k -> CodebookLoader.parse(s.sourceName(), s.content()));
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
