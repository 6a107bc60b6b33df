package org.rapport.analytics;

import java.util.LinkedHashSet;
import java.util.Set;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;

/**
 * Which codes of a codebook are rupture markers (of withdrawal or confrontation) and which resolution strategies:
 * the codes of its groups {@code withdrawal}, {@code confrontation} and {@code resolution}, as 3RS names them.
 */
public record RuptureCodes(Set<String> withdrawal, Set<String> confrontation, Set<String> resolution) {
    public static final String WITHDRAWAL = "withdrawal";
    public static final String CONFRONTATION = "confrontation";
    public static final String RESOLUTION = "resolution";

    public RuptureCodes {
        withdrawal = Set.copyOf(withdrawal);
        confrontation = Set.copyOf(confrontation);
        resolution = Set.copyOf(resolution);
    }

    /** @throws BadInputException when the codebook has no rupture markers or no resolution strategies */
    public static RuptureCodes of(Codebook codebook) {
        RuptureCodes codes = new RuptureCodes(ids(codebook, WITHDRAWAL), ids(codebook, CONFRONTATION),
                ids(codebook, RESOLUTION));
        if (codes.withdrawal.isEmpty() && codes.confrontation.isEmpty() || codes.resolution.isEmpty()) {
            throw new BadInputException("codebook " + codebook.id() + " has no rupture markers and resolution strategies:"
                    + " analytics needs codes in the groups withdrawal or confrontation, and resolution (as 3rs has)");
        }
        return codes;
    }

    private static Set<String> ids(Codebook codebook, String group) {
        Set<String> ids = new LinkedHashSet<>();
        for (Code c : codebook.codesInGroup(group)) ids.add(c.id());
        return ids;
    }

    public boolean isMarker(String code) {
        return withdrawal.contains(code) || confrontation.contains(code);
    }

    public boolean isStrategy(String code) {
        return resolution.contains(code);
    }
}
