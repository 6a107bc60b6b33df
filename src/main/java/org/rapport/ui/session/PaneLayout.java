package org.rapport.ui.session;

import java.util.Locale;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

import org.slf4j.LoggerFactory;

/**
 * Where the rater left the dividers (video | transcript, transcript / tabs), kept per rater as two fractions
 * ("0.560,0.550") and put back when a session opens.
 */
final class PaneLayout {
    static final double MAIN = 0.56;
    static final double RIGHT = 0.55;

    private final AppContext ctx;
    private final JSplitPane main;
    private final JSplitPane right;

    PaneLayout(AppContext ctx, JSplitPane main, JSplitPane right) {
        this.ctx = ctx;
        this.main = main;
        this.right = right;
    }

    /** Puts the dividers where {@code saved} says (the defaults when null or damaged), once the panes are laid out. */
    void restore(String saved) {
        double[] at = parse(saved);
        SwingUtilities.invokeLater(() -> {
            main.setDividerLocation(at[0]);
            right.setDividerLocation(at[1]);
        });
    }

    /** Saves where the dividers are now. */
    void save() {
        String layout = state();
        ctx.tasks().write(() -> ctx.project().workspace().saveState(ctx.rater(), SessionLoad.LAYOUT_KEY, layout),
                e -> LoggerFactory.getLogger(PaneLayout.class).warn("could not save the layout", e));
    }

    private String state() {
        double m = main.getWidth() > 0 ? clamp(main.getDividerLocation() / (double) main.getWidth()) : MAIN;
        double r = right.getHeight() > 0 ? clamp(right.getDividerLocation() / (double) right.getHeight()) : RIGHT;
        return String.format(Locale.ROOT, "%.3f,%.3f", m, r);
    }

    /** The two fractions of a saved layout, each kept between 0.2 and 0.8; the defaults for what cannot be read. */
    static double[] parse(String saved) {
        double[] at = {MAIN, RIGHT};
        if (saved == null) return at;
        String[] parts = saved.split(",");
        try {
            at[0] = clamp(Double.parseDouble(parts[0]));
            at[1] = clamp(Double.parseDouble(parts[1]));
        } catch (RuntimeException e) {
            // a damaged value: the defaults from there on
        }
        return at;
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0.2, Math.min(0.8, v)) : 0.5;
    }
}
