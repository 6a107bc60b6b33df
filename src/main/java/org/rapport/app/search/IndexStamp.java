package org.rapport.app.search;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.rapport.search.analysis.IndexLanguage;
import org.rapport.transcript.AtomicFiles;

/**
 * What a search from the shell needs from a file project's store, recorded beside its index when the index was
 * last found current, with the state of the store file then: while the file is in that state (not written since)
 * and the index still at that commit, a search can answer from the index without opening the store
 * (docs/decisions/0022-search-from-the-shell.md). It lives in the index folder, so it goes when the index does.
 *
 * @param storeFingerprint the store file's state ({@link org.rapport.store.StoreFileState#fingerprint()})
 * @param storeSchema      the store schema of the Rapport that wrote the stamp
 * @param revision         the store's transcript revision, which the index commit also records
 * @param language         the project's search language
 * @param indexGeneration  the index commit found current
 * @param sessionNames     the session names hits are shown with
 */
record IndexStamp(String storeFingerprint, int storeSchema, long revision, String language, long indexGeneration,
                  Map<Long, String> sessionNames) {
    static final String FILE = "store-stamp.properties";
    private static final String SESSION = "session.";

    IndexStamp {
        sessionNames = Map.copyOf(sessionNames);
    }

    /** The stamp in an index folder; empty when there is none or it cannot be read (the store is then opened). */
    static Optional<IndexStamp> read(Path indexFolder) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(indexFolder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
            Map<Long, String> names = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(SESSION)) names.put(Long.parseLong(key.substring(SESSION.length())), p.getProperty(key));
            }
            String language = IndexLanguage.fromKey(required(p, "language")).key(); // one this Rapport knows
            return Optional.of(new IndexStamp(required(p, "store"), Integer.parseInt(required(p, "schema")),
                    Long.parseLong(required(p, "revision")), language,
                    Long.parseLong(required(p, "generation")), names));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or half written: not trusted, the next search writes it again
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no " + key);
        return v;
    }

    /** Writes the stamp in one step (a reader sees the old one or the new one, never half of it). */
    void write(Path indexFolder) throws IOException {
        Properties p = new Properties();
        p.setProperty("store", storeFingerprint);
        p.setProperty("schema", Integer.toString(storeSchema));
        p.setProperty("revision", Long.toString(revision));
        p.setProperty("language", language);
        p.setProperty("generation", Long.toString(indexGeneration));
        sessionNames.forEach((id, name) -> p.setProperty(SESSION + id, name));
        AtomicFiles.write(indexFolder.resolve(FILE), stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            p.store(out, "Rapport: what the store held when this index was last found current (safe to delete)");
            out.flush();
        });
    }
}
