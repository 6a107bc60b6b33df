package org.rapport.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.rapport.model.BadInputException;
import org.rapport.transcript.Output;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The value of an option that names an output file ({@code --out}, {@code --csv}, {@code --report} ...): a path, or
 * {@code -} for standard output.
 *
 * @param file the file, or null for standard output
 */
public record OutputPath(Path file) {
    public static final String STANDARD_OUTPUT = "-";

    public boolean isStandardOutput() {
        return file == null;
    }

    /** Where to write: the file, or this command line's standard output. */
    public Output open(CommandSpec spec) {
        return file == null ? Output.stream("standard output", RapportCommand.standardOutput(spec)) : Output.file(file);
    }

    @Override
    public String toString() {
        return file == null ? "standard output" : file.toString();
    }

    /**
     * Where a command's own messages ("wrote 12 codings to ...") go: standard error when one of its outputs is
     * standard output, so a pipe carries the export alone; else standard output. At most one output may be
     * standard output.
     */
    public static PrintWriter messages(CommandSpec spec, OutputPath... outputs) {
        long toStdout = Arrays.stream(outputs).filter(Objects::nonNull).filter(OutputPath::isStandardOutput).count();
        if (toStdout > 1) throw new BadInputException("only one output can be standard output (-)");
        return toStdout == 1 ? spec.commandLine().getErr() : spec.commandLine().getOut();
    }

    /** "-" is standard output; anything else a path. */
    public static final class Converter implements ITypeConverter<OutputPath> {
        @Override
        public OutputPath convert(String value) {
            if (value.equals(STANDARD_OUTPUT)) return new OutputPath(null);
            try {
                return new OutputPath(Path.of(value));
            } catch (InvalidPathException e) {
                throw new BadInputException(value + ": not a file path (" + e.getReason() + ")");
            }
        }
    }
}
