package org.rapport.cli.transfer;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.imports.CodingEafImport;
import org.rapport.app.imports.ImportResult;
import org.rapport.app.imports.SessionImport;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.cli.transfer.TransferConverters.SpeakerRole;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Role;
import org.rapport.transcript.ReadOptions;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.coding.CodingEafReader;
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
        @Option(names = "--format", paramLabel = "FORMAT", description = "transcript format: vtt, srt, csv, tsv, eaf,"
                + " txt, textgrid, cha, trs, docx, zoom, otter; taken from the extension when absent",
                converter = TransferConverters.TranscriptFormatName.class) TranscriptFormat format;
        @Option(names = "--role", paramLabel = "SPEAKER=ROLE",
                description = "role of a speaker: client, therapist, co-therapist, group-member, other",
                converter = TransferConverters.SpeakerRoleSpec.class) List<SpeakerRole> roles;
        @Option(names = "--client", paramLabel = "ID", description = "client or dyad id") String client;
        @Option(names = "--therapist", paramLabel = "NAME") String therapist;
        @Option(names = "--number", paramLabel = "N", description = "session number") Integer number;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = TransferConverters.IsoDate.class) LocalDate date;
        @Option(names = "--encoding", paramLabel = "NAME", converter = TransferConverters.Encoding.class,
                description = "encoding of a transcript without byte-order mark (default UTF-8), e.g. windows-1252") Charset encoding;
        @Option(names = "--time-unit", paramLabel = "s|ms", converter = TransferConverters.TimeUnitName.class,
                completionCandidates = TransferConverters.TimeUnitName.class,
                description = "unit of plain-number times in CSV/TSV (default: seconds unless the file shows ms)") ReadOptions.TimeUnit timeUnit;
        @Option(names = "--sort-times", description = "put utterances that are out of time order in order") boolean sortTimes;
        @Option(names = "--clamp-times", description = "set negative times to 0") boolean clampTimes;
        @Option(names = "--no-speaker-prefix", description = "keep a leading 'NAME:' as text, not as the speaker") boolean noPrefix;
        @Option(names = "--tiers", split = ",", paramLabel = "TIER",
                description = "ELAN or Praat tiers to read as speech (default: chosen by the rules in the docs)") List<String> tiers;
        @Option(names = "--speaker-tier", paramLabel = "TIER=ROLE", converter = TransferConverters.TierRoleSpec.class,
                description = "an ELAN tier to read as speech, with the role of its speaker") List<SpeakerRole> speakerTiers;

        @Override
        public Integer call() {
            ReadOptions reading = new ReadOptions(encoding, timeUnit == null ? ReadOptions.TimeUnit.AUTO : timeUnit,
                    sortTimes, clampTimes, !noPrefix, tiers, byLabel(speakerTiers));
            SessionImport req = new SessionImport(name, transcript, format, media, byLabel(roles), client, therapist,
                    number, date, reading);
            try (Project p = project.open()) {
                report(spec.commandLine().getOut(), spec.commandLine().getErr(), p.imports().importSession(req));
            }
            return RapportCommand.OK;
        }

        private static Map<String, Role> byLabel(List<SpeakerRole> specs) {
            Map<String, Role> out = new LinkedHashMap<>();
            if (specs != null) for (SpeakerRole r : specs) out.put(r.speaker(), r.role());
            return out;
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
            try (Project p = project.open()) {
                report(spec.commandLine().getOut(), spec.commandLine().getErr(), importInto(p, file));
            }
            return RapportCommand.OK;
        }
    }

    @Command(name = "codings", description = "Import codings from a long CSV (session,rater,codebook,code,start_ms,"
            + "end_ms,value,note) or from the coded tiers of an ELAN file (.eaf, with --rater).")
    static final class CodingsCmd extends FileImport {
        @Option(names = "--rater", paramLabel = "NAME", description = "ELAN: who coded the file") String rater;
        @Option(names = "--codebook", paramLabel = "ID", description = "ELAN: the codebook of the codes") String codebook;
        @Option(names = "--session", paramLabel = "NAME",
                description = "ELAN: the session coded (default: the one named as the file, or with its media)") String session;
        @Option(names = "--tier", paramLabel = "TIER[=GROUP]", description = "ELAN: a coded tier and its code group"
                + " (default: the tiers named after code groups)") List<String> tiers;

        @Override
        ImportResult importInto(Project p, Path file) {
            boolean eaf = file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".eaf");
            if (!eaf) {
                if (rater != null || codebook != null || session != null || tiers != null) {
                    throw new BadInputException("--rater, --codebook, --session and --tier are for ELAN files; a codings"
                            + " CSV names them in its columns");
                }
                return p.imports().importCodings(file);
            }
            List<CodingEafReader.TierGroup> chosen = new ArrayList<>();
            for (String t : tiers == null ? List.<String>of() : tiers) {
                int eq = t.lastIndexOf('=');
                chosen.add(eq < 0 ? new CodingEafReader.TierGroup(t, null)
                        : new CodingEafReader.TierGroup(t.substring(0, eq), t.substring(eq + 1)));
            }
            return p.imports().importCodings(new CodingEafImport(file, session, rater, codebook, chosen));
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
