package org.rapport.ui.reliability;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.rapport.agreement.project.Disagreement;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.app.Project;
import org.rapport.app.consensus.ConsensusService;
import org.rapport.app.consensus.Decider;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.rater.Rater;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * Decides one disagreement into the session's consensus: the consensus item where it lies (the consensus is started
 * from the raters first when the session has none), each source's codes there, and take one of them, neither, or a
 * new coding, with the reason. The decision is written on the task runner's writer, then {@code after} runs.
 */
final class ConsensusDialog {
    private ConsensusDialog() {
    }

    /** What the dialog needs, read off the event thread. */
    private record Found(Optional<ConsensusService.ItemView> item, Codebook codebook) {
    }

    static void settle(Component parent, Project project, Rater supervisor, Tasks tasks, ProjectAgreementRequest request,
                       Disagreement d, List<String> sources, Runnable after) {
        Decider by;
        try {
            by = Decider.of(supervisor);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Consensus", JOptionPane.WARNING_MESSAGE);
            return;
        }
        tasks.write(() -> new Found(project.consensus().itemFor(d.session(), request.codebookId(), d.code(), d.startMs(),
                d.endMs(), sources, request.method(), by), project.codebooks().current(request.codebookId())), found -> {
                    if (found.item().isEmpty()) {
                        JOptionPane.showMessageDialog(parent, "The consensus of " + d.session() + " has no item at "
                                + TimeCodes.clockTenths(d.startMs()) + " for " + d.code() + ": it was started from other"
                                + " raters, or they agree there.", "Consensus", JOptionPane.INFORMATION_MESSAGE);
                        return;
                    }
                    show(parent, project, tasks, by, found.item().get(), found.codebook(), after);
                }, e -> JOptionPane.showMessageDialog(parent, e.getMessage(), "Consensus", JOptionPane.WARNING_MESSAGE));
    }

    private static void show(Component parent, Project project, Tasks tasks, Decider by, ConsensusService.ItemView v,
                             Codebook codebook, Runnable after) {
        JDialog d = new JDialog(SwingUtilities.getWindowAncestor(parent), "Settle in consensus",
                java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        d.setName("consensus-dialog");
        JPanel body = new JPanel(new BorderLayout(0, 10));
        body.setBorder(BorderFactory.createEmptyBorder(14, 16, 12, 16));
        String where = v.session() + ", " + TimeCodes.clockTenths(v.item().startMs()) + "\u2013"
                + TimeCodes.clockTenths(v.item().endMs()) + (v.item().firstUtterance() == null ? ""
                : ", utterance " + (v.item().firstUtterance() + 1) + (v.item().lastUtterance().equals(v.item().firstUtterance())
                ? "" : "\u2013" + (v.item().lastUtterance() + 1)));
        JLabel head = new JLabel("<html><b>" + Banner.escape(groupTitle(codebook, v.item().group())) + "</b> \u00b7 "
                + Banner.escape(where) + (v.item().isOpen() ? "" : "<br><i>decided already: deciding again replaces it</i>")
                + "</html>");
        body.add(head, BorderLayout.NORTH);
        JPanel values = new JPanel(new GridLayout(0, 1, 0, 4));
        JTextField reason = new JTextField(36);
        reason.setName("consensus-reason");
        reason.putClientProperty("JTextField.placeholderText", "Why (kept with the decision)");
        JLabel problem = new JLabel(" ");
        problem.setForeground(new java.awt.Color(0xc0392b));
        Runnable[] decideHolder = new Runnable[1];
        for (Map.Entry<String, List<String>> e : v.values().entrySet()) {
            JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
            JButton take = new JButton("Take " + e.getKey());
            take.setName("take-" + e.getKey());
            take.addActionListener(a -> decide(d, project, tasks, by, v, ConsensusService.Ask.take(e.getKey()), reason,
                    problem, after));
            row.add(take);
            JLabel codes = new JLabel(e.getValue().isEmpty() ? "no code" : String.join(", ", e.getValue().stream()
                    .map(c -> label(codebook, c)).toList()));
            row.add(codes);
            values.add(row);
        }
        JPanel other = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JButton none = new JButton("Neither");
        none.setName("take-none");
        none.addActionListener(a -> decide(d, project, tasks, by, v, ConsensusService.Ask.none(), reason, problem, after));
        other.add(none);
        JComboBox<String> newCode = new JComboBox<>(codesOf(codebook, v.item().group()).toArray(new String[0]));
        newCode.setName("consensus-new-code");
        JButton code = new JButton("New coding:");
        code.setName("take-new");
        code.addActionListener(a -> decide(d, project, tasks, by, v,
                ConsensusService.Ask.newCoding(List.of((String) newCode.getSelectedItem()), null, null), reason, problem, after));
        other.add(code);
        other.add(newCode);
        values.add(other);
        body.add(values, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout(0, 4));
        south.add(reason, BorderLayout.NORTH);
        JLabel who = new JLabel("Decided by " + by.name() + "; the decision and its reason are audited.");
        who.setForeground(Theme.muted());
        south.add(who, BorderLayout.CENTER);
        south.add(problem, BorderLayout.SOUTH);
        body.add(south, BorderLayout.SOUTH);
        d.setContentPane(body);
        d.pack();
        d.setLocationRelativeTo(parent);
        d.setVisible(true);
    }

    private static void decide(JDialog d, Project project, Tasks tasks, Decider by, ConsensusService.ItemView v,
                               ConsensusService.Ask ask, JTextField reason, JLabel problem, Runnable after) {
        String why = reason.getText();
        if (why.isBlank()) {
            problem.setText("Give the reason for the decision.");
            reason.requestFocusInWindow();
            return;
        }
        tasks.write(() -> project.consensus().resolve(v.item().id(), ask, why, by), done -> {
            d.dispose();
            after.run();
        }, e -> problem.setText(e.getMessage()));
    }

    private static String groupTitle(Codebook codebook, String group) {
        return codebook.group(group).map(g -> g.label()).orElseGet(() -> label(codebook, group));
    }

    private static String label(Codebook codebook, String code) {
        return codebook.code(code).map(Code::label).orElse(code);
    }

    private static List<String> codesOf(Codebook codebook, String group) {
        if (codebook.group(group).isPresent()) return codebook.codesInGroup(group).stream().map(Code::id).toList();
        return List.of(group);
    }
}
