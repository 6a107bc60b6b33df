package org.rapport.cli.transfer;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.OutputPath;
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
    private static final String OUT = "the file to write (outside the project folder), or - for standard output";

    @Command(name = "transcript", description = "Write one session's transcript as vtt, srt, csv, tsv or eaf.")
    static final class TranscriptCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--session", required = true, paramLabel = "NAME") String session;
        @Option(names = "--format", paramLabel = "vtt|srt|csv|tsv|eaf", description = "taken from --out's extension when absent",
                converter = TransferConverters.TranscriptFormatName.class) TranscriptFormat format;
        @Option(names = "--out", required = true, paramLabel = "FILE", converter = OutputPath.Converter.class,
                description = OUT) OutputPath out;

        @Override
        public Integer call() {
            if (format == null && out.isStandardOutput()) {
                throw new BadInputException("--out - (standard output) has no extension to tell the format: add --format");
            }
            TranscriptFormat f = format != null ? format : TranscriptFormat.fromExtension(out.file());
            if (f == TranscriptFormat.TXT) throw new BadInputException("plain text transcripts can be read but not written; use vtt, srt, csv, tsv or eaf");
            if (!f.isWritable()) throw new BadInputException(f.key() + " transcripts can be read but not written; use vtt, srt, csv, tsv or eaf");
            PrintWriter messages = OutputPath.messages(spec, out);
            try (Project p = Project.open(project.project)) {
                p.exports().transcript(session, f, out.open(spec));
            }
            messages.println("wrote " + out);
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
        @Option(names = "--out", required = true, paramLabel = "FILE", converter = OutputPath.Converter.class,
                description = OUT) OutputPath out;

        @Override
        public Integer call() {
            int n;
            PrintWriter messages = OutputPath.messages(spec, out);
            try (Project p = Project.open(project.project)) {
                n = switch (format) {
                    case CSV -> p.exports().codingsCsv(session, out.open(spec));
                    case EAF -> p.exports().codingsEaf(session, out.open(spec));
                };
            }
            messages.println("wrote " + n + " codings to " + out);
            return RapportCommand.OK;
        }
    }

    @Command(name = "ratings", description = "Write ratings as long CSV for R or SPSS.")
    static final class RatingsCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv", converter = TransferConverters.RatingsFormat.class,
                completionCandidates = TransferConverters.RatingsFormat.class) TableFormat format; // csv only, for now
        @Option(names = "--out", required = true, paramLabel = "FILE", converter = OutputPath.Converter.class,
                description = OUT) OutputPath out;

        @Override
        public Integer call() {
            int n;
            PrintWriter messages = OutputPath.messages(spec, out);
            try (Project p = Project.open(project.project)) {
                n = p.exports().ratingsCsv(out.open(spec));
            }
            messages.println("wrote " + n + " ratings to " + out);
            return RapportCommand.OK;
        }
    }
}
