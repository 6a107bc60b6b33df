package org.rapport.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.rapport.transcript.AtomicFiles;
import org.slf4j.LoggerFactory;

/**
 * The app's own settings as one properties file a user can read ({@code settings.properties} in
 * {@link UserFolders#config()}). Read once; {@link #save} writes a complete new file and moves it into place, so a
 * crash never leaves half a file. Settings are a convenience: a file that cannot be read or written is logged and the
 * defaults are used, never an error for the user.
 */
public final class SettingsFile {
    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private SettingsFile(Path file) {
        this.file = file;
    }

    /** Reads the file if it exists (an unreadable one counts as empty). */
    public static SettingsFile load(Path file) {
        SettingsFile settings = new SettingsFile(file);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                for (String key : p.stringPropertyNames()) settings.values.put(key, p.getProperty(key));
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(SettingsFile.class).warn("settings file {} not read, defaults used: {}", file,
                        e.toString());
            }
        }
        return settings;
    }

    public synchronized String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    public synchronized void remove(String key) {
        values.remove(key);
    }

    public synchronized Set<String> keys() {
        return Set.copyOf(values.keySet());
    }

    /** True when nothing has been set (a first start). */
    public synchronized boolean isEmpty() {
        return values.isEmpty();
    }

    /** Writes every setting, sorted, to a new file moved over the old one. */
    public void save() {
        Properties all = new Properties();
        synchronized (this) {
            all.putAll(values);
        }
        // store() escapes every entry onto one line; its date comment is dropped and the lines sorted, so the file
        // changes only where a setting did
        StringWriter entries = new StringWriter();
        try {
            all.store(entries, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        List<String> lines = entries.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList();
        try {
            AtomicFiles.write(file, stream -> {
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                out.write("# Rapport's settings (theme, recent projects, keys); safe to delete\n");
                for (String line : lines) out.write(line + "\n");
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SettingsFile.class).warn("settings not saved to {}: {}", file, e.toString());
        }
    }
}
