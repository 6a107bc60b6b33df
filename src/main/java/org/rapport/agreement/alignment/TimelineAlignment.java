package org.rapport.agreement.alignment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.agreement.statistic.Category;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.TableRows;

/**
 * Puts the codings of one session on a list of units (utterances or time slices) and reads off, per unit and rater,
 * which codes the rater applied there. The rule that decides whether a coding marks a unit (docs/unit-alignment.md):
 * <ol>
 * <li>a coding with an utterance span marks exactly the utterances of that span (when the units are utterances);</li>
 * <li>otherwise it marks every unit it covers for at least half the unit's length, and the unit holding its midpoint
 * (so a point code or a short code inside a long utterance still counts once);</li>
 * <li>a coding that marks nothing by rule 2 (it falls in a pause between utterances) marks the unit it overlaps most,
 * or, overlapping none, the nearest unit, the earlier one on a tie. No coding is ever silently dropped.</li>
 * </ol>
 * A rater listed as having coded the session but not applying a code to a unit rated that unit "absent"/"none"
 * (an observation, not a missing value); raters not listed are missing for every unit of the session.
 */
public final class TimelineAlignment {
    public static final String PRESENT = "present";
    public static final String ABSENT = "absent";
    /** The category of a unit where a rater applied no code of the group being compared. */
    public static final String NONE = "none";

    private final List<TimelineUnit> units;
    private final List<String> raters;
    /** rater -> (by unit index) code -> weight (ms of overlap, used to pick one code of a group); null where no code. */
    private final Map<String, Map<String, Long>[]> marks = new HashMap<>();
    /** rater -> code -> the units it marks: a presence table of one code reads bits, not a map per unit. */
    private final Map<String, Map<String, BitSet>> presence = new HashMap<>();
    private final long longestUnit;

    private TimelineAlignment(List<TimelineUnit> units, Collection<String> raters) {
        this.units = units.stream().sorted(Comparator.comparingLong(TimelineUnit::startMs)
                .thenComparingLong(TimelineUnit::endMs)).toList();
        this.raters = List.copyOf(raters);
        this.longestUnit = this.units.stream().mapToLong(TimelineUnit::durationMs).max().orElse(0);
    }

    /**
     * @param units    the session's units
     * @param raters   the raters who coded this session (codings of others are ignored)
     * @param codings  the raters' codings in this session, in any order
     */
    public static TimelineAlignment align(List<TimelineUnit> units, Collection<String> raters, List<CodedInterval> codings) {
        TimelineAlignment a = new TimelineAlignment(units, raters);
        for (CodedInterval c : codings) {
            if (!a.raters.contains(c.rater())) continue;
            Map<String, Long>[] byUnit = a.marks.computeIfAbsent(c.rater(), r -> a.newUnitArray());
            BitSet codeUnits = a.presence.computeIfAbsent(c.rater(), r -> new HashMap<>())
                    .computeIfAbsent(c.code(), code -> new BitSet(a.units.size()));
            for (Map.Entry<Integer, Long> m : a.marked(c).entrySet()) {
                if (byUnit[m.getKey()] == null) byUnit[m.getKey()] = new LinkedHashMap<>(4);
                byUnit[m.getKey()].merge(c.code(), m.getValue(), Long::sum);
                codeUnits.set(m.getKey());
            }
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long>[] newUnitArray() {
        return new Map[units.size()];
    }

    public List<TimelineUnit> units() {
        return units;
    }

    /** The units (in time order) a coding marks, by the rule in the class comment. */
    public List<TimelineUnit> unitsMarkedBy(CodedInterval c) {
        return marked(c).keySet().stream().sorted().map(units::get).toList();
    }

    /** The codes a rater applied to a unit, by code id, with the milliseconds of overlap. */
    public Map<String, Long> codesAt(String rater, int unit) {
        Map<String, Long>[] byUnit = marks.get(rater);
        Map<String, Long> codes = byUnit == null ? null : byUnit[unit];
        return codes == null ? Map.of() : codes;
    }

    /** Adds one row per unit of this session to a present/absent table of one code (scale {@link #presenceScale()}). */
    public void addPresence(TableRows table, String code) {
        int present = table.category(PRESENT);
        int absent = table.category(ABSENT);
        int[] columns = columns(table);
        BitSet[] marked = new BitSet[columns.length];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] >= 0) marked[c] = presence.getOrDefault(raters.get(columns[c]), Map.of()).get(code);
        }
        int[] row = new int[columns.length];
        for (int u = 0; u < units.size(); u++) {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] < 0) row[c] = RatingTable.MISSING;
                else row[c] = marked[c] != null && marked[c].get(u) ? present : absent;
            }
            table.add(row);
        }
    }

    /**
     * Adds one row per unit of this session to a table whose categories are the group's codes and "none" (scale
     * {@link #groupScale}). When a rater applied two codes of the group to one unit, the one with the larger overlap
     * counts, then the one first in the codebook.
     *
     * @param groupCodes the group's codes in codebook order
     */
    public void addGroup(TableRows table, List<String> groupCodes) {
        int[] columns = columns(table);
        Map<String, Long>[][] byColumn = byColumn(columns);
        int none = table.category(NONE);
        int[] row = new int[columns.length];
        for (int u = 0; u < units.size(); u++) {
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] < 0) row[c] = RatingTable.MISSING;
                else if (byColumn[c] == null || byColumn[c][u] == null) row[c] = none; // no code here at all
                else row[c] = table.category(dominantCode(byColumn[c][u], groupCodes));
            }
            table.add(row);
        }
    }

    /** Each column's codes by unit (null when that rater applied no code here). */
    @SuppressWarnings("unchecked")
    private Map<String, Long>[][] byColumn(int[] columns) {
        Map<String, Long>[][] out = new Map[columns.length][];
        for (int c = 0; c < columns.length; c++) out[c] = columns[c] < 0 ? null : marks.get(raters.get(columns[c]));
        return out;
    }

    /** For each column of the table, the index of that rater among this session's coders, or -1. */
    private int[] columns(TableRows table) {
        int[] out = new int[table.raters().size()];
        for (int c = 0; c < out.length; c++) out[c] = raters.indexOf(table.raters().get(c));
        return out;
    }

    static String dominantCode(Map<String, Long> applied, List<String> groupCodes) {
        String best = NONE;
        long bestWeight = -1;
        for (String code : groupCodes) {
            Long w = applied.get(code);
            if (w != null && w > bestWeight) {
                best = code;
                bestWeight = w;
            }
        }
        return best;
    }

    /** The declared scale of a presence table: absent, present. */
    public static List<Category> presenceScale() {
        return List.of(new Category(ABSENT, 0.0), new Category(PRESENT, 1.0));
    }

    /** The declared scale of a group table: none, then the codes in codebook order. */
    public static List<Category> groupScale(List<String> groupCodes) {
        List<Category> scale = new ArrayList<>();
        scale.add(new Category(NONE, null));
        for (String c : groupCodes) scale.add(new Category(c, null));
        return scale;
    }

    /** Unit index -> weight for the units a coding marks. */
    private Map<Integer, Long> marked(CodedInterval c) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        if (c.hasUtteranceSpan() && units.stream().anyMatch(u -> u.utterance() != null)) {
            for (int i = 0; i < units.size(); i++) {
                Integer ut = units.get(i).utterance();
                if (ut != null && ut >= c.firstUtterance() && ut <= c.lastUtterance()) {
                    out.put(i, Math.max(1, units.get(i).durationMs()));
                }
            }
            if (!out.isEmpty()) return out;
        }
        long mid = c.startMs() + c.durationMs() / 2;
        int bestOverlap = -1;
        long bestOverlapMs = 0;
        int nearest = -1;
        long nearestDistance = Long.MAX_VALUE;
        for (int i = firstCandidate(c.startMs()); i < units.size(); i++) {
            TimelineUnit u = units.get(i);
            // Units start later and later: past the coding and farther than the nearest unit, none can count.
            if (u.startMs() > c.endMs() && nearest >= 0 && u.startMs() - mid > nearestDistance) break;
            long overlap = c.overlapMs(u.startMs(), u.endMs());
            boolean halfCovered = u.durationMs() > 0 && 2 * overlap >= u.durationMs();
            if (halfCovered || u.contains(mid)) out.put(i, Math.max(overlap, 1));
            if (overlap > bestOverlapMs) {
                bestOverlap = i;
                bestOverlapMs = overlap;
            }
            long d = u.distanceTo(mid);
            if (d < nearestDistance) {
                nearest = i;
                nearestDistance = d;
            }
        }
        if (out.isEmpty()) {
            int fallback = bestOverlap >= 0 ? bestOverlap : nearest;
            if (fallback < 0 && !units.isEmpty()) fallback = nearestFromStart(mid);
            if (fallback >= 0) out.put(fallback, Math.max(bestOverlapMs, 1));
        }
        return out;
    }

    /** First unit that could overlap a coding starting at {@code start} (units may overlap, e.g. overlapping talk). */
    private int firstCandidate(long start) {
        long from = start - longestUnit;
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (units.get(m).startMs() < from) lo = m + 1;
            else hi = m;
        }
        return Math.max(0, lo - 1);
    }

    private int nearestFromStart(long time) {
        int best = 0;
        for (int i = 1; i < units.size(); i++) {
            if (units.get(i).distanceTo(time) < units.get(best).distanceTo(time)) best = i;
        }
        return best;
    }
}
