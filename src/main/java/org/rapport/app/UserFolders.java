package org.rapport.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Rapport keeps what belongs to the user rather than to a project: settings, the demo project, logs, caches.
 * On Linux the XDG base directories ({@code $XDG_CONFIG_HOME/rapport}, {@code $XDG_DATA_HOME/rapport},
 * {@code $XDG_STATE_HOME/rapport}, {@code $XDG_CACHE_HOME/rapport}; unset or relative ones fall back to
 * {@code $HOME/.config}, {@code .local/share}, {@code .local/state} and {@code .cache}, as the specification says).
 * Home is {@code $HOME}, and only without it the JVM's {@code user.home}, which comes from the password file and
 * is wrong under sudo, in containers and for a redirected home (docs/decisions/0023-start-up-paths.md).
 *
 * @param config settings of the app (theme, recent projects, keys)
 * @param data   data the app makes for the user: the demo project
 * @param state  logs
 * @param cache  what can be rebuilt: the search index of a server project
 */
public record UserFolders(Path config, Path data, Path state, Path cache) {
    /** The folders of this process, from its environment. */
    public static UserFolders current() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The folders for an environment and operating system; {@code userHome} is used only when HOME is unset. */
    public static UserFolders of(Map<String, String> env, String osName, String userHome) {
        Path home = home(env, userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            Path library = home.resolve("Library");
            return new UserFolders(library.resolve("Application Support/Rapport"),
                    library.resolve("Application Support/Rapport"), library.resolve("Logs/Rapport"),
                    library.resolve("Caches/Rapport"));
        }
        if (os.contains("win")) {
            Path roaming = absolute(env.get("APPDATA")).orElse(home.resolve("AppData/Roaming")).resolve("Rapport");
            Path local = absolute(env.get("LOCALAPPDATA")).orElse(home.resolve("AppData/Local")).resolve("Rapport");
            return new UserFolders(roaming, local, local.resolve("logs"), local.resolve("cache"));
        }
        return new UserFolders(xdg(env, "XDG_CONFIG_HOME", home, ".config"), xdg(env, "XDG_DATA_HOME", home,
                ".local/share"), xdg(env, "XDG_STATE_HOME", home, ".local/state"), xdg(env, "XDG_CACHE_HOME", home,
                ".cache"));
    }

    /** This process's user's home: $HOME when set, else the JVM's idea of it. */
    public static Path home() {
        return home(System.getenv(), System.getProperty("user.home"));
    }

    /** The user's home: $HOME when set (as a shell and libpq see it), else the JVM's idea of it. */
    public static Path home(Map<String, String> env, String userHome) {
        return absolute(env.get("HOME")).orElseGet(() -> Path.of(userHome == null ? "." : userHome));
    }

    private static Path xdg(Map<String, String> env, String variable, Path home, String fallback) {
        return absolute(env.get(variable)).orElse(home.resolve(fallback)).resolve("rapport");
    }

    /** The XDG specification: a relative path in one of these variables is invalid and ignored. */
    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        Path p = Path.of(value);
        return p.isAbsolute() ? Optional.of(p) : Optional.empty();
    }
}
