package org.rapport.app.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.RaterRole;

/** Killing the process with SIGKILL loses no coding whose call had returned. */
class KillNineTest {
    @TempDir
    Path dir;

    @Test
    void everyCodingReportedDoneSurvivesKillNine() throws Exception {
        Path folder = dir.resolve("p");
        Path vtt = dir.resolve("s1.vtt");
        Files.writeString(vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Client>Hello.\n");
        try (Project p = Project.init(folder)) {
            p.imports().importSession(SessionImport.of("s1", vtt));
            p.raters().create("Ana", RaterRole.OBSERVER);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CodingLoopMain.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                reported.add(Long.parseLong(line.trim()));
                if (reported.size() == 300) {
                    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                    break;
                }
            }
        }
        child.waitFor();
        assertTrue(reported.size() == 300, "the child reported " + reported.size() + " codings before dying");
        try (Project p = Project.open(folder)) {
            Set<Long> stored = new HashSet<>();
            for (Coding k : p.codings().codings(p.raters().byName("Ana"), p.sessions().byName("s1").id(), false)) {
                stored.add(k.id());
            }
            List<Long> lost = reported.stream().filter(id -> !stored.contains(id)).toList();
            assertTrue(lost.isEmpty(), "codings reported done but lost after kill -9: " + lost);
        }
    }
}
