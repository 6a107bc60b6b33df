package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;

import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Theme;
import org.rapport.ui.common.ViewportWidthPanel;

/**
 * A rating form: either the current segment's items (3RS, per 5-minute segment, following playback) or the
 * whole-session items grouped by subscale (WAI-O-S). Each item is a row of value buttons with the scale's labelled
 * anchors as captions and tooltips; a form shows how complete it is.
 */
final class RatingsPanel extends JPanel {
    /** Commits a value; the form updates (through {@code stored}) when the store has it. */
    interface Rate {
        void rate(Codebook cb, Scale scale, Integer segment, int value, java.util.function.Consumer<Rating> stored);
    }

    private final boolean perSegment;
    private final List<Map.Entry<Codebook, Scale>> items = new ArrayList<>();
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, ButtonGroup> groups = new HashMap<>();
    private final Map<String, JToggleButton[]> buttons = new HashMap<>();
    private final JLabel header = new JLabel();
    private final JProgressBar progress = new JProgressBar();
    private final int segmentCount;
    private int segment;

    RatingsPanel(List<Codebook> codebooks, boolean perSegment, long durationMs, List<Rating> given, Rate rate) {
        super(new BorderLayout());
        this.perSegment = perSegment;
        int segs = 1;
        for (Codebook cb : codebooks) {
            for (Scale s : cb.scales()) {
                if (s.unit().isWholeSession() != perSegment) {
                    items.add(Map.entry(cb, s));
                    if (perSegment) segs = Math.max(segs, s.unit().segmentCount(durationMs));
                }
            }
        }
        segmentCount = segs;
        for (Rating r : given) values.put(key(r.codebookId(), r.itemId(), r.segment()), r.value());

        JPanel form = new ViewportWidthPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(4, 12, 12, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        String lastGroup = null;
        for (var item : items) {
            Codebook cb = item.getKey();
            Scale s = item.getValue();
            String group = perSegment ? cb.title() : (s.subscale() == null ? cb.title() : s.subscale());
            if (!Objects.equals(group, lastGroup)) {
                JLabel g = new JLabel(capitalise(group));
                g.putClientProperty("FlatLaf.styleClass", "h4");
                Theme.mute(g);
                c.insets = new Insets(lastGroup == null ? 4 : 14, 0, 4, 0);
                form.add(g, c);
                c.gridy++;
                lastGroup = group;
            }
            c.insets = new Insets(6, 0, 2, 0);
            JLabel label = new JLabel("<html>" + Banner.escape(s.label()) + (s.reverseKeyed()
                    ? " <span style='color:#888'>(reverse-keyed)</span>" : "") + "</html>");
            form.add(label, c);
            c.gridy++;
            c.insets = new Insets(0, 0, 2, 0);
            form.add(scaleRow(cb, s, rate), c);
            c.gridy++;
            String anchors = anchorText(s);
            if (!anchors.isEmpty()) {
                JLabel a = new JLabel("<html>" + anchors + "</html>");
                Theme.mute(a);
                a.setFont(a.getFont().deriveFont(11.5f));
                c.insets = new Insets(0, 4, 4, 0);
                form.add(a, c);
                c.gridy++;
            }
        }
        c.weighty = 1;
        form.add(new JPanel(), c);

        JPanel top = new JPanel(new BorderLayout(12, 0));
        top.setBorder(BorderFactory.createEmptyBorder(8, 12, 6, 12));
        header.putClientProperty("FlatLaf.styleClass", "h4");
        top.add(header, BorderLayout.WEST);
        progress.setStringPainted(true);
        progress.putClientProperty("JProgressBar.largeHeight", true);
        top.add(progress, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(form);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(20);
        add(scroll, BorderLayout.CENTER);
        showSegment(0);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    private JPanel scaleRow(Codebook cb, Scale s, Rate rate) {
        IntConsumer give = value -> rate.rate(cb, s, perSegment ? segment : null, value, this::rated);
        RatingItem row = new RatingItem(s.min(), s.max(), give);
        row.setName("item-" + s.id());
        row.getAccessibleContext().setAccessibleName(s.label());
        ButtonGroup group = new ButtonGroup();
        JToggleButton[] bs = new JToggleButton[s.max() - s.min() + 1];
        for (int v = s.min(); v <= s.max(); v++) {
            int value = v;
            String anchor = s.anchors().get(v);
            JToggleButton b = new JToggleButton(String.valueOf(v));
            b.setName("rate-" + s.id() + "-" + v);
            b.setFocusable(false);
            b.putClientProperty("JButton.buttonType", "roundRect");
            b.setToolTipText(anchor == null ? String.valueOf(v) : v + " = " + anchor);
            b.addActionListener(e -> {
                // the item clicked is the one the number keys rate next
                row.requestFocusInWindow();
                give.accept(value);
            });
            group.add(b);
            bs[v - s.min()] = b;
            row.add(b);
        }
        groups.put(cb.id() + "/" + s.id(), group);
        buttons.put(cb.id() + "/" + s.id(), bs);
        return row;
    }

    /** "1 none · 3 moderate · 5 high": the labelled points of the scale. */
    private static String anchorText(Scale s) {
        StringBuilder sb = new StringBuilder();
        for (var e : s.anchors().entrySet()) {
            if (sb.length() > 0) sb.append(" &nbsp;\u00b7&nbsp; ");
            sb.append("<b>").append(e.getKey()).append("</b> ").append(Banner.escape(e.getValue()));
        }
        return sb.toString();
    }

    /** Shows the items of a segment (ignored by the whole-session form). */
    void showSegment(int seg) {
        segment = Math.max(0, Math.min(segmentCount - 1, seg));
        for (var item : items) {
            Codebook cb = item.getKey();
            Scale s = item.getValue();
            ButtonGroup g = groups.get(cb.id() + "/" + s.id());
            g.clearSelection();
            Double v = values.get(key(cb.id(), s.id(), perSegment ? segment : null));
            if (v != null) {
                int i = (int) Math.round(v) - s.min();
                JToggleButton[] bs = buttons.get(cb.id() + "/" + s.id());
                if (i >= 0 && i < bs.length) bs[i].setSelected(true);
            }
        }
        updateHeader();
    }

    int segment() {
        return segment;
    }

    /** The store has the value: show it. */
    void rated(Rating r) {
        values.put(key(r.codebookId(), r.itemId(), r.segment()), r.value());
        if (!perSegment || Objects.equals(r.segment(), segment)) showSegment(segment);
        else updateHeader();
    }

    /** Items still without a value (this segment for a segment form). */
    int missing() {
        int n = 0;
        for (var item : items) {
            if (!values.containsKey(key(item.getKey().id(), item.getValue().id(), perSegment ? segment : null))) n++;
        }
        return n;
    }

    /** For the whole-session form: missing values over all segment items too are checked by the service. */
    private void updateHeader() {
        int total = items.size();
        int done = total - missing();
        if (perSegment) {
            long segMs = items.isEmpty() ? 0 : items.get(0).getValue().unit().segmentMs();
            header.setText("Segment " + (segment + 1) + " of " + segmentCount + "  \u00b7  " + TimeCodes.clock(segment * segMs)
                    + "\u2013" + TimeCodes.clock((segment + 1) * segMs));
        } else {
            header.setText("Whole session");
        }
        progress.setMaximum(Math.max(1, total));
        progress.setValue(done);
        progress.setString(done + " of " + total + " rated");
    }

    private static String key(String codebook, String item, Integer segment) {
        return codebook + "/" + item + "/" + (segment == null ? "-" : segment);
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
