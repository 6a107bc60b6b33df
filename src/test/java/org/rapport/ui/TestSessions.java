package org.rapport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapport.app.Project;
import org.rapport.media.MediaProbe;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/** Builds real projects for GUI tests: a real H2 store, a real mp4 made with ffmpeg, a transcript of real records. */
public final class TestSessions {
    private static final String[][] LINES = {
            {"Therapist", "How have things been since we last met?"},
            {"Client", "Fine. I don't know, nothing much happened."},
            {"Therapist", "You said last time that the weekend with your sister would be hard."},
            {"Client", "It was okay. It doesn't matter really."},
            {"Therapist", "I notice you're looking away as you say that."},
            {"Client", "I just don't see the point of going over it again."},
            {"Therapist", "It sounds like talking about it here feels pointless right now."},
            {"Client", "Maybe. I guess I thought we'd be further along by now."},
            {"Therapist", "That's important. Can we look at what's been happening between us?"},
            {"Client", "I suppose. Sometimes I feel you push me to talk about things I'm not ready for."},
            {"Therapist", "Thank you for telling me. I may have been pushing too hard."},
            {"Client", "Yes. It helps to hear you say that."},
    };

    private TestSessions() {
    }

    /** A 20-second mp4 (moving test pattern, sine tone), made once per build in target/test-media. */
    public static Path sampleVideo() throws IOException, InterruptedException {
        return video("sample-20s.mp4", "testsrc=s=640x360:r=10", "sine=frequency=220", "20", "-preset", "veryfast");
    }

    /** A 90-minute mp4 (320x180, 5 fps, a tone) for the benchmark; about 35 MB, made once in target/test-media. */
    public static Path ninetyMinuteVideo() throws IOException, InterruptedException {
        return video("session-90min.mp4", "testsrc=s=320x180:r=5", "sine=frequency=220:sample_rate=22050", "5400",
                "-preset", "ultrafast", "-crf", "38", "-g", "50", "-b:a", "24k", "-ac", "1");
    }

    /** Makes a test video with ffmpeg once per build (kept in target/test-media); written aside, then moved. */
    private static Path video(String name, String picture, String sound, String seconds, String... encoding)
            throws IOException, InterruptedException {
        Path dir = Path.of("target", "test-media").toAbsolutePath();
        Files.createDirectories(dir);
        Path mp4 = dir.resolve(name);
        if (Files.isRegularFile(mp4) && Files.size(mp4) > 0) return mp4;
        Path tmp = dir.resolve(name + ".tmp.mp4");
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", picture,
                "-f", "lavfi", "-i", sound, "-t", seconds, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac"));
        cmd.addAll(List.of(encoding));
        cmd.addAll(List.of("-shortest", tmp.toString()));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) throw new IOException("ffmpeg failed to make " + name);
        Files.move(tmp, mp4, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return mp4;
    }

    /** Utterances covering {@code lengthMs}, alternating therapist and client. */
    public static Transcript transcript(int count, long lengthMs) {
        List<Utterance> us = new ArrayList<>();
        long step = lengthMs / count;
        for (int i = 0; i < count; i++) {
            String[] line = LINES[i % LINES.length];
            us.add(new Utterance(i, i * step, i * step + step - 150, line[0], line[1]));
        }
        return Transcript.ofUtterances(us);
    }

    /** Adds a session (with media or without) straight through the store, as an import would. */
    public static Session addSession(Project p, String name, Path media, Transcript t, Long durationMs)
            throws IOException {
        String sha = media == null ? null : MediaProbe.sha256(media);
        return p.store().inTransaction(tx -> {
            Session s = tx.sessions().insert(new Session(0, name, "C-07", "Dr. Hale", 4, null,
                    media == null ? null : media.toAbsolutePath().toString(), sha, durationMs));
            tx.transcripts().replace(s.id(), t);
            return s;
        });
    }

    /** A project with one 20-second session with video, observers Ana and Ben and supervisor Dana, all assigned. */
    public static Path project(Path folder) throws IOException, InterruptedException {
        Path video = sampleVideo();
        try (Project p = Project.init(folder)) {
            Session s = addSession(p, "s01-withdrawal", video, transcript(12, 20_000),
                    MediaProbe.durationMs(video).orElse(null));
            for (String[] r : new String[][] {{"Ana", "observer"}, {"Ben", "observer"}, {"Dana", "supervisor"}}) {
                var rater = p.raters().create(r[0], RaterRole.fromKey(r[1]));
                p.codings().assign(s.id(), rater, "3rs");
                p.codings().assign(s.id(), rater, "wai-o-s");
            }
        }
        return folder;
    }

    /** Builds a dev project in a folder given on the command line (for trying the app by hand). */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        project(folder);
        try (Project p = Project.open(folder)) {
            var ben = p.raters().byName("Ben");
            long sid = p.sessions().byName("s01-withdrawal").id();
            p.codings().add(ben, sid, "3rs", "w-minimal", 2000, 3500, 1, 1, null, "Ben's coding");
            var ana = p.raters().byName("Ana");
            p.codings().add(ana, sid, "3rs", "w-denial", 5000, 6600, 3, 3, null, null);
            p.codings().add(ana, sid, "3rs", "r-acknowledge", 16000, 19000, 10, 11, null, "therapist owns pushing");
            addSession(p, "s02-transcript-only", null, transcript(40, 300_000), null);
        }
    }
}
