package org.rapport.ui.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.coding.Coding;

/**
 * The codings shown in a session view, kept sorted by start time. Changed only on the event thread and only after
 * the store has committed the change, so what is shown is what is stored.
 */
public final class CodingModel {
    private final long viewerId;
    private final List<Coding> codings = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final Set<Long> removedCodes;
    private Coding selected;

    CodingModel(SessionWorkspace ws) {
        this.viewerId = ws.viewer().id();
        this.removedCodes = new java.util.HashSet<>(ws.removedCodeCodings());
        codings.addAll(ws.codings());
        sort();
    }

    public void onChange(Runnable r) {
        listeners.add(r);
    }

    public List<Coding> all() {
        return java.util.Collections.unmodifiableList(codings);
    }

    public List<Coding> own() {
        return codings.stream().filter(k -> k.raterId() == viewerId).toList();
    }

    public boolean isOwn(Coding k) {
        return k.raterId() == viewerId;
    }

    public boolean refersToRemovedCode(Coding k) {
        return removedCodes.contains(k.id());
    }

    void added(Coding k) {
        codings.add(k);
        sort();
        selected = k;
        fire();
    }

    void removed(long id) {
        codings.removeIf(k -> k.id() == id);
        if (selected != null && selected.id() == id) selected = null;
        fire();
    }

    void replaced(Coding k) {
        codings.replaceAll(old -> old.id() == k.id() ? k : old);
        sort();
        if (selected != null && selected.id() == k.id()) selected = k;
        fire();
    }

    Coding selected() {
        return selected;
    }

    void select(Coding k) {
        selected = k;
        fire();
    }

    /** The first coding starting after a moment (own and shown others'), or null. */
    Coding next(long afterMs) {
        for (Coding k : codings) if (k.startMs() > afterMs + 50) return k;
        return null;
    }

    Coding previous(long beforeMs) {
        Coding found = null;
        for (Coding k : codings) if (k.startMs() < beforeMs - 50) found = k;
        return found;
    }

    private void sort() {
        codings.sort(Comparator.comparingLong(Coding::startMs).thenComparingLong(Coding::id));
    }

    private void fire() {
        for (Runnable r : listeners) r.run();
    }
}
