package org.rapport.agreement.project;

import java.util.List;

/**
 * Training to criterion over gold sessions in completion order (decision 0015): a run of passes grows with each
 * pass and falls to zero with each failure; certification is reached at the first session where the run reaches
 * the number of consecutive passes the criterion asks for. Sessions that could not be assessed (null) neither add
 * to nor break a run.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    /** The run of passes after each session (0 after a failure; unchanged after one not assessed). */
    public static int[] runs(List<Boolean> passes) {
        int[] out = new int[passes.size()];
        int run = 0;
        for (int i = 0; i < passes.size(); i++) {
            Boolean p = passes.get(i);
            if (p != null) run = p ? run + 1 : 0;
            out[i] = run;
        }
        return out;
    }

    /** The index of the session at which the run first reaches {@code consecutive}, or -1 when it never does. */
    public static int certifiedAt(List<Boolean> passes, int consecutive) {
        int[] runs = runs(passes);
        for (int i = 0; i < runs.length; i++) if (runs[i] >= consecutive) return i;
        return -1;
    }
}
