package org.rapport.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.BadInputException;
import org.rapport.model.Transcript;
import org.rapport.model.Utterance;

/** PROVISIONAL minimal VTT reader (replaced by the transcripts branch). */
public final class Transcripts {
    private static final Pattern CUE = Pattern.compile("(\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3}).*");
    private static final Pattern VOICE = Pattern.compile("<v ([^>]+)>(.*)");

    private Transcripts() {
    }

    public static Transcript read(Path file, TranscriptFormat format) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Utterance> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = CUE.matcher(lines.get(i).trim());
                if (!m.matches() || i + 1 >= lines.size()) continue;
                Matcher v = VOICE.matcher(lines.get(i + 1).trim());
                String speaker = v.matches() ? v.group(1) : "Unknown";
                String text = (v.matches() ? v.group(2) : lines.get(i + 1)).replaceAll("</v>", "").trim();
                out.add(new Utterance(out.size(), ms(m, 1), ms(m, 5), speaker, text));
            }
            return Transcript.ofUtterances(out);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, e.getMessage());
        }
    }

    private static long ms(Matcher m, int g) {
        return ((Long.parseLong(m.group(g)) * 60 + Long.parseLong(m.group(g + 1))) * 60 + Long.parseLong(m.group(g + 2))) * 1000
                + Long.parseLong(m.group(g + 3));
    }

    public static void write(Transcript t, TranscriptFormat format, Path out) {
        throw new BadInputException("PROVISIONAL: writing arrives with the transcripts branch");
    }
}
