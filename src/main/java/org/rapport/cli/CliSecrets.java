package org.rapport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.rapport.app.identity.Credentials;
import org.rapport.app.identity.Secret;
import org.rapport.model.BadInputException;

/**
 * Where the command line finds secrets, in order: an environment variable (RAPPORT_PASSWORD for a rater's password,
 * RAPPORT_PASSPHRASE for an encrypted project's; a server login's password as libpq finds it, in app), then a prompt
 * on the terminal that does not echo. Without a terminal there is no prompt, and the secret is missing.
 */
public final class CliSecrets {
    public static final String PASSWORD_VARIABLE = "RAPPORT_PASSWORD";
    public static final String PASSPHRASE_VARIABLE = "RAPPORT_PASSPHRASE";

    private CliSecrets() {
    }

    public static Credentials credentials(String as) {
        return new Credentials(as, fromEnvironmentOrPrompt(PASSWORD_VARIABLE), CliSecrets::prompt,
                fromEnvironmentOrPrompt(PASSPHRASE_VARIABLE));
    }

    static Secret fromEnvironmentOrPrompt(String variable) {
        return what -> {
            String v = System.getenv(variable);
            return v != null && !v.isEmpty() ? v.toCharArray() : prompt(what);
        };
    }

    /** Asks on the terminal without echo; null when there is no terminal. */
    static char[] prompt(String what) {
        Console console = System.console();
        if (console == null) return null;
        char[] typed = console.readPassword("%s: ", capitalised(what));
        return typed == null || typed.length == 0 ? null : typed;
    }

    /** The first line of standard input, as --password-stdin and --passphrase-stdin read a secret. */
    public static char[] firstLineOfStdin(String option) {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) throw new BadInputException(option + ": standard input is empty");
            return line.toCharArray();
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot read standard input: " + e.getMessage());
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
