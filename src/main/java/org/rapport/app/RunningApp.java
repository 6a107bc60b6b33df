package org.rapport.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import org.slf4j.LoggerFactory;

/**
 * Hands a {@code rapport open} to the app that already has the project open: a project is open in one process at a
 * time (docs/decisions/0002), so a second app window would only be refused. The running app listens on a loopback
 * port and leaves the port and a random token in a file only its user can read, in the user's state folder
 * ({@code running/<hash of the project's path>.properties}); {@code rapport open} sends the token and the
 * {@code rapport://} link there. Someone who cannot read the file cannot send anything the app accepts.
 */
public final class RunningApp implements AutoCloseable {
    private static final int TIMEOUT_MS = 2_000;
    private static final int MAX_LINE = 8_192;
    private final ServerSocket socket;
    private final Path file;
    private final String token;
    private final Consumer<String> onLink;

    private RunningApp(ServerSocket socket, Path file, String token, Consumer<String> onLink) {
        this.socket = socket;
        this.file = file;
        this.token = token;
        this.onLink = onLink;
    }

    /**
     * Starts taking links for the project; {@code onLink} gets each link's text on a thread of its own. Empty
     * when it cannot listen (the app then works as before, and a second {@code rapport open} is refused as before).
     */
    public static Optional<RunningApp> listen(Path project, Consumer<String> onLink) {
        ServerSocket s = null;
        try {
            s = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            Path file = fileFor(project);
            write(file, s.getLocalPort(), token);
            RunningApp app = new RunningApp(s, file, token, onLink);
            Thread t = new Thread(app::serve, "rapport-running-app");
            t.setDaemon(true);
            t.start();
            return Optional.of(app);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(RunningApp.class).warn("links will open new windows: {}", e.toString());
            if (s != null) {
                try {
                    s.close(); // no file says where it listens: nobody could reach it
                } catch (IOException ignored) {
                    // nothing listens on it any more either way
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Sends a link to the app that has the project open. True when it took it; false when no app has it open here (a
     * file left by an app that died is removed).
     */
    public static boolean forward(Path project, String link) {
        Path file = fileFor(project);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(p.getProperty("port",
                    "0"))), TIMEOUT_MS);
            s.setSoTimeout(TIMEOUT_MS);
            OutputStream out = s.getOutputStream();
            out.write((p.getProperty("token", "") + "\n" + link.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            return "ok".equals(in.readLine());
        } catch (ConnectException | IllegalArgumentException e) {
            try {
                Files.deleteIfExists(file); // nothing listens there any more: the app that wrote it is gone
            } catch (IOException ignored) {
                // the next forward tries again
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8),
                        MAX_LINE);
                String given = line(in);
                String link = line(in);
                boolean ok = given != null && link != null && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().write((ok ? "ok\n" : "refused\n").getBytes(StandardCharsets.UTF_8));
                if (ok) onLink.accept(link);
            } catch (IOException | RuntimeException e) {
                if (!socket.isClosed()) LoggerFactory.getLogger(RunningApp.class).debug("link not taken: {}", e.toString());
            }
        }
    }

    /** A line of at most MAX_LINE characters, else null. */
    private static String line(BufferedReader in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (b.length() >= MAX_LINE) return null;
            b.append((char) c);
        }
        return b.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LoggerFactory.getLogger(RunningApp.class).debug("running-app file not removed: {}", e.toString());
        }
    }

    static Path fileFor(Path project) {
        String key = project.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return UserFolders.current().state().resolve("running").resolve(HexFormat.of().formatHex(hash, 0, 16)
                    + ".properties");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file readable by its user alone (where the file system has POSIX permissions). */
    private static void write(Path file, int port, String token) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("port=" + port + "\ntoken=" + token + "\n");
        }
    }
}
