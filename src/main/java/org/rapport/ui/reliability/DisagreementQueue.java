package org.rapport.ui.reliability;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

import org.rapport.agreement.project.Disagreement;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.app.Project;
import org.rapport.app.reliability.ProjectDisagreementList;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * The disagreements behind the reliability table, filterable by code or item, session and rater pair: session, time,
 * each rater's value and the transcript line. Opening one shows the session at that moment with every rater's lane,
 * the stretch looping; "Settle in consensus" decides it into the session's consensus ({@link ConsensusDialog}).
 */
public final class DisagreementQueue extends JPanel {
    /** Where the queue sends the supervisor. */
    public interface Navigator {
        /** Opens the session with every rater's lane at the stretch, looping it. */
        void openAt(long sessionId, long startMs, long endMs);
    }

    static final String ALL = "all";
    private final Project project;
    private final Rater supervisor;
    private final Tasks tasks;
    private final Navigator navigator;
    private final JComboBox<String> code = new JComboBox<>();
    private final JComboBox<String> session = new JComboBox<>();
    private final JComboBox<String> pair = new JComboBox<>();
    private final QueueModel model = new QueueModel();
    private final JTable table = new JTable(model);
    private final JLabel count = new JLabel(" ");
    private final JButton open = new JButton("Open at the moment");
    private final JButton settle = new JButton("Settle in consensus\u2026");
    private ProjectAgreementRequest request;
    private List<ProjectDisagreementList.Row> all = List.of();
    private boolean filling;

    DisagreementQueue(Project project, Rater supervisor, Tasks tasks, Navigator navigator) {
        super(new BorderLayout());
        this.project = project;
        this.supervisor = supervisor;
        this.tasks = tasks;
        this.navigator = navigator;
        setName("disagreements");
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
        JLabel title = new JLabel("Disagreements");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        bar.add(title);
        code.setName("filter-code");
        session.setName("filter-session");
        pair.setName("filter-pair");
        bar.add(new JLabel("Code / item"));
        bar.add(code);
        bar.add(new JLabel("Session"));
        bar.add(session);
        bar.add(new JLabel("Raters"));
        bar.add(pair);
        open.setName("open-disagreement");
        settle.setName("settle-disagreement");
        bar.add(open);
        bar.add(settle);
        Theme.mute(count);
        bar.add(count);
        add(bar, BorderLayout.NORTH);
        for (JComboBox<String> f : List.of(code, session, pair)) f.addActionListener(e -> {
            if (!filling) filter();
        });
        Tables.plain(table);
        table.setName("disagreement-table");
        table.setRowHeight(22);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        Tables.padded(table, 6, null);
        Tables.onDoubleClick(table, r -> openSelected());
        table.getSelectionModel().addListSelectionListener(e -> enableActions());
        add(new JScrollPane(table), BorderLayout.CENTER);
        open.addActionListener(e -> openSelected());
        settle.addActionListener(e -> settleSelected());
        enableActions();
    }

    void show(ProjectAgreementRequest req, ProjectDisagreementList.Result result) {
        request = req;
        all = result.rows();
        model.raters = result.raters();
        filling = true;
        fill(code, all.stream().map(r -> r.disagreement().target()).toList());
        fill(session, all.stream().map(r -> r.disagreement().session()).toList());
        pair.removeAllItems();
        pair.addItem(ALL);
        List<String> raters = result.raters();
        for (int i = 0; i < raters.size(); i++) {
            for (int j = i + 1; j < raters.size(); j++) pair.addItem(raters.get(i) + " \u2013 " + raters.get(j));
        }
        filling = false;
        model.fireTableStructureChanged();
        // the columns are made anew: the time column again as wide as a stretch past an hour
        Tables.timeColumn(table, 1, "0:00:00.0\u20130:00:00.0", 6);
        filter();
    }

    private static void fill(JComboBox<String> box, List<String> values) {
        box.removeAllItems();
        box.addItem(ALL);
        new TreeSet<>(values).forEach(box::addItem);
    }

    /** Chooses filter values (null or "all" for any) and applies them; for tests and for links into the queue. */
    public void filter(String codeOrItem, String sessionName, String raterA, String raterB) {
        filling = true;
        code.setSelectedItem(codeOrItem == null ? ALL : codeOrItem);
        session.setSelectedItem(sessionName == null ? ALL : sessionName);
        pair.setSelectedItem(raterA == null ? ALL : raterA + " \u2013 " + raterB);
        filling = false;
        filter();
    }

    private void filter() {
        String c = (String) code.getSelectedItem();
        String s = (String) session.getSelectedItem();
        String p = (String) pair.getSelectedItem();
        String[] ab = p == null || p.equals(ALL) ? null : p.split(" \u2013 ");
        List<ProjectDisagreementList.Row> shown = new ArrayList<>();
        for (ProjectDisagreementList.Row r : all) {
            Disagreement d = r.disagreement();
            if (c != null && !c.equals(ALL) && !c.equals(d.target())) continue;
            if (s != null && !s.equals(ALL) && !s.equals(d.session())) continue;
            if (ab != null && !d.between(ab[0], ab[1])) continue;
            shown.add(r);
        }
        model.rows = shown;
        model.fireTableDataChanged();
        count.setText(shown.size() + " of " + all.size());
        if (!shown.isEmpty()) table.setRowSelectionInterval(0, 0);
        enableActions();
    }

    private void enableActions() {
        Disagreement d = selected();
        open.setEnabled(d != null);
        settle.setEnabled(d != null && d.code() != null && request != null);
    }

    public Disagreement selected() {
        int r = table.getSelectedRow();
        return r < 0 ? null : model.rows.get(table.convertRowIndexToModel(r)).disagreement();
    }

    public List<Disagreement> shown() {
        return model.rows.stream().map(ProjectDisagreementList.Row::disagreement).toList();
    }

    public void select(int row) {
        table.setRowSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, 0, true));
    }

    public void openSelected() {
        Disagreement d = selected();
        if (d != null) navigator.openAt(d.sessionId(), d.startMs(), d.endMs());
    }

    /** Settles the chosen disagreement into the session's consensus (started from the pair or all raters if need be). */
    public void settleSelected() {
        Disagreement d = selected();
        if (d == null || d.code() == null) return;
        List<String> sources = sourcesOf(d);
        ConsensusDialog.settle(this, project, supervisor, tasks, request, d, sources,
                () -> navigator.openAt(d.sessionId(), d.startMs(), d.endMs()));
    }

    /** The pair chosen in the filter, else every rater of the table. */
    private List<String> sourcesOf(Disagreement d) {
        String p = (String) pair.getSelectedItem();
        if (p != null && !p.equals(ALL)) return List.of(p.split(" \u2013 "));
        return List.copyOf(d.values().keySet());
    }

    /** Session, time, code or item, one column per rater, the transcript line. */
    private static final class QueueModel extends AbstractTableModel {
        List<ProjectDisagreementList.Row> rows = List.of();
        List<String> raters = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 4 + raters.size();
        }

        @Override
        public String getColumnName(int c) {
            if (c < 3) return List.of("Session", "Time", "Code / item").get(c);
            if (c < 3 + raters.size()) return raters.get(c - 3);
            return "Transcript line";
        }

        @Override
        public Object getValueAt(int i, int c) {
            ProjectDisagreementList.Row r = rows.get(i);
            Disagreement d = r.disagreement();
            if (c == 0) return d.session();
            if (c == 1) return TimeCodes.clockTenths(d.startMs()) + "\u2013" + TimeCodes.clockTenths(d.endMs());
            if (c == 2) return d.target();
            if (c < 3 + raters.size()) {
                String rater = raters.get(c - 3);
                if (!d.values().containsKey(rater)) return "";
                return Objects.requireNonNullElse(d.values().get(rater), "\u2013");
            }
            Utterance u = r.line();
            return u == null ? "" : u.speaker() + ": " + u.text();
        }
    }
}
