package org.rapport.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.app.session.SessionSummary;
import org.rapport.app.UserFolders;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.RaterRole;

/**
 * Builds the demo project from {@code sample-sessions/}: sessions with their media, raters, codings and ratings.
 * Idempotent: an existing demo project is left as it is. It is built in a sibling folder and moved into place,
 * so an interrupted build never leaves half a project.
 */
public final class DemoProject {
    private DemoProject() {
    }

    /** Where the app keeps its demo project unless told otherwise. */
    public static Path defaultFolder() {
        return UserFolders.current().data().resolve("demo-project");
    }

    /** Finds sample-sessions/ in the working folder or beside the jar's folder (target/../sample-sessions). */
    public static Path locateSamples() {
        Path cwd = Path.of("sample-sessions");
        if (Files.isRegularFile(cwd.resolve("sessions.csv"))) return cwd.toAbsolutePath();
        try {
            Path jar = Path.of(DemoProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("sample-sessions");
                if (Files.isRegularFile(candidate.resolve("sessions.csv"))) return candidate;
            }
        } catch (Exception e) {
            // fall through to the message below
        }
        throw new BadInputException("cannot find sample-sessions/ (with sessions.csv); run from the Rapport folder"
                + " or give --samples DIR");
    }

    /** Builds the demo project when missing; returns true when it was built now. */
    public static boolean ensure(Path folder, Path samples) {
        if (Project.exists(folder)) return false;
        Path building = folder.resolveSibling(folder.getFileName() + ".building");
        deleteRecursively(building);
        try (Project p = Project.init(building)) {
            load(p, samples);
        } catch (RuntimeException e) {
            deleteRecursively(building);
            throw e;
        }
        try {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            if (Files.exists(folder)) deleteEmpty(folder);
            Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot create the demo project: " + e.getMessage());
        }
        return true;
    }

    private static void load(Project p, Path samples) {
        Path sessionsCsv = samples.resolve("sessions.csv");
        for (CSVRecord r : records(sessionsCsv)) {
            String media = r.get("media");
            p.imports().importSession(new SessionImport(r.get("name"), samples.resolve(r.get("transcript")), null,
                    media.isBlank() ? null : samples.resolve(media), Map.of(), r.get("client"), r.get("therapist"),
                    r.get("number").isBlank() ? null : Integer.valueOf(r.get("number")),
                    r.get("date").isBlank() ? null : LocalDate.parse(r.get("date"))));
        }
        Map<String, RaterRole> raters = new LinkedHashMap<>();
        for (CSVRecord r : records(samples.resolve("raters.csv"))) {
            RaterRole role = RaterRole.fromKey(r.get("role"));
            if (role == null) throw new BadInputException(samples.resolve("raters.csv").toString(),
                    (int) r.getRecordNumber() + 1, "unknown role '" + r.get("role") + "'");
            raters.put(r.get("name"), role);
        }
        p.imports().importRaters(raters);
        p.imports().importCodings(samples.resolve("codings.csv"));
        p.imports().importRatings(samples.resolve("ratings.csv"));
        for (SessionSummary s : p.sessions().list()) {
            for (var rater : p.raters().list()) {
                if (rater.role() == RaterRole.SUPERVISOR) continue;
                for (String codebook : java.util.List.of("3rs", "wai-o-s")) {
                    long id = s.session().id();
                    if (p.codings().missingRatings(rater, id, codebook).isEmpty()) {
                        p.codings().markComplete(rater, id, codebook);
                    } else {
                        p.codings().assign(id, rater, codebook);
                    }
                }
            }
        }
    }

    private static Iterable<CSVRecord> records(Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(csv.toString(), null, "cannot read: " + e.getMessage());
        }
    }

    private static void deleteEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                throw new IOException(folder + " exists and is not empty");
            }
        }
        Files.delete(folder);
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot clean up: " + e.getMessage());
        }
    }
}
