package org.rapport.ui.shell;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

import org.rapport.app.Project;
import org.rapport.app.rater.RaterService;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * "Who is coding?": choose a rater of the project or add one. Observers code blind. A protected role (supervisor
 * or master on a file project) is chosen only with its password, and a new one is added only with one.
 */
final class RaterDialog {
    private RaterDialog() {
    }

    /**
     * Asks who is coding among {@code all} (read off the event thread before) and returns the project with them
     * acting ({@link Project#actingAs}), so every service then works as that rater; a rater added here is written on
     * the task runner's writer and chosen once it is stored.
     */
    static Optional<Project> choose(JFrame owner, List<Rater> listed, Set<Long> protectedIds, String preselect,
                                    Project project, Tasks tasks) {
        RaterService raters = project.raters();
        // a consensus rater holds settled codings; nobody codes as it
        List<Rater> all = listed.stream().filter(r -> r.role().isPerson()).toList();
        JDialog d = new JDialog(owner, "Who is coding?", true);
        d.setName("rater-dialog");
        Project[] chosen = new Project[1];
        JList<Rater> list = new JList<>(all.toArray(new Rater[0]));
        list.setName("raters");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer((l, r, i, sel, f) -> {
            // the role in a muted grey, but readable on the selection's blue
            JLabel lab = new JLabel("<html><b>" + Banner.escape(r.name()) + "</b> &nbsp;<span style='color:"
                    + (sel ? "#dde6f2" : "#888") + "'>"
                    + r.role().key() + (protectedIds.contains(r.id()) ? " \u00b7 password" : "") + "</span></html>");
            lab.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            lab.setOpaque(true);
            lab.setBackground(sel ? l.getSelectionBackground() : l.getBackground());
            lab.setForeground(sel ? l.getSelectionForeground() : l.getForeground());
            return lab;
        });
        for (int i = 0; i < all.size(); i++) if (all.get(i).name().equals(preselect)) list.setSelectedIndex(i);
        if (list.getSelectedIndex() < 0 && !all.isEmpty()) list.setSelectedIndex(0);

        JTextField name = new JTextField(12);
        name.setName("new-rater-name");
        name.putClientProperty("JTextField.placeholderText", "New rater's name");
        JComboBox<RaterRole> role = new JComboBox<>(RaterRole.PEOPLE.toArray(new RaterRole[0]));
        role.setName("new-rater-role");
        role.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v == null ? "" : ((RaterRole) v).key(), i, s, f);
            }
        });
        JPasswordField password = new JPasswordField(10);
        password.setName("new-rater-password");
        password.putClientProperty("JTextField.placeholderText", "Password");
        password.setVisible(false);
        role.addActionListener(e -> {
            password.setVisible(((RaterRole) role.getSelectedItem()).canSeeOthers());
            password.getParent().revalidate();
        });
        JButton add = new JButton("Add");
        add.setName("add-rater");
        JLabel error = new JLabel(" ");
        error.setName("rater-error");
        error.setForeground(new java.awt.Color(0xc0504d));
        add.addActionListener(e -> {
            String typed = name.getText();
            RaterRole chosenRole = (RaterRole) role.getSelectedItem();
            char[] secret = password.getPassword();
            if (chosenRole.canSeeOthers() && secret.length == 0) {
                error.setText("A " + chosenRole.key() + " needs a password, so nobody else can act as them.");
                return;
            }
            add.setEnabled(false);
            tasks.write(() -> {
                Rater r = chosenRole.canSeeOthers() ? raters.add(typed, chosenRole, null, secret)
                        : raters.create(typed, chosenRole);
                return project.actingAs(r, secret).orElseThrow(); // the password just set: it is right
            }, acting -> {
                chosen[0] = acting;
                d.dispose();
            }, ex -> {
                add.setEnabled(true);
                error.setText(ex instanceof BadInputException ? ex.getMessage()
                        : "The rater could not be added: " + ex.getMessage());
            });
        });
        JButton ok = new JButton("Start coding");
        ok.setName("choose-rater");
        d.getRootPane().setDefaultButton(ok);
        ok.addActionListener(e -> {
            Rater picked = list.getSelectedValue();
            if (picked == null) return;
            boolean isProtected = protectedIds.contains(picked.id());
            char[] typed = isProtected ? SecretPrompt.ask(d, "Password", picked.name() + " is a protected "
                    + picked.role().key() + ". Their password:") : null;
            if (isProtected && typed == null) return;
            ok.setEnabled(false);
            if (isProtected) error.setText("Checking the password\u2026");
            // the hash is slow on purpose, and the store is read: off the event thread
            tasks.background(progress -> project.actingAs(picked, typed), acting -> {
                ok.setEnabled(true);
                if (acting.isPresent()) {
                    chosen[0] = acting.get();
                    d.dispose();
                } else {
                    error.setText("Wrong password for " + picked.name() + ".");
                }
            }, ex -> {
                ok.setEnabled(true);
                error.setText(ex instanceof BadInputException ? ex.getMessage()
                        : "The password could not be checked: " + ex.getMessage());
            });
        });
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2) ok.doClick();
            }
        });

        JPanel top = new JPanel(new GridLayout(0, 1));
        JLabel title = new JLabel("Who is coding?");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JLabel note = new JLabel("<html>Observers see only their own codings and ratings (blind coding).<br>"
                + "Supervisors and master coders may show the others' codings, read-only; their roles need a"
                + " password.</html>");
        note.setForeground(Theme.muted());
        top.add(title);
        top.add(note);
        JPanel addRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        addRow.add(name);
        addRow.add(role);
        addRow.add(password);
        addRow.add(add);
        JPanel south = new JPanel(new BorderLayout(0, 6));
        south.add(addRow, BorderLayout.NORTH);
        south.add(error, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        buttons.add(ok);
        south.add(buttons, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(18, 20, 16, 20));
        content.add(top, BorderLayout.NORTH);
        content.add(new JScrollPane(list), BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        d.setContentPane(content);
        d.setSize(580, 460);
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
        return Optional.ofNullable(chosen[0]);
    }
}
