package org.rapport.cli.transfer;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.cli.transfer.TransferConverters.TableFormat;
import org.rapport.transcript.TranscriptFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export a transcript, codings or ratings.",
        subcommands = {ExportCommand.TranscriptCmd.class, ExportCommand.CodingsCmd.class, ExportCommand.RatingsCmd.class})
public final class ExportCommand {

    @Command(name = "transcript", description = "Write one session's transcript as vtt, srt, csv, tsv or eaf.")
    static final class TranscriptCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--session", required = true, paramLabel = "NAME") String session;
        @Option(names = "--format", paramLabel = "vtt|srt|csv|tsv|eaf", description = "taken from --out's extension when absent",
                converter = TransferConverters.TranscriptFormatName.class) TranscriptFormat format;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

        @Override
        public Integer call() {
            TranscriptFormat f = format != null ? format : TranscriptFormat.fromExtension(out);
            if (f == TranscriptFormat.TXT) throw new BadInputException("plain text transcripts can be read but not written; use vtt, srt, csv, tsv or eaf");
            if (!f.isWritable()) throw new BadInputException(f.key() + " transcripts can be read but not written; use vtt, srt, csv, tsv or eaf");
            try (Project p = Project.open(project.project)) {
                p.exports().transcript(session, f, out);
            }
            spec.commandLine().getOut().println("wrote " + out);
            return RapportCommand.OK;
        }
    }

    @Command(name = "codings", description = "Write codings as long CSV (all sessions) or ELAN EAF (one session).")
    static final class CodingsCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--format", required = true, paramLabel = "csv|eaf", converter = TransferConverters.CodingsFormat.class,
                completionCandidates = TransferConverters.CodingsFormat.class) TableFormat format;
        @Option(names = "--session", paramLabel = "NAME", description = "only this session (required for eaf)") String session;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

        @Override
        public Integer call() {
            int n;
            try (Project p = Project.open(project.project)) {
                n = switch (format) {
                    case CSV -> p.exports().codingsCsv(session, out);
                    case EAF -> p.exports().codingsEaf(session, out);
                };
            }
            spec.commandLine().getOut().println("wrote " + n + " codings to " + out);
            return RapportCommand.OK;
        }
    }

    @Command(name = "ratings", description = "Write ratings as long CSV for R or SPSS.")
    static final class RatingsCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv", converter = TransferConverters.RatingsFormat.class,
                completionCandidates = TransferConverters.RatingsFormat.class) TableFormat format; // csv only, for now
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

        @Override
        public Integer call() {
            int n;
            try (Project p = Project.open(project.project)) {
                n = p.exports().ratingsCsv(out);
            }
            spec.commandLine().getOut().println("wrote " + n + " ratings to " + out);
            return RapportCommand.OK;
        }
    }
}
