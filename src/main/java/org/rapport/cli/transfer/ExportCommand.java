package org.rapport.cli.transfer;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.export.CodingExport;
import org.rapport.app.export.CodingLayout;
import org.rapport.app.export.ExportSummary;
import org.rapport.app.export.RatingExport;
import org.rapport.app.export.RatingLayout;
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
    private static final String SPSS = "csv: also write an SPSS/PSPP syntax file that reads the CSV with labels";

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
            try (Project p = project.openForReading()) {
                p.exports().transcript(session, f, out.open(spec));
            }
            messages.println("wrote " + out);
            return RapportCommand.OK;
        }
    }

    @Command(name = "codings", description = {"Write codings as CSV for R, SPSS and re-import (all sessions, or one),",
            "or as ELAN EAF (one session). Layouts (docs/exports.md): long, one row per coding (the default);",
            "utterances, one row per session, rater and utterance with a 0/1 column per code;",
            "segments, one row per session, rater and segment counting each code."})
    static final class CodingsCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--format", required = true, paramLabel = "csv|eaf", converter = TransferConverters.CodingsFormat.class,
                completionCandidates = TransferConverters.CodingsFormat.class) TableFormat format;
        @Option(names = "--layout", paramLabel = "long|utterances|segments", converter = TransferConverters.CodingsLayout.class,
                completionCandidates = TransferConverters.CodingsLayout.class,
                description = "csv: one row per coding (default), per utterance or per segment") CodingLayout layout;
        @Option(names = "--codebook", paramLabel = "ID", description = "csv: only this codebook (required for utterances"
                + " and segments: its codes are the columns)") String codebook;
        @Option(names = "--segment-minutes", paramLabel = "N", description = "segments: their length (default: the"
                + " codebook's rating segments, else 5)") Integer segmentMinutes;
        @Option(names = "--session", paramLabel = "NAME", description = "only this session (required for eaf)") String session;
        @Option(names = "--out", required = true, paramLabel = "FILE", converter = OutputPath.Converter.class,
                description = OUT) OutputPath out;
        @Option(names = "--spss", paramLabel = "FILE.sps", converter = OutputPath.Converter.class,
                description = SPSS) OutputPath spss;

        @Override
        public Integer call() {
            PrintWriter messages = OutputPath.messages(spec, out, spss);
            if (format == TableFormat.EAF && (layout != null || codebook != null || segmentMinutes != null || spss != null)) {
                throw new BadInputException("--layout, --codebook, --segment-minutes and --spss go with --format csv");
            }
            CodingLayout chosen = layout == null ? CodingLayout.LONG : layout;
            try (Project p = project.openForReading()) {
                if (format == TableFormat.EAF) {
                    int n = p.exports().codingsEaf(session, out.open(spec));
                    messages.println("wrote " + n + " codings to " + out);
                    return RapportCommand.OK;
                }
                ExportSummary written = p.exports().codings(new CodingExport(chosen, codebook, session, segmentMinutes,
                        spss == null ? null : spss.open(spec)), out.open(spec));
                report(messages, written, chosen == CodingLayout.LONG ? "codings" : "rows", out, spss);
            }
            return RapportCommand.OK;
        }
    }

    @Command(name = "ratings", description = {"Write ratings as CSV for R, SPSS and re-import. Layouts (docs/exports.md):",
            "long, one row per rating with subscale, reverse_keyed and scored (the default);",
            "wide, one row per session, rater and segment with a column per item of one codebook."})
    static final class RatingsCmd implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ProjectOption project;
        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv", converter = TransferConverters.RatingsFormat.class,
                completionCandidates = TransferConverters.RatingsFormat.class) TableFormat format; // csv only, for now
        @Option(names = "--layout", paramLabel = "long|wide", converter = TransferConverters.RatingsLayout.class,
                completionCandidates = TransferConverters.RatingsLayout.class,
                description = "one row per rating (default), or per session, rater and segment") RatingLayout layout;
        @Option(names = "--codebook", paramLabel = "ID", description = "only this codebook (required for wide: its items"
                + " are the columns)") String codebook;
        @Option(names = "--out", required = true, paramLabel = "FILE", converter = OutputPath.Converter.class,
                description = OUT) OutputPath out;
        @Option(names = "--spss", paramLabel = "FILE.sps", converter = OutputPath.Converter.class,
                description = SPSS) OutputPath spss;

        @Override
        public Integer call() {
            PrintWriter messages = OutputPath.messages(spec, out, spss);
            RatingLayout chosen = layout == null ? RatingLayout.LONG : layout;
            try (Project p = project.openForReading()) {
                ExportSummary written = p.exports().ratings(new RatingExport(chosen, codebook,
                        spss == null ? null : spss.open(spec)), out.open(spec));
                report(messages, written, chosen == RatingLayout.LONG ? "ratings" : "rows", out, spss);
            }
            return RapportCommand.OK;
        }
    }

    /** "wrote 139 codings to FILE", the syntax file, and the notes of the export, one per line. */
    private static void report(PrintWriter messages, ExportSummary written, String what, OutputPath out, OutputPath spss) {
        messages.println("wrote " + written.rows() + " " + what + " to " + out);
        if (spss != null) messages.println("wrote the SPSS syntax that reads it to " + spss);
        for (String note : written.notes()) messages.println("  " + note);
    }
}
