package org.rapport.model.coding;

/**
 * The I…O marks of a stretch about to be coded: the in point, and the out point once marked.
 *
 * @param inMs  the in point, or null when nothing is marked
 * @param outMs the out point, or null while only the in point is marked
 */
public record Marks(Long inMs, Long outMs) {
    public static final Marks NONE = new Marks(null, null);

    public Marks {
        if (inMs == null && outMs != null) throw new IllegalArgumentException("an out mark needs an in mark");
    }

    /** I: a new stretch starts here; an earlier out mark is dropped. */
    public Marks markIn(long nowMs) {
        return new Marks(nowMs, null);
    }

    /** O: the stretch ends here; without an in mark it starts here too. */
    public Marks markOut(long nowMs) {
        return new Marks(inMs == null ? nowMs : inMs, nowMs);
    }

    public boolean isSet() {
        return inMs != null;
    }
}
