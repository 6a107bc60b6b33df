package org.rapport.agreement.alignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Units by time slice: the session is cut into slices of a fixed width from 0 (the last one may be shorter), and a
 * slice's value is the code applied in it or none.
 */
public final class TimeSliceAlignment {
    private TimeSliceAlignment() {
    }

    /**
     * Slices [k·width, (k+1)·width) covering [0, durationMs), named {@code prefix + "/t" + startSecond}.
     *
     * @throws IllegalArgumentException when the width is not positive
     */
    public static List<TimelineUnit> units(String prefix, long durationMs, long widthMs) {
        if (widthMs <= 0) throw new IllegalArgumentException("the slice width must be positive: " + widthMs + " ms");
        List<TimelineUnit> out = new ArrayList<>();
        for (long start = 0; start < durationMs; start += widthMs) {
            out.add(new TimelineUnit(prefix + "/t" + start, start, Math.min(durationMs, start + widthMs), null));
        }
        return out;
    }
}
