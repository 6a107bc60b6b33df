package org.rapport.transcript;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Role;

/**
 * How to read a transcript file when its defaults do not fit (docs/transcript-formats.md, "Reading options").
 *
 * @param encoding      the file's character encoding, or null to detect it (a byte-order mark, else UTF-8)
 * @param timeUnit      the unit of plain-number times in CSV and TSV
 * @param sortTimes     put utterances that are out of order into time order instead of refusing the file
 * @param clampTimes    set negative times to 0 instead of refusing the file
 * @param speakerPrefix take a leading "NAME: " as the speaker where the format has no speaker field
 * @param tiers         ELAN or Praat tiers to read as speech (empty: chosen by the documented rules)
 * @param speakerTiers  further tiers to read as speech, each with the role of its speaker
 */
public record ReadOptions(Charset encoding, TimeUnit timeUnit, boolean sortTimes, boolean clampTimes,
                          boolean speakerPrefix, List<String> tiers, Map<String, Role> speakerTiers) {
    /** What a file is read with when nothing is said. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, TimeUnit.AUTO, false, false, true, List.of(),
            Map.of());

    /** The unit of times written as plain numbers. */
    public enum TimeUnit {
        /** Seconds, unless a column name says milliseconds or the numbers can only be milliseconds. */
        AUTO,
        SECONDS,
        MILLISECONDS
    }

    public ReadOptions {
        timeUnit = timeUnit == null ? TimeUnit.AUTO : timeUnit;
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        speakerTiers = speakerTiers == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(speakerTiers));
    }

    /** Whether the tiers to read were chosen by the user rather than by the rules. */
    public boolean tiersChosen() {
        return !tiers.isEmpty() || !speakerTiers.isEmpty();
    }
}
