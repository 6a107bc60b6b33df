package org.rapport.app.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

import org.rapport.model.BadInputException;

/**
 * The key of an encrypted file project, derived from its passphrase by Argon2id: H2's own derivation (PBKDF2 with
 * 10 iterations) would let a stolen file be guessed at millions of passphrases a second. The file
 * {@value #FILE} beside the store holds the salt and cost, and a check value that tells a wrong passphrase apart
 * from a damaged file; nothing in it helps recover the key.
 */
public final class ProjectKey {
    public static final String FILE = "encryption.properties";
    private static final int KEY_BYTES = 32;
    private static final int MIN_PASSPHRASE = 8;

    private ProjectKey() {
    }

    /** True when the folder holds an encrypted project. */
    public static boolean isEncrypted(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** Makes a new key for a project in {@code folder} from the passphrase and writes how it was derived. */
    public static byte[] create(Path folder, char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new BadInputException("an encrypted project needs a passphrase of at least " + MIN_PASSPHRASE
                    + " characters (--passphrase-stdin, RAPPORT_PASSPHRASE or the prompt)");
        }
        byte[] salt = PasswordHasher.salt();
        byte[] key = PasswordHasher.derive(passphrase, salt, PasswordHasher.MEMORY_KIB, PasswordHasher.ITERATIONS,
                PasswordHasher.PARALLELISM, KEY_BYTES);
        Properties p = new Properties();
        p.setProperty("kdf", "argon2id");
        p.setProperty("memory_kib", Integer.toString(PasswordHasher.MEMORY_KIB));
        p.setProperty("iterations", Integer.toString(PasswordHasher.ITERATIONS));
        p.setProperty("parallelism", Integer.toString(PasswordHasher.PARALLELISM));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("check", check(key));
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Rapport encrypted project: how its key is derived from the passphrase (no secret here)."
                        + " Without this file and the passphrase the project cannot be opened.");
            }
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot write: " + e.getMessage());
        }
        return key;
    }

    /** The key of the encrypted project in {@code folder}; a wrong passphrase is bad input naming the project. */
    public static byte[] derive(Path folder, char[] passphrase) {
        Path file = folder.resolve(FILE);
        if (passphrase == null || passphrase.length == 0) {
            throw new BadInputException(folder.toString(), null, "the project is encrypted: give its passphrase"
                    + " (--passphrase-stdin, RAPPORT_PASSPHRASE or the prompt)");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot read: " + e.getMessage());
        }
        byte[] key;
        try {
            if (!"argon2id".equals(p.getProperty("kdf"))) throw new IllegalArgumentException("kdf");
            key = PasswordHasher.derive(passphrase, Base64.getDecoder().decode(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("memory_kib")), Integer.parseInt(p.getProperty("iterations")),
                    Integer.parseInt(p.getProperty("parallelism")), KEY_BYTES);
        } catch (RuntimeException e) {
            throw new BadInputException(file.toString(), null, "damaged: it does not say how the key is derived");
        }
        if (!MessageDigest.isEqual(check(key).getBytes(StandardCharsets.US_ASCII),
                String.valueOf(p.getProperty("check")).getBytes(StandardCharsets.US_ASCII))) {
            Arrays.fill(key, (byte) 0);
            throw new BadInputException(folder.toString(), null, "wrong passphrase for this encrypted project;"
                    + " nothing was opened or changed");
        }
        return key;
    }

    /** A value that shows a key is the right one without revealing it: SHA-256 over a label and the key. */
    private static String check(byte[] key) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update("rapport project key check".getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(d.digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
