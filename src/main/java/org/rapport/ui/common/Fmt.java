package org.rapport.ui.common;

/** Times as a coder reads them. */
public final class Fmt {
    private Fmt() {
    }

    /** 1:02:03 or 02:03. */
    public static String clock(long ms) {
        long s = Math.max(0, ms) / 1000;
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, (s / 60) % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** 02:03.4, for coding times. */
    public static String precise(long ms) {
        return clock(ms) + "." + (Math.max(0, ms) % 1000) / 100;
    }
}
