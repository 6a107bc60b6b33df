package org.rapport.app.imports;

import java.nio.file.Path;
import java.util.List;

import org.rapport.transcript.coding.CodingEafReader;

/**
 * Codings to import from the coded tiers of an ELAN file.
 *
 * @param session  the session they belong to; null to find it by the file's name or its linked media
 * @param codebook the codebook id; null when the project has one codebook
 * @param tiers    the tiers to read, each with its code group; empty for the tiers named after code groups
 */
public record CodingEafImport(Path file, String session, String rater, String codebook,
                              List<CodingEafReader.TierGroup> tiers) {
    public CodingEafImport {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
