package org.rapport.cli;

import java.nio.file.Path;

import org.rapport.app.deidentify.DeidentifyRequest;
import org.rapport.model.BadInputException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The --deidentify options of the exports and of search --csv (docs/exports.md, "De-identified exports"). */
public final class DeidentifyOptions {
    @Option(names = "--deidentify", description = "replace clients, therapists and the project's identifier list by"
            + " pseudonyms, and mask e-mail addresses, URLs, phone numbers, dates and long numbers")
    boolean deidentify;
    @Option(names = "--redact-names", description = "with --deidentify: [NAME], [PLACE], [NUMBER] instead of pseudonyms")
    boolean redactNames;
    @Option(names = "--identifiers", paramLabel = "FILE", description = "with --deidentify: the identifier list"
            + " (default: identifiers.txt in the project folder, when there is one)")
    Path identifiers;
    @Option(names = "--deidentify-key", paramLabel = "FILE", converter = OutputPath.Converter.class,
            description = "with --deidentify: write which pseudonym is whom to this file (keep it apart)")
    OutputPath key;
    @Option(names = "--deidentify-review", paramLabel = "FILE", converter = OutputPath.Converter.class,
            description = "with --deidentify: write what was replaced, where, to this file, for checking by hand")
    OutputPath review;

    /** The request, or null when --deidentify was not given (then none of the other options may be). */
    public DeidentifyRequest request(CommandSpec spec) {
        if (!deidentify) {
            if (redactNames || identifiers != null || key != null || review != null) {
                throw new BadInputException("--redact-names, --identifiers, --deidentify-key and --deidentify-review"
                        + " go with --deidentify");
            }
            return null;
        }
        return new DeidentifyRequest(redactNames, identifiers, key == null ? null : key.open(spec),
                review == null ? null : review.open(spec));
    }
}
