package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;
import org.rapport.ui.common.Tables;

/**
 * Every rater's ratings of the session side by side (a supervisor showing others' work): one row per item and
 * segment, one column per rater; a row whose raters differ is marked.
 */
final class RatersRatingsPanel extends JPanel {
    private record Row(String codebook, String item, String label, Integer segment, Map<Long, Double> values) {
        boolean differ() {
            return values.values().stream().filter(Objects::nonNull).distinct().count() > 1;
        }
    }

    RatersRatingsPanel(List<Codebook> codebooks, List<Rating> ratings, Map<Long, String> raterNames) {
        super(new BorderLayout());
        setName("raters-ratings");
        List<Long> raters = new ArrayList<>();
        for (Long id : raterNames.keySet()) if (ratings.stream().anyMatch(r -> r.raterId() == id)) raters.add(id);
        raters.sort(java.util.Comparator.comparing(raterNames::get));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Codebook cb : codebooks) {
            for (Scale s : cb.scales()) {
                for (Rating r : ratings) {
                    if (!r.codebookId().equals(cb.id()) || !r.itemId().equals(s.id())) continue;
                    String key = cb.id() + "/" + s.id() + "/" + r.segment();
                    rows.computeIfAbsent(key, k -> new Row(cb.id(), s.id(), s.label(), r.segment(), new LinkedHashMap<>()))
                            .values().put(r.raterId(), r.value());
                }
            }
        }
        List<Row> list = new ArrayList<>(rows.values());
        list.sort(java.util.Comparator.comparing((Row r) -> r.segment() == null ? Integer.MAX_VALUE : r.segment())
                .thenComparing(Row::codebook));
        JTable table = new JTable(new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return list.size();
            }

            @Override
            public int getColumnCount() {
                return 3 + raters.size();
            }

            @Override
            public String getColumnName(int c) {
                if (c == 0) return "Segment";
                if (c == 1) return "Item";
                if (c == 2) return "";
                return raterNames.get(raters.get(c - 3));
            }

            @Override
            public Object getValueAt(int i, int c) {
                Row r = list.get(i);
                if (c == 0) return r.segment() == null ? "session" : Integer.toString(r.segment() + 1);
                if (c == 1) return r.label();
                if (c == 2) return r.differ() ? "\u2260" : "";
                Double v = r.values().get(raters.get(c - 3));
                return v == null ? "" : v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString();
            }
        });
        table.setName("raters-ratings-table");
        Tables.plain(table);
        Tables.padded(table, 6, null);
        table.getColumnModel().getColumn(0).setPreferredWidth(60);
        table.getColumnModel().getColumn(1).setPreferredWidth(240);
        table.getColumnModel().getColumn(2).setMinWidth(28);
        table.getColumnModel().getColumn(2).setMaxWidth(28);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }
}
