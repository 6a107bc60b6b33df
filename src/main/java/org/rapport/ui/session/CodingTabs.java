package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.JTabbedPane;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.ui.keys.Keys;

/**
 * The tabs beside the transcript: the codes, the segment and whole-session rating forms (when the codebooks have
 * such scales) and the codings list. Each tab but the codes is built the first time it is shown, so opening a
 * session stays fast (the forms cost HTML layout). The segment form follows playback.
 */
final class CodingTabs extends JTabbedPane implements Playback.Listener {
    private final long segmentMs;
    private RatingsPanel segmentForm;

    CodingTabs(SessionWorkspace ws, Keys keys, CodingController coding, RatingController ratings, Playback playback,
               CodingModel model, java.util.List<org.rapport.model.coding.Rating> everyRatersRatings) {
        setName("coding-tabs");
        putClientProperty("JTabbedPane.tabType", "underlined");
        segmentMs = ws.segmentMs();
        long duration = ws.durationMs();
        addTab("Codes", new CodesPanel(ws.codebooks(), keys, coding::apply));
        if (segmentMs > 0) lazyTab("Segment", () -> {
            segmentForm = new RatingsPanel(ws.codebooks(), true, duration, ws.ratings(), ratings::rate);
            segmentForm.showSegment((int) (playback.time() / segmentMs));
            return segmentForm;
        });
        if (ws.hasWholeSessionScales()) {
            lazyTab("Session", () -> new RatingsPanel(ws.codebooks(), false, duration, ws.ratings(), ratings::rate));
        }
        lazyTab("Codings", () -> new CodingsPanel(model, ws.codebooks(), ws.raterNames(), ws.includesOthers(), coding,
                coding::jumpTo));
        if (ws.includesOthers() && !everyRatersRatings.isEmpty()) {
            lazyTab("Raters' ratings", () -> new RatersRatingsPanel(ws.codebooks(), everyRatersRatings, ws.raterNames()));
        }
        addChangeListener(e -> {
            if (getSelectedComponent() instanceof LazyTab t) t.build();
        });
        for (int i = 0; i < getTabCount() && i < 9; i++) bindTabKey(i);
    }

    /** Alt+1, Alt+2 … show a tab; on a rating form the first item takes the focus, so number keys rate it. */
    private void bindTabKey(int index) {
        String name = "show-tab-" + index;
        setToolTipTextAt(index, getTitleAt(index) + " (Alt+" + (index + 1) + ")");
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_1 + index,
                InputEvent.ALT_DOWN_MASK), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                setSelectedIndex(index);
                Component item = firstRatingItem(getComponentAt(index));
                if (item != null) item.requestFocusInWindow();
            }
        });
    }

    private static Component firstRatingItem(Component c) {
        if (c instanceof RatingItem) return c;
        if (c instanceof Container box) {
            for (Component child : box.getComponents()) {
                Component found = firstRatingItem(child);
                if (found != null) return found;
            }
        }
        return null;
    }

    private void lazyTab(String title, Supplier<? extends Component> make) {
        addTab(title, new LazyTab(make));
    }

    /** While playing, the segment form shows the segment being played. */
    @Override
    public void moved(long ms, boolean playing, boolean jumped) {
        if (segmentForm == null || !playing) return;
        int seg = (int) (ms / segmentMs);
        if (seg != segmentForm.segment()) segmentForm.showSegment(seg);
    }

    /** A tab whose content is made when it is first shown. */
    private static final class LazyTab extends JPanel {
        private final Supplier<? extends Component> make;
        private boolean built;

        LazyTab(Supplier<? extends Component> make) {
            super(new BorderLayout());
            this.make = make;
        }

        void build() {
            if (built) return;
            built = true;
            add(make.get(), BorderLayout.CENTER);
            revalidate();
        }
    }
}
