package org.rapport.transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;

/**
 * Reads CHAT (.cha, CHILDES/TalkBank): each utterance is a main tier {@code *PAR:\ttext} whose time is a media bullet
 * {@code •1234_5678•} (start and end in milliseconds between two U+0015 characters, which CLAN shows as bullets).
 * Lines starting with a tab continue the line above. Dependent tiers ({@code %mor:} ...) and headers ({@code @...})
 * are not talk, except {@code @Participants}, whose roles give the speakers' roles. The text is kept as transcribed,
 * CHAT's codes included; only the bullet is taken out. An utterance without a bullet has no time, which Rapport
 * needs: it is a problem of the file.
 */
final class ChatReader {
    /** U+0015, CHAT's media bullet; some tools write a real bullet (U+2022) instead. */
    private static final Pattern BULLET = Pattern.compile("[\\u0015\\u2022](\\d+)_(\\d+)[\\u0015\\u2022]");
    private static final Pattern MAIN = Pattern.compile("\\*([^:\\s]+):\\s*(.*)", Pattern.DOTALL);

    private ChatReader() {
    }

    static Transcript read(Reading reading) {
        List<String> lines = reading.source().lines();
        Map<String, Role> roles = new HashMap<>();
        TimelineBuilder timeline = reading.timeline();
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder sb = new StringBuilder(lines.get(i));
            int first = i;
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("\t")) sb.append(' ').append(lines.get(++i).strip());
            String line = sb.toString();
            if (line.startsWith("@Participants:")) participants(line.substring("@Participants:".length()), roles);
            Matcher main = MAIN.matcher(line);
            if (!main.matches()) continue;
            Matcher bullet = BULLET.matcher(main.group(2));
            long start = -1;
            long end = -1;
            while (bullet.find()) {
                if (start < 0) start = milliseconds(bullet.group(1));
                end = milliseconds(bullet.group(2));
            }
            String text = CueText.collapseSpaces(BULLET.matcher(main.group(2)).replaceAll(" "));
            if (start < 0) {
                reading.problems().add(first + 1, "*" + main.group(1) + ": has no \u2022start_end\u2022 time bullet"
                        + " (link the transcript to its media in CLAN)");
                continue;
            }
            if (!text.isEmpty()) timeline.add(first + 1, start, end, main.group(1), text);
        }
        return timeline.build(roles, Map.of());
    }

    /** "CHI Target_Child, MOT Lucy Mother": code, optional name, role. */
    private static void participants(String spec, Map<String, Role> roles) {
        for (String entry : spec.split(",")) {
            String[] words = entry.trim().split("\\s+");
            if (words.length < 2) continue;
            Role role = Role.inferFromLabel(words[words.length - 1]);
            if (role != Role.OTHER) roles.put(words[0], role);
        }
    }

    /** Digits of a time bullet; more than 15 of them is later than any session, which the timeline refuses. */
    private static long milliseconds(String digits) {
        return digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
