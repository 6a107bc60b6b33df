package org.rapport.cli.transfer;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.rapport.app.export.CodingLayout;
import org.rapport.app.export.RatingLayout;
import org.rapport.cli.KeyConverter;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Role;
import org.rapport.transcript.ReadOptions;
import org.rapport.transcript.TranscriptFormat;
import picocli.CommandLine.ITypeConverter;

/** The spellings of the import and export options and what they name. */
final class TransferConverters {
    private TransferConverters() {
    }

    /** The file formats codings and ratings are exported in. */
    enum TableFormat { CSV, EAF }

    /** --format of a transcript, by the format's key (vtt, srt, csv, tsv, eaf, txt). */
    static final class TranscriptFormatName extends KeyConverter<TranscriptFormat> {
        TranscriptFormatName() {
            super(TranscriptFormat::fromKey, Stream.of(TranscriptFormat.values()).map(TranscriptFormat::key).toList());
        }
    }

    /** export codings --format csv|eaf. */
    static final class CodingsFormat extends KeyConverter<TableFormat> {
        CodingsFormat() {
            super(value -> switch (value) {
                case "csv" -> TableFormat.CSV;
                case "eaf" -> TableFormat.EAF;
                default -> throw new BadInputException("--format " + value + ": expected csv or eaf");
            }, List.of("csv", "eaf"));
        }
    }

    /** export ratings --format csv, the one format ratings are written in. */
    static final class RatingsFormat extends KeyConverter<TableFormat> {
        RatingsFormat() {
            super(value -> {
                if (!value.equals("csv")) throw new BadInputException("--format " + value + ": ratings export as csv");
                return TableFormat.CSV;
            }, List.of("csv"));
        }
    }

    /** export codings --layout long|utterances|segments. */
    static final class CodingsLayout extends KeyConverter<CodingLayout> {
        CodingsLayout() {
            super(value -> Stream.of(CodingLayout.values()).filter(l -> l.key().equals(value)).findFirst()
                    .orElseThrow(() -> new BadInputException("--layout " + value + ": expected long, utterances or segments")),
                    Stream.of(CodingLayout.values()).map(CodingLayout::key).toList());
        }
    }

    /** export ratings --layout long|wide. */
    static final class RatingsLayout extends KeyConverter<RatingLayout> {
        RatingsLayout() {
            super(value -> Stream.of(RatingLayout.values()).filter(l -> l.key().equals(value)).findFirst()
                    .orElseThrow(() -> new BadInputException("--layout " + value + ": expected long or wide")),
                    Stream.of(RatingLayout.values()).map(RatingLayout::key).toList());
        }
    }

    /** A speaker label and the role given to it by {@code --role SPEAKER=ROLE}. */
    record SpeakerRole(String speaker, Role role) {
    }

    /** NAME=ROLE as an option spells it; the last '=' separates them, so a label may contain one. */
    private static SpeakerRole speakerRole(String option, String what, String value) {
        int eq = value.lastIndexOf('=');
        Role role = eq < 0 ? null : Role.fromKey(value.substring(eq + 1));
        if (eq <= 0 || role == null) {
            throw new BadInputException(option + " " + value + ": expected " + what + "=ROLE with ROLE one of client,"
                    + " therapist, co-therapist, group-member, other");
        }
        return new SpeakerRole(value.substring(0, eq), role);
    }

    /** --role SPEAKER=ROLE. */
    static final class SpeakerRoleSpec implements ITypeConverter<SpeakerRole> {
        @Override
        public SpeakerRole convert(String value) {
            return speakerRole("--role", "SPEAKER", value);
        }
    }

    /** --speaker-tier TIER=ROLE: an ELAN tier read as speech and the role of its speaker. */
    static final class TierRoleSpec implements ITypeConverter<SpeakerRole> {
        @Override
        public SpeakerRole convert(String value) {
            return speakerRole("--speaker-tier", "TIER", value);
        }
    }

    /** --encoding NAME, any charset this Java knows. */
    static final class Encoding implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--encoding " + name + ": not an encoding this Java knows (e.g. UTF-8,"
                        + " UTF-16LE, windows-1252, ISO-8859-1)");
            }
        }
    }

    /** --time-unit s|ms. */
    static final class TimeUnitName extends KeyConverter<ReadOptions.TimeUnit> {
        TimeUnitName() {
            super(unit -> switch (unit.toLowerCase(Locale.ROOT)) {
                case "s", "sec", "seconds" -> ReadOptions.TimeUnit.SECONDS;
                case "ms", "milliseconds" -> ReadOptions.TimeUnit.MILLISECONDS;
                default -> throw new BadInputException("--time-unit " + unit + ": expected s or ms");
            }, List.of("s", "ms"));
        }
    }

    /** --date YYYY-MM-DD. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--date " + value + ": expected YYYY-MM-DD");
            }
        }
    }
}
