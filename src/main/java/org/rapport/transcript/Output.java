package org.rapport.transcript;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an export goes: a file, written by {@link AtomicFiles} (atomically, through symbolic links, with the mode
 * the umask gives), or a stream the caller owns, such as standard output for {@code --out -}. Every export of
 * Rapport is written through here.
 */
public sealed interface Output permits Output.ToFile, Output.ToStream {
    /** How messages name it: the path as given, or "standard output". */
    String describe();

    /** The file, or empty for a stream. */
    Optional<Path> file();

    /** Writes the whole content; a stream is flushed, not closed. */
    void write(AtomicFiles.Content content) throws IOException;

    static Output file(Path path) {
        return new ToFile(path);
    }

    static Output stream(String name, OutputStream stream) {
        return new ToStream(name, stream);
    }

    /** A file, replaced whole. */
    record ToFile(Path path) implements Output {
        @Override
        public String describe() {
            return path.toString();
        }

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }

        @Override
        public void write(AtomicFiles.Content content) throws IOException {
            AtomicFiles.write(path, content);
        }
    }

    /** A stream that stays open after the write (standard output). */
    record ToStream(String name, OutputStream stream) implements Output {
        @Override
        public String describe() {
            return name;
        }

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public void write(AtomicFiles.Content content) throws IOException {
            OutputStream kept = new FilterOutputStream(stream) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller owns the stream
                }
            };
            content.writeTo(kept);
            kept.flush();
        }
    }
}
