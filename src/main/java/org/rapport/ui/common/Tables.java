package org.rapport.ui.common;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.IntConsumer;
import javax.swing.JTable;

/** What every list-like table in the workspace shares: a clean look and "double-click a row to open it". */
public final class Tables {
    private Tables() {
    }

    public static void plain(JTable table) {
        table.setShowVerticalLines(false);
        table.setFillsViewportHeight(true);
    }

    /** Restyles a rendered cell (colour, font) after the common padding is applied. */
    public interface CellStyle {
        void apply(javax.swing.JLabel cell, JTable table, boolean selected, int row, int column);
    }

    /** Cells with air on both sides, no focus box, and an optional per-cell style. */
    public static void padded(JTable table, int pad, CellStyle style) {
        table.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus,
                                                                    int r, int c) {
                super.getTableCellRendererComponent(t, v, sel, false, r, c);
                setBorder(javax.swing.BorderFactory.createEmptyBorder(0, pad, 0, pad));
                if (style != null) style.apply(this, t, sel, r, c);
                return this;
            }
        });
    }

    /**
     * A column of times as wide as its longest value ({@code sample}, e.g. "0:00:00.0" for an h:mm:ss.t clock) with
     * the cell padding, so a time past an hour is never cut to "1:2…".
     */
    public static void timeColumn(JTable table, int column, String sample, int pad) {
        java.awt.FontMetrics fm = table.getFontMetrics(table.getFont());
        String header = String.valueOf(table.getColumnName(column));
        int w = Math.max(fm.stringWidth(sample), fm.stringWidth(header)) + 2 * pad + 14;
        javax.swing.table.TableColumn col = table.getColumnModel().getColumn(column);
        col.setMinWidth(w);
        col.setPreferredWidth(w);
        col.setMaxWidth(w + 30);
    }

    /** The columns' preferred widths, from the first column on (a table wider than its viewport shares the rest). */
    public static void columnWidths(JTable table, int... widths) {
        for (int i = 0; i < widths.length; i++) table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }

    public static void onDoubleClick(JTable table, IntConsumer row) {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int r = table.getSelectedRow();
                if (e.getClickCount() == 2 && r >= 0) row.accept(r);
            }
        });
    }
}
