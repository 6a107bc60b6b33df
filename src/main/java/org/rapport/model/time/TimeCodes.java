package org.rapport.model.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.BadInputException;
import org.rapport.model.Limits;

/**
 * Parses and formats the time codes of transcript files, always in whole milliseconds.
 *
 * <p>Accepted: {@code hh:mm:ss.mmm}, {@code mm:ss.mmm}, {@code hh:mm:ss,mmm} (SRT), {@code hh:mm:ss} and plain seconds
 * such as {@code 12.5}. Fractions of any length are rounded to the nearest millisecond (half up).
 */
public final class TimeCodes {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d+))?");
    private static final Pattern SECONDS = Pattern.compile("-?\\d+(?:\\.\\d*)?|-?\\.\\d+");

    private TimeCodes() {
    }

    /**
     * Parses a time code.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not a time or is negative
     */
    public static long parse(String text) {
        String t = text == null ? "" : text.trim();
        long ms = parseUnbounded(t);
        if (ms == Long.MAX_VALUE) throw new IllegalArgumentException("time '" + Limits.abbreviated(t) + "' is too large");
        return ms;
    }

    /** The time, or Long.MAX_VALUE when it has more than 12 digits of hours or seconds (it would overflow). */
    private static long parseUnbounded(String t) {
        long fast = parseClockFast(t);
        if (fast < 0) fast = parseSecondsFast(t);
        if (fast >= 0) return fast;
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            if (clock.group(1) != null && clock.group(1).length() > 12) return Long.MAX_VALUE;
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            int minutes = Integer.parseInt(clock.group(2));
            int seconds = Integer.parseInt(clock.group(3));
            if (minutes > 59 || seconds > 59) {
                throw new IllegalArgumentException("invalid time '" + t + "': minutes and seconds must be below 60");
            }
            return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs(clock.group(4));
        }
        if (SECONDS.matcher(t).matches()) {
            BigDecimal ms = new BigDecimal(t).movePointRight(3).setScale(0, RoundingMode.HALF_UP);
            if (ms.signum() < 0) throw new IllegalArgumentException("negative time '" + t + "'");
            return ms.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : ms.longValue();
        }
        if (t.startsWith("-")) throw new IllegalArgumentException("negative time '" + t + "'");
        throw new IllegalArgumentException("invalid time '" + t
                + "' (expected hh:mm:ss.mmm, mm:ss.mmm, hh:mm:ss,mmm or seconds such as 12.5)");
    }

    /**
     * The common {@code hh:mm:ss.mmm} / {@code hh:mm:ss,mmm} shape without regular expressions (readers parse two per
     * cue); -1 for anything else, which the general path then parses or reports.
     */
    private static long parseClockFast(String t) {
        if (t.length() != 12 || t.charAt(2) != ':' || t.charAt(5) != ':' || (t.charAt(8) != '.' && t.charAt(8) != ',')) {
            return -1;
        }
        int h = digits(t, 0, 2);
        int m = digits(t, 3, 5);
        int s = digits(t, 6, 8);
        int ms = digits(t, 9, 12);
        if (h < 0 || m < 0 || s < 0 || ms < 0 || m > 59 || s > 59) return -1;
        return ((h * 60L + m) * 60 + s) * 1000 + ms;
    }

    /** Plain seconds with at most three decimals ("62.5", "7") without BigDecimal; -1 for anything else. */
    private static long parseSecondsFast(String t) {
        int dot = t.indexOf('.');
        int wholeEnd = dot < 0 ? t.length() : dot;
        int decimals = dot < 0 ? 0 : t.length() - dot - 1;
        if (wholeEnd == 0 || wholeEnd > 12 || decimals > 3 || (dot >= 0 && decimals == 0)) return -1;
        long whole = 0;
        for (int i = 0; i < wholeEnd; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            whole = whole * 10 + (c - '0');
        }
        int fraction = decimals == 0 ? 0 : digits(t, dot + 1, t.length());
        if (fraction < 0) return -1;
        for (int i = decimals; i < 3; i++) fraction *= 10;
        return whole * 1000 + fraction;
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Parses a time code, reporting a bad one as bad input at the given file and line. */
    public static long parse(String text, String source, Integer line) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, line, e.getMessage());
        }
    }

    private static long fractionMs(String digits) {
        if (digits == null) return 0;
        return new BigDecimal("0." + digits).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code hh:mm:ss.mmm}, as WebVTT writes it. */
    public static String formatVtt(long ms) {
        return clock(ms, '.');
    }

    /** {@code hh:mm:ss,mmm}, as SRT writes it. */
    public static String formatSrt(long ms) {
        return clock(ms, ',');
    }

    /** Seconds with three decimals ({@code 12.500}), exact to the millisecond. */
    public static String formatSeconds(long ms) {
        requireNotNegative(ms);
        return BigDecimal.valueOf(ms, 3).toPlainString();
    }

    /** {@code h:mm:ss} (hours always shown), as listings print a duration or a moment. */
    public static String hms(long ms) {
        long s = Math.max(0, ms) / 1000;
        // by hand, not String.format: a search prints two per hit, and a cold Formatter costs more than the search
        StringBuilder b = new StringBuilder(10).append(s / 3600).append(':');
        return twoDigits(twoDigits(b, (s / 60) % 60).append(':'), s % 60).toString();
    }

    private static StringBuilder twoDigits(StringBuilder b, long n) {
        return (n < 10 ? b.append('0') : b).append(n);
    }

    /** {@code h:mm:ss.t}, a moment to the tenth of a second. */
    public static String hmsTenths(long ms) {
        return hms(ms) + "." + (Math.max(0, ms) % 1000) / 100;
    }

    /** {@code 1:02:03}, or {@code 02:03} under an hour: a clock as a coder reads it. */
    public static String clock(long ms) {
        long s = Math.max(0, ms) / 1000;
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, (s / 60) % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** {@code 02:03.4}: the coder's clock to the tenth of a second, for coding times. */
    public static String clockTenths(long ms) {
        return clock(ms) + "." + (Math.max(0, ms) % 1000) / 100;
    }

    private static String clock(long ms, char fractionSeparator) {
        requireNotNegative(ms);
        long hours = ms / 3_600_000;
        long minutes = ms / 60_000 % 60;
        long seconds = ms / 1000 % 60;
        long millis = ms % 1000;
        return String.format("%02d:%02d:%02d%c%03d", hours, minutes, seconds, fractionSeparator, millis);
    }

    private static void requireNotNegative(long ms) {
        if (ms < 0) throw new IllegalArgumentException("negative time: " + ms + " ms");
    }
}
