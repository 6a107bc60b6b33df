package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;

import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Theme;

/**
 * The transcript beside the player: time, speaker (coloured by role) and text of each utterance. The utterance
 * being spoken is highlighted and kept in view while playing ("Follow"; off, the coder scrolls freely); a click
 * seeks to an utterance; the find box steps through utterances containing a word or phrase, marking it in the text,
 * and a search hit opened from the Search tab is selected with its matched words marked.
 */
public final class TranscriptPanel extends JPanel {
    private final Transcript transcript;
    private final JList<Utterance> list;
    private final JTextField find = new JTextField();
    private final JLabel findStatus = new JLabel(" ");
    private final JToggleButton follow = new JToggleButton("Follow", true);
    /** Words marked in the text (a search hit's, or the find box's), lower case. */
    private List<String> marked = List.of();
    private int current = -1;
    /** A search hit to bring into view again while a new view gets its width (its rows their real heights). */
    private int pendingHit = -1;
    private long pendingUntil;

    TranscriptPanel(Transcript transcript, LongConsumer seek) {
        super(new BorderLayout());
        this.transcript = transcript;
        List<Utterance> us = transcript.utterances();

        list = new JList<>(us.toArray(new Utterance[0])) {
            // the rows wrap to the width of the pane: follow it when it narrows too (live reflow on resize)
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return true;
            }
        };
        list.setName("transcript");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Row());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int i = list.locationToIndex(e.getPoint());
                if (i >= 0 && list.getCellBounds(i, i).contains(e.getPoint())) seek.accept(us.get(i).startMs());
            }
        });
        // cell heights depend on the width (wrapped text): recompute them when the width changes, once for the
        // widths a layout passes through (opening a session lays the panes out more than once)
        list.addComponentListener(new ComponentAdapter() {
            private int lastWidth = -1;
            private boolean scheduled;

            @Override
            public void componentResized(ComponentEvent e) {
                if (scheduled || list.getWidth() == lastWidth) return;
                scheduled = true;
                javax.swing.SwingUtilities.invokeLater(this::reflow);
            }

            private void reflow() {
                scheduled = false;
                if (list.getWidth() == lastWidth) return;
                lastWidth = list.getWidth();
                list.setFixedCellHeight(10);
                list.setFixedCellHeight(-1);
                if (pendingHit >= 0 && System.currentTimeMillis() < pendingUntil) {
                    int hit = pendingHit;
                    javax.swing.SwingUtilities.invokeLater(() -> toUpperThird(hit));
                }
            }
        });
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(24);

        find.setName("find");
        find.putClientProperty("JTextField.placeholderText", "Find in transcript");
        find.putClientProperty("JTextField.showClearButton", true);
        find.putClientProperty("JTextField.leadingIcon", new com.formdev.flatlaf.icons.FlatSearchIcon());
        find.addActionListener(e -> findNext());
        // Esc hands the keys back to the workspace: code keys code again instead of typing
        find.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "leave-find");
        find.getActionMap().put("leave-find", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                list.requestFocusInWindow();
            }
        });
        Theme.mute(findStatus);
        follow.setName("follow");
        follow.setToolTipText("Keep the utterance being spoken in view while playing; off, scroll freely");
        follow.setFocusable(false);
        follow.putClientProperty("JButton.buttonType", "toolBarButton");
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        JLabel title = new JLabel("Transcript");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        top.add(title, BorderLayout.WEST);
        top.add(find, BorderLayout.CENTER);
        JPanel east = new JPanel(new BorderLayout(6, 0));
        east.add(findStatus, BorderLayout.CENTER);
        east.add(follow, BorderLayout.EAST);
        top.add(east, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
    }

    JTextField findField() {
        return find;
    }

    public JList<Utterance> utteranceList() {
        return list;
    }

    /** The utterance spoken at a moment: the last one started by then (-1 before the first). */
    public int indexAt(long ms) {
        return transcript.indexAt(ms);
    }

    public int current() {
        return current;
    }

    /** Whether the transcript keeps the utterance being spoken in view while playing ("Follow"). */
    public boolean follows() {
        return follow.isSelected();
    }

    /** The words marked in the text now, lower case. */
    public List<String> markedWords() {
        return marked;
    }

    /** A search hit: selects the utterance, brings it to the upper third of the view and marks the matched words. */
    void showHit(int index, List<String> words) {
        if (index < 0 || index >= transcript.utterances().size()) return;
        marked = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !w.isBlank()).distinct().toList();
        list.setSelectedIndex(index);
        // a view just made gets its rows' heights at its first layout: scroll now, and again once that is done
        pendingHit = index;
        pendingUntil = System.currentTimeMillis() + 2_000;
        javax.swing.SwingUtilities.invokeLater(() -> toUpperThird(index));
    }

    private void toUpperThird(int index) {
        Rectangle cell = list.getCellBounds(index, index);
        Rectangle view = list.getVisibleRect();
        if (cell == null) return;
        scrollToUpperThird(cell, view);
        list.repaint();
    }

    private void scrollToUpperThird(Rectangle cell, Rectangle view) {
        list.scrollRectToVisible(new Rectangle(0, Math.max(0, cell.y - view.height / 3), 1, view.height));
    }

    /** Moves the highlight to the utterance at this moment; keeps it in view when {@code follow}. */
    void showTime(long ms, boolean follow) {
        int i = indexAt(ms);
        if (i == current) {
            if (follow && i >= 0) keepInView(i);
            return;
        }
        int old = current;
        current = i;
        repaintRow(old);
        repaintRow(i);
        if (follow && i >= 0) keepInView(i);
    }

    private void repaintRow(int i) {
        if (i < 0) return;
        Rectangle r = list.getCellBounds(i, i);
        if (r != null) list.repaint(r);
    }

    /** Scrolls only when the row is out of the middle band, and then puts it a third from the top. */
    private void keepInView(int i) {
        Rectangle cell = list.getCellBounds(i, i);
        Rectangle view = list.getVisibleRect();
        if (cell == null) return;
        if (cell.y >= view.y + view.height / 8 && cell.y + cell.height <= view.y + view.height * 3 / 4) return;
        scrollToUpperThird(cell, view);
    }

    private void findNext() {
        String q = find.getText().strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            findStatus.setText(" ");
            return;
        }
        marked = List.of(q);
        list.repaint();
        List<Utterance> us = transcript.utterances();
        int total = 0;
        for (Utterance u : us) if (u.text().toLowerCase(Locale.ROOT).contains(q)) total++;
        if (total == 0) {
            findStatus.setText("no match");
            return;
        }
        int from = Math.max(list.getSelectedIndex(), current) + 1;
        for (int k = 0; k < us.size(); k++) {
            int i = (from + k) % us.size();
            if (us.get(i).text().toLowerCase(Locale.ROOT).contains(q)) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
                int nth = 0;
                for (int j = 0; j <= i; j++) if (us.get(j).text().toLowerCase(Locale.ROOT).contains(q)) nth++;
                findStatus.setText(nth + " of " + total);
                return;
            }
        }
    }

    /**
     * One utterance: speaker and time in a narrow column, the text wrapped beside them. Painted directly, with
     * word widths cached, so a 2,000-utterance transcript lays out in milliseconds rather than seconds.
     */
    private final class Row extends JComponent implements ListCellRenderer<Utterance> {
        private static final int PAD_X = 12;
        private static final int PAD_Y = 6;
        private static final int LEFT_W = 92;
        private final java.util.Map<String, Integer> wordWidths = new java.util.HashMap<>();
        private Font textFont;
        private Font speakerFont;
        private Font timeFont;
        private Utterance u;
        private boolean isCurrent;
        private Color background;
        private java.util.List<String> lines = java.util.List.of();

        @Override
        public Component getListCellRendererComponent(JList<? extends Utterance> l, Utterance utterance, int index,
                                                      boolean selected, boolean focus) {
            Font base = l.getFont();
            if (textFont == null || textFont.getSize2D() != base.getSize2D() + 0.5f
                    || !textFont.getFamily().equals(base.getFamily())) {
                textFont = base.deriveFont(base.getSize2D() + 0.5f);
                speakerFont = base.deriveFont(Font.BOLD, base.getSize2D() - 1f);
                timeFont = base.deriveFont(base.getSize2D() - 1.5f);
                wordWidths.clear();
            }
            u = utterance;
            isCurrent = index == current;
            Color bg = isCurrent ? Theme.currentLine() : l.getBackground();
            if (selected) bg = Theme.blend(bg, UIManager.getColor("List.selectionBackground"), 0.25);
            background = bg;
            int width = l.getWidth() > 0 ? l.getWidth() : 420;
            lines = wrap(utterance.text(), l.getFontMetrics(textFont), Math.max(60, width - LEFT_W - 2 * PAD_X - 12));
            int textH = lines.size() * l.getFontMetrics(textFont).getHeight();
            int leftH = l.getFontMetrics(speakerFont).getHeight() + l.getFontMetrics(timeFont).getHeight();
            setPreferredSize(new java.awt.Dimension(width, Math.max(textH, leftH) + 2 * PAD_Y));
            return this;
        }

        /** A marker-pen background behind each marked word on a line. */
        private void markWords(Graphics2D g2, java.awt.FontMetrics fm, String line, int x, int top) {
            if (marked.isEmpty()) return;
            String lower = line.toLowerCase(Locale.ROOT);
            g2.setColor(Theme.matchMark(Theme.isDark()));
            for (String w : marked) {
                for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length())) {
                    int x0 = x + fm.stringWidth(line.substring(0, at));
                    int x1 = x + fm.stringWidth(line.substring(0, at + w.length()));
                    g2.fillRoundRect(x0 - 1, top, x1 - x0 + 2, fm.getHeight(), 4, 4);
                }
            }
        }

        private java.util.List<String> wrap(String text, java.awt.FontMetrics fm, int width) {
            java.util.List<String> out = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            int lineW = 0;
            int space = width(" ", fm);
            for (String word : text.split(" ")) {
                int w = width(word, fm);
                if (line.length() > 0 && lineW + space + w > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineW = 0;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    lineW += space;
                }
                line.append(word);
                lineW += w;
            }
            out.add(line.toString());
            return out;
        }

        private int width(String word, java.awt.FontMetrics fm) {
            return wordWidths.computeIfAbsent(word, fm::stringWidth);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Object hints = java.awt.Toolkit.getDefaultToolkit().getDesktopProperty("awt.font.desktophints");
            if (hints instanceof java.util.Map<?, ?> m) g2.addRenderingHints(m);
            g2.setColor(background);
            g2.fillRect(0, 0, getWidth(), getHeight());
            Color role = Theme.role(transcript.roleOf(u.speaker()));
            if (isCurrent) {
                g2.setColor(role);
                g2.fillRect(0, 0, 3, getHeight());
            }
            g2.setFont(speakerFont);
            java.awt.FontMetrics sm = g2.getFontMetrics();
            g2.setColor(role);
            g2.drawString(u.speaker(), PAD_X, PAD_Y + sm.getAscent());
            g2.setFont(timeFont);
            java.awt.FontMetrics tm = g2.getFontMetrics();
            g2.setColor(Theme.muted());
            g2.drawString(TimeCodes.clock(u.startMs()), PAD_X, PAD_Y + sm.getHeight() + tm.getAscent());
            g2.setFont(textFont);
            java.awt.FontMetrics fm = g2.getFontMetrics();
            g2.setColor(UIManager.getColor("List.foreground"));
            int y = PAD_Y + fm.getAscent();
            for (String line : lines) {
                markWords(g2, fm, line, PAD_X + LEFT_W, y - fm.getAscent());
                g2.setColor(UIManager.getColor("List.foreground"));
                g2.drawString(line, PAD_X + LEFT_W, y);
                y += fm.getHeight();
            }
            g2.dispose();
        }
    }
}
