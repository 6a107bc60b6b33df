package org.rapport.report.html;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rapport.model.BadInputException;

/**
 * A moment of a session to open in the app: {@code rapport://open?project=/lab/study&session=s02&at=5200&to=10000}.
 * Reliability reports link their disagreements this way; {@code rapport open URL} (registered for the scheme on a
 * Linux desktop, see docs/workspace.md) opens the app there with every rater's lane, looping the stretch.
 *
 * @param atMs  where to go (null: where the rater was)
 * @param toMs  the end of the stretch to loop (null: no loop)
 */
public record ReviewLink(Path project, String session, Long atMs, Long toMs) {
    public static final String SCHEME = "rapport";

    public String uri() {
        StringBuilder b = new StringBuilder(SCHEME + "://open?project=").append(enc(project.toAbsolutePath().toString()));
        if (session != null) b.append("&session=").append(enc(session));
        if (atMs != null) b.append("&at=").append(atMs);
        if (toMs != null) b.append("&to=").append(toMs);
        return b.toString();
    }

    /** Reads a {@code rapport://open?...} link; a wrong one is bad input naming what is wrong. */
    public static ReviewLink parse(String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (java.net.URISyntaxException e) {
            throw new BadInputException("not a rapport:// link: " + link);
        }
        if (!SCHEME.equals(uri.getScheme()) || !"open".equals(uri.getHost())) {
            throw new BadInputException("expected rapport://open?project=...: " + link);
        }
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq < 0 ? pair.length() : eq), eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                    StandardCharsets.UTF_8));
        }
        if (q.getOrDefault("project", "").isBlank()) throw new BadInputException("the link names no project: " + link);
        return new ReviewLink(Path.of(q.get("project")), q.get("session"), ms(q, "at", link), ms(q, "to", link));
    }

    private static Long ms(Map<String, String> q, String key, String link) {
        String v = q.get(key);
        if (v == null) return null;
        try {
            long ms = Long.parseLong(v);
            if (ms < 0) throw new NumberFormatException();
            return ms;
        } catch (NumberFormatException e) {
            throw new BadInputException(key + "=" + v + " in the link is not a time in ms: " + link);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
