package org.rapport.cli.transfer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.imports.ImportResult;
import org.rapport.app.imports.SessionImport;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.cli.transfer.TransferConverters.SpeakerRole;
import org.rapport.model.session.Role;
import org.rapport.transcript.TranscriptFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import sessions, codings or ratings into a project.",
        subcommands = {ImportCommand.SessionCmd.class, ImportCommand.CodingsCmd.class, ImportCommand.RatingsCmd.class})
public final class ImportCommand {

    static void report(PrintWriter out, PrintWriter err, ImportResult r) {
        out.println(r.summary());
        for (String w : r.warnings()) err.println("warning: " + w);
    }

    @Command(name = "session", description = "Import a transcript (and its media) as a new session.")
    static final class SessionCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--name", required = true, description = "session name, unique in the project") String name;
        @Option(names = "--transcript", required = true, paramLabel = "FILE") Path transcript;
        @Option(names = "--media", paramLabel = "FILE", description = "the recording (video or audio)") Path media;
        @Option(names = "--format", paramLabel = "vtt|srt|csv|tsv|eaf|txt",
                description = "transcript format; taken from the extension when absent",
                converter = TransferConverters.TranscriptFormatName.class) TranscriptFormat format;
        @Option(names = "--role", paramLabel = "SPEAKER=ROLE",
                description = "role of a speaker: client, therapist, co-therapist, group-member, other",
                converter = TransferConverters.SpeakerRoleSpec.class) List<SpeakerRole> roles;
        @Option(names = "--client", paramLabel = "ID", description = "client or dyad id") String client;
        @Option(names = "--therapist", paramLabel = "NAME") String therapist;
        @Option(names = "--number", paramLabel = "N", description = "session number") Integer number;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = TransferConverters.IsoDate.class) LocalDate date;

        @Override
        public Integer call() {
            Map<String, Role> byLabel = new LinkedHashMap<>();
            if (roles != null) for (SpeakerRole r : roles) byLabel.put(r.speaker(), r.role());
            SessionImport req = new SessionImport(name, transcript, format, media, byLabel, client, therapist, number, date);
            try (Project p = Project.open(project.project)) {
                report(spec.commandLine().getOut(), spec.commandLine().getErr(), p.imports().importSession(req));
            }
            return RapportCommand.OK;
        }
    }

    /** Imports one long-CSV file into a project; the subclasses say which kind. */
    abstract static class FileImport implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Parameters(paramLabel = "FILE") Path file;

        abstract ImportResult importInto(Project p, Path file);

        @Override
        public Integer call() {
            try (Project p = Project.open(project.project)) {
                report(spec.commandLine().getOut(), spec.commandLine().getErr(), importInto(p, file));
            }
            return RapportCommand.OK;
        }
    }

    @Command(name = "codings", description = "Import codings from a long CSV (session,rater,codebook,code,start_ms,end_ms,value,note).")
    static final class CodingsCmd extends FileImport {
        @Override
        ImportResult importInto(Project p, Path file) {
            return p.imports().importCodings(file);
        }
    }

    @Command(name = "ratings", description = "Import ratings from a long CSV (session,rater,codebook,item,segment,value).")
    static final class RatingsCmd extends FileImport {
        @Override
        ImportResult importInto(Project p, Path file) {
            return p.imports().importRatings(file);
        }
    }
}
