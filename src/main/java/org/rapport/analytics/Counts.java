package org.rapport.analytics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;

/**
 * How many codings of each code, and of withdrawal markers, confrontation markers and resolution strategies in all,
 * a stretch of a session holds.
 *
 * @param byCode every code of the codebook in its order, 0 when not coded
 */
public record Counts(Map<String, Integer> byCode, int withdrawal, int confrontation, int resolution) {
    public Counts {
        byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    public static Counts of(Codebook codebook, RuptureCodes codes, Collection<Coding> codings) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (var c : codebook.codes()) byCode.put(c.id(), 0);
        int w = 0;
        int c = 0;
        int r = 0;
        for (Coding k : codings) {
            byCode.merge(k.codeId(), 1, Integer::sum);
            if (codes.withdrawal().contains(k.codeId())) w++;
            if (codes.confrontation().contains(k.codeId())) c++;
            if (codes.resolution().contains(k.codeId())) r++;
        }
        return new Counts(byCode, w, c, r);
    }

    /** Rupture markers of both kinds. */
    public int markers() {
        return withdrawal + confrontation;
    }

    /** A count per hour of a stretch this long, or null when its length is not known (or 0). */
    public static Double perHour(int count, Long lengthMs) {
        return lengthMs == null || lengthMs <= 0 ? null : count * 3_600_000.0 / lengthMs;
    }
}
