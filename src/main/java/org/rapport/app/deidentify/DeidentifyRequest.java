package org.rapport.app.deidentify;

import java.nio.file.Path;

import org.rapport.transcript.Output;

/**
 * An export asked to be de-identified (docs/exports.md, "De-identified exports").
 *
 * @param redactNames [NAME], [PLACE], [NUMBER] instead of pseudonyms
 * @param identifiers the identifier list to use, or null for the project's ({@code identifiers.txt} in its folder,
 *                    when there is one)
 * @param key         where to write the pseudonym key, or null not to write it
 * @param review      where to write the review list of what was replaced, or null
 */
public record DeidentifyRequest(boolean redactNames, Path identifiers, Output key, Output review) {
}
