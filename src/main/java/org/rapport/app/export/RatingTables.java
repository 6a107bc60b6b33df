package org.rapport.app.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Session;
import org.rapport.report.table.Column;
import org.rapport.report.table.Column.Level;
import org.rapport.report.table.DataTable;
import org.rapport.report.table.VariableNames;
import org.rapport.transcript.coding.RatingCsv;
import org.rapport.transcript.coding.RatingRow;

/**
 * The ratings of a project as tables for R and SPSS (docs/exports.md): the long CSV (rater × session × item, with
 * the item's subscale, whether it is reverse-keyed and its scored value), and one row per session × rater × segment
 * with a column per item of one codebook, a missing rating an empty cell.
 */
final class RatingTables {
    private static final Map<Double, String> YES_NO = Map.of(0.0, "no", 1.0, "yes");
    /** The suffix of the column that holds a reverse-keyed item's scored value in the wide layout. */
    static final String SCORED = "_scored";

    private RatingTables() {
    }

    /** The long CSV's columns (RatingCsv.HEADER) with their labels. */
    static DataTable longTable(List<RatingRow> rows) {
        List<Column> columns = List.of(Column.text("session", "Session"), Column.text("rater", "Rater"),
                Column.text("codebook", "Codebook"), Column.text("codebook_version", "Codebook version"),
                Column.text("item", "Scale item"), Column.text("subscale", "Subscale of the item"),
                Column.number("segment", "Segment (index from 0; empty: the whole session)", Level.SCALE, 0),
                Column.number("value", "Rating as given", Level.SCALE, decimals(rows.stream().map(RatingRow::value).toList())),
                Column.number("reverse_keyed", "Reverse-keyed item (a high value means less)", Level.NOMINAL, 0)
                        .withValueLabels(YES_NO),
                Column.number("scored", "Rating as it counts toward means and totals (reverse-keyed items mirrored)",
                        Level.SCALE, decimals(rows.stream().map(RatingRow::scored).filter(Objects::nonNull).toList())));
        if (!columns.stream().map(Column::name).toList().equals(RatingCsv.HEADER)) throw new AssertionError("header");
        return new DataTable(columns, RatingCsv.cells(rows));
    }

    /** A rating of the long CSV, with what its codebook version says of its item (nothing if it is not there). */
    static RatingRow row(Rating r, String session, String rater, Codebook version) {
        Scale scale = version == null ? null : version.scale(r.itemId()).orElse(null);
        return new RatingRow(session, rater, r.codebookId(), r.codebookVersion(), r.itemId(),
                scale == null ? null : scale.subscale(), r.segment(), r.value(),
                scale == null ? null : scale.reverseKeyed(), scale == null ? null : scale.scored(r.value()));
    }

    /**
     * One row per session, rater who rated it, and segment (the segments any rater rated in that session, then the
     * whole-session row, its segment empty); a column per item of the codebook, named after its id and labelled
     * with its text and anchors, and after each reverse-keyed item a column {@code item_scored}.
     *
     * @param ratings the codebook's ratings, by session
     */
    static DataTable wide(Codebook codebook, List<Session> sessions, Map<Long, List<Rating>> ratings,
                          Map<Long, String> raters, ExportNames names) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("session", "Session"), Column.text("rater", "Rater"),
                Column.number("segment", "Segment (index from 0; empty: the whole session)", Level.SCALE, 0)));
        VariableNames variables = new VariableNames();
        columns.forEach(c -> variables.of(c.name()));
        List<Scale> items = codebook.scales();
        List<Double> values = ratings.values().stream().flatMap(List::stream).map(Rating::value).toList();
        int decimals = decimals(values);
        for (Scale item : items) {
            String name = variables.of(item.id());
            Map<Double, String> anchors = new LinkedHashMap<>();
            item.anchors().forEach((v, l) -> anchors.put(v.doubleValue(), l));
            String label = item.id() + (item.label() == null ? "" : ": " + item.label());
            columns.add(new Column(name, label + (item.reverseKeyed() ? " (reverse-keyed)" : ""), Column.Kind.NUMBER,
                    level(item.level()), decimals, anchors));
            if (item.reverseKeyed()) {
                columns.add(Column.number(variables.of(name + SCORED), item.id() + " scored (" + (item.min() + item.max())
                        + " - value), as it counts toward means and totals", level(item.level()), decimals));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Session s : sessions) {
            List<Rating> given = ratings.getOrDefault(s.id(), List.of());
            if (given.isEmpty()) continue;
            TreeSet<Integer> segments = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
            given.forEach(r -> segments.add(r.segment()));
            for (var rater : raters.entrySet()) {
                List<Rating> byRater = given.stream().filter(r -> r.raterId() == rater.getKey()).toList();
                if (byRater.isEmpty()) continue;
                for (Integer segment : segments) {
                    List<Object> row = new ArrayList<>(List.of(names.session(s), rater.getValue(),
                            segment == null ? "" : segment));
                    for (Scale item : items) {
                        Rating r = byRater.stream().filter(k -> k.itemId().equals(item.id())
                                && Objects.equals(k.segment(), segment)).findFirst().orElse(null);
                        row.add(r == null ? "" : r.value());
                        if (item.reverseKeyed()) row.add(r == null ? "" : item.scored(r.value()));
                    }
                    rows.add(row);
                }
            }
        }
        return new DataTable(columns, rows);
    }

    private static Level level(MeasurementLevel level) {
        return switch (level) {
            case NOMINAL -> Level.NOMINAL;
            case ORDINAL -> Level.ORDINAL;
            case INTERVAL, RATIO -> Level.SCALE;
        };
    }

    /** The decimals the values need (at most 3), so 4.5 shows as 4.5 and 4 as 4. */
    private static int decimals(List<Double> values) {
        int d = 0;
        for (double v : values) {
            String text = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
            int dot = text.indexOf('.');
            if (dot >= 0) d = Math.max(d, text.length() - dot - 1);
        }
        return Math.min(d, 3);
    }
}
