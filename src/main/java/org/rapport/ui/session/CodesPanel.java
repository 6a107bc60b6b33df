package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Theme;
import org.rapport.ui.common.ViewportWidthPanel;
import org.rapport.ui.keys.Keys;

/**
 * The codebook's codes as buttons, grouped (withdrawal, confrontation, resolution) side by side, each with its key
 * and the code's description as tooltip. A click does what the key does.
 */
final class CodesPanel extends JPanel {
    CodesPanel(List<Codebook> codebooks, Keys keys, BiConsumer<Codebook, Code> apply) {
        super(new BorderLayout());
        JPanel content = new ViewportWidthPanel(null);
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.setBorder(BorderFactory.createEmptyBorder(8, 10, 10, 10));
        for (Codebook cb : codebooks) {
            if (cb.codes().isEmpty()) continue;
            Map<String, List<Code>> byGroup = new LinkedHashMap<>();
            for (CodeGroup g : cb.groups()) byGroup.put(g.id(), new ArrayList<>());
            for (Code c : cb.codes()) byGroup.computeIfAbsent(c.group() == null ? "" : c.group(), k -> new ArrayList<>()).add(c);
            byGroup.values().removeIf(List::isEmpty);
            JPanel columns = new JPanel();
            columns.setLayout(new BoxLayout(columns, BoxLayout.Y_AXIS));
            columns.setAlignmentX(LEFT_ALIGNMENT);
            for (var e : byGroup.entrySet()) {
                Color color = Theme.group(e.getKey());
                JLabel head = new JLabel(groupLabel(cb, e.getKey()));
                head.putClientProperty("FlatLaf.styleClass", "h4");
                head.setForeground(color);
                head.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(6, 0, 4, 0),
                        BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 3, 0, 0, color),
                                BorderFactory.createEmptyBorder(0, 8, 0, 0))));
                head.setAlignmentX(LEFT_ALIGNMENT);
                columns.add(head);
                JPanel col = new JPanel(new GridLayout(0, 2, 6, 0));
                col.setAlignmentX(LEFT_ALIGNMENT);
                for (Code c : e.getValue()) {
                    KeyStroke k = keys.stroke(cb, c);
                    // plain text, not HTML: two dozen HTML buttons cost tens of ms when a session opens
                    JButton b = new JButton((k == null ? "" : Keys.display(k) + "   ") + c.label());
                    b.setName("code-" + c.id());
                    b.setHorizontalAlignment(SwingConstants.LEFT);
                    b.setFocusable(false);
                    b.putClientProperty("JButton.buttonType", "borderless");
                    b.setToolTipText(tooltip(c));
                    b.addActionListener(ev -> apply.accept(cb, c));
                    col.add(b);
                }
                col.setMaximumSize(new java.awt.Dimension(Short.MAX_VALUE, col.getPreferredSize().height));
                columns.add(col);
            }
            if (codebooks.stream().filter(x -> !x.codes().isEmpty()).count() > 1) {
                JLabel title = new JLabel(cb.title());
                title.putClientProperty("FlatLaf.styleClass", "h3");
                title.setAlignmentX(LEFT_ALIGNMENT);
                content.add(title);
            }
            content.add(columns);
        }
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(20);
        add(scroll, BorderLayout.CENTER);
    }

    private static String groupLabel(Codebook cb, String groupId) {
        for (CodeGroup g : cb.groups()) if (g.id().equals(groupId)) return g.label();
        return groupId.isEmpty() ? "Codes" : groupId;
    }

    private static String tooltip(Code c) {
        String d = c.description() == null ? "" : c.description();
        return "<html><div style='width:320px'><b>" + Banner.escape(c.label()) + "</b><br>" + Banner.escape(d)
                + "</div></html>";
    }
}
