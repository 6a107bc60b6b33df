package org.rapport.ui.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;

/**
 * Which rating segments this rater has rated, for the segment overview on the timeline: every segment item rated,
 * some, or none. Updated on the event thread when a rating has been stored.
 */
final class SegmentProgress {
    enum State { NONE, PARTIAL, COMPLETE }

    private final Set<String> itemKeys = new HashSet<>();
    private final Set<String> rated = new HashSet<>();
    private final int segmentCount;
    private final long segmentMs;
    private final List<Runnable> listeners = new ArrayList<>();

    SegmentProgress(SessionWorkspace ws) {
        segmentMs = ws.segmentMs();
        int segs = 0;
        for (Codebook cb : ws.codebooks()) {
            for (Scale s : cb.scales()) {
                if (s.unit().isWholeSession()) continue;
                itemKeys.add(cb.id() + "/" + s.id());
                segs = Math.max(segs, s.unit().segmentCount(ws.durationMs()));
            }
        }
        segmentCount = segs;
        for (Rating r : ws.ratings()) if (r.raterId() == ws.viewer().id()) rated(r);
    }

    void onChange(Runnable r) {
        listeners.add(r);
    }

    /** A rating the store has; whole-session ratings and other raters' do not count here. */
    void rated(Rating r) {
        if (r.segment() == null || !itemKeys.contains(r.codebookId() + "/" + r.itemId())) return;
        if (rated.add(r.codebookId() + "/" + r.itemId() + "/" + r.segment())) listeners.forEach(Runnable::run);
    }

    int segmentCount() {
        return segmentCount;
    }

    long segmentMs() {
        return segmentMs;
    }

    int ratedItems(int segment) {
        int n = 0;
        for (String item : itemKeys) if (rated.contains(item + "/" + segment)) n++;
        return n;
    }

    int items() {
        return itemKeys.size();
    }

    State state(int segment) {
        int n = ratedItems(segment);
        return n == 0 ? State.NONE : n == itemKeys.size() ? State.COMPLETE : State.PARTIAL;
    }
}
