package org.rapport.app.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.rapport.app.FileAccess;
import org.rapport.codebook.CodebookDocument;
import org.rapport.codebook.CodebookLoader;
import org.rapport.model.BadInputException;
import org.rapport.model.InputFile;
import org.rapport.model.codebook.Codebook;
import org.rapport.store.CodebookVersion;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoredCodebook;
import org.rapport.store.Transaction;

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
        if (Files.exists(file)) InputFile.check(file, file.toString(), CodebookLoader.MAX_BYTES, "codebooks");
        byte[] bytes = FileAccess.reading(file, () -> Files.readAllBytes(file));
        return add(file.getFileName().toString(), bytes);
    }

    private Codebook add(String sourceName, byte[] bytes) {
        Codebook cb = CodebookLoader.parse(sourceName, bytes);
        store.inTransaction(tx -> {
            Optional<StoredCodebook> existing = tx.codebooks().get(cb.id(), cb.version());
            if (existing.isPresent()) {
                if (!existing.get().contentHash().equals(cb.contentHash())) {
                    throw new BadInputException(sourceName, null, "codebook " + cb.id() + " version " + cb.version()
                            + " is already in the project with different content; give the changed codebook a new version");
                }
                return null;
            }
            // the loader accepts only UTF-8, so the text gives back the very bytes the content hash was taken of
            tx.codebooks().insert(new StoredCodebook(cb.id(), cb.version(), cb.title(), cb.contentHash(),
                    sourceName, new String(bytes, StandardCharsets.UTF_8)));
            return null;
        });
        parsed.put(key(cb.id(), cb.version()), cb);
        return cb;
    }

    /** The version in use of each codebook (the one added last), by id. */
    public List<Codebook> current() {
        return store.read(tx -> {
            List<Codebook> out = new ArrayList<>();
            for (CodebookVersion v : tx.codebooks().inUse()) out.add(parsed(tx, v.codebookId(), v.version()).orElseThrow());
            return out;
        });
    }

    /** The version in use of a codebook. */
    public Codebook current(String codebookId) {
        return store.read(tx -> tx.codebooks().inUse(codebookId).flatMap(v -> parsed(tx, v.codebookId(), v.version())))
                .orElseThrow(() -> new BadInputException("no codebook '" + codebookId + "' in this project; known: "
                        + String.join(", ", current().stream().map(Codebook::id).toList())));
    }

    /** A specific version, as codings made under it refer to it. */
    public Optional<Codebook> version(String codebookId, String version) {
        Codebook cached = parsed.get(key(codebookId, version));
        return cached != null ? Optional.of(cached) : store.read(tx -> parsed(tx, codebookId, version));
    }

    /** A version parsed once and kept: its YAML is read from the store only the first time. */
    private Optional<Codebook> parsed(Transaction tx, String codebookId, String version) {
        Codebook cached = parsed.get(key(codebookId, version));
        if (cached != null) return Optional.of(cached);
        return tx.codebooks().get(codebookId, version).map(s -> parsed.computeIfAbsent(key(codebookId, version),
                k -> CodebookLoader.parse(s.sourceName(), s.content().getBytes(StandardCharsets.UTF_8))));
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
