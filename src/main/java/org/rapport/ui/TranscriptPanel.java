package org.rapport.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;

import org.rapport.model.Transcript;
import org.rapport.model.Utterance;

/**
 * The transcript beside the player: time, speaker (coloured by role) and text of each utterance. The utterance
 * being spoken is highlighted and kept in view while playing; a click seeks to an utterance; the find box
 * steps through utterances containing a word or phrase.
 */
final class TranscriptPanel extends JPanel {
    private final Transcript transcript;
    private final long[] starts;
    private final JList<Utterance> list;
    private final JTextField find = new JTextField();
    private final JLabel findStatus = new JLabel(" ");
    private int current = -1;

    TranscriptPanel(Transcript transcript, LongConsumer seek) {
        super(new BorderLayout());
        this.transcript = transcript;
        List<Utterance> us = transcript.utterances();
        starts = new long[us.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = us.get(i).startMs();

        list = new JList<>(us.toArray(new Utterance[0]));
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
        // cell heights depend on the width (wrapped text): recompute them when the width changes
        list.addComponentListener(new ComponentAdapter() {
            private int lastWidth = -1;

            @Override
            public void componentResized(ComponentEvent e) {
                if (list.getWidth() == lastWidth) return;
                lastWidth = list.getWidth();
                list.setFixedCellHeight(10);
                list.setFixedCellHeight(-1);
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
        findStatus.setForeground(Theme.muted());
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        JLabel title = new JLabel("Transcript");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        top.add(title, BorderLayout.WEST);
        top.add(find, BorderLayout.CENTER);
        top.add(findStatus, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
    }

    JTextField findField() {
        return find;
    }

    JList<Utterance> utteranceList() {
        return list;
    }

    /** The utterance spoken at a moment: the last one started by then (-1 before the first). */
    int indexAt(long ms) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= ms) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int current() {
        return current;
    }

    /** Moves the highlight to the utterance at this moment; keeps it in view when {@code follow}. */
    void showTime(long ms, boolean follow) {
        int i = indexAt(ms);
        if (i == current) return;
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
        int y = Math.max(0, cell.y - view.height / 3);
        list.scrollRectToVisible(new Rectangle(0, y, 1, view.height));
    }

    private void findNext() {
        String q = find.getText().strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            findStatus.setText(" ");
            return;
        }
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

    /** One utterance: time and speaker in a narrow column, the text wrapped beside them. */
    private final class Row extends JPanel implements ListCellRenderer<Utterance> {
        private final JLabel time = new JLabel();
        private final JLabel speaker = new JLabel();
        private final JTextArea text = new JTextArea();

        Row() {
            super(new BorderLayout(12, 0));
            setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
            JPanel left = new JPanel(new BorderLayout()) {
                @Override
                public java.awt.Dimension getPreferredSize() {
                    return new java.awt.Dimension(92, super.getPreferredSize().height);
                }
            };
            left.setOpaque(false);
            left.add(speaker, BorderLayout.NORTH);
            left.add(time, BorderLayout.CENTER);
            text.setLineWrap(true);
            text.setWrapStyleWord(true);
            text.setOpaque(false);
            text.setBorder(null);
            add(left, BorderLayout.WEST);
            add(text, BorderLayout.CENTER);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Utterance> l, Utterance u, int index,
                                                      boolean selected, boolean focus) {
            Font base = l.getFont();
            time.setFont(base.deriveFont(11.5f));
            time.setForeground(Theme.muted());
            time.setText(Fmt.clock(u.startMs()));
            speaker.setFont(base.deriveFont(Font.BOLD, 12f));
            speaker.setForeground(Theme.role(transcript.roleOf(u.speaker())));
            speaker.setText(u.speaker());
            text.setFont(base.deriveFont(13.5f));
            text.setText(u.text());
            Color fg = UIManager.getColor("List.foreground");
            Color bg = l.getBackground();
            if (index == current) {
                bg = Theme.currentLine();
                setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 3, 0, 0,
                        Theme.role(transcript.roleOf(u.speaker()))), BorderFactory.createEmptyBorder(6, 9, 6, 12)));
            } else {
                setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
            }
            if (selected) bg = Theme.blend(bg, UIManager.getColor("List.selectionBackground"), 0.25);
            setBackground(bg);
            text.setForeground(fg);
            int width = l.getWidth() > 0 ? l.getWidth() : 420;
            text.setSize(Math.max(80, width - 92 - 12 - 24 - 3), Short.MAX_VALUE);
            return this;
        }
    }
}
