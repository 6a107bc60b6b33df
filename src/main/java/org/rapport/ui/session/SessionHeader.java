package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.session.Session;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Buttons;
import org.rapport.ui.common.Theme;

/**
 * The session view's header: back to the sessions, the session's name and facts, the rater's status, the
 * supervisor's "show other raters" and "Mark complete".
 */
final class SessionHeader extends JPanel {
    SessionHeader(SessionWorkspace ws, StatusChip status, Runnable back, Runnable toggleOthers, Runnable markComplete) {
        super(new BorderLayout(12, 0));
        setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 14));
        JButton backButton = new JButton("\u2190 Sessions");
        backButton.setName("back");
        backButton.putClientProperty("JButton.buttonType", "toolBarButton");
        Buttons.keyboardReachable(backButton, KeyEvent.VK_S);
        backButton.setToolTipText("Back to the session list (Alt+S)");
        backButton.addActionListener(e -> back.run());
        JPanel titles = new JPanel();
        titles.setLayout(new BoxLayout(titles, BoxLayout.Y_AXIS));
        JLabel title = new JLabel(ws.session().name());
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JLabel sub = new JLabel(String.join("  \u00b7  ", facts(ws)));
        Theme.mute(sub);
        titles.add(title);
        titles.add(sub);
        JPanel west = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        west.add(backButton);
        west.add(titles);
        add(west, BorderLayout.WEST);

        JPanel east = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 4));
        east.add(status);
        if (ws.viewer().role().canSeeOthers()) {
            JButton others = new JButton(ws.includesOthers() ? "Hide other raters" : "Show other raters");
            others.setName("toggle-others");
            others.setToolTipText("Supervisors may see the other raters' codings, read-only (Alt+R)");
            Buttons.keyboardReachable(others, KeyEvent.VK_R);
            others.addActionListener(e -> toggleOthers.run());
            east.add(others);
        }
        JButton complete = new JButton("Mark complete");
        complete.setName("mark-complete");
        Buttons.keyboardReachable(complete, KeyEvent.VK_M);
        complete.setToolTipText("Mark this session complete (Alt+M)");
        complete.putClientProperty("JButton.buttonType", "roundRect");
        complete.addActionListener(e -> markComplete.run());
        east.add(complete);
        add(east, BorderLayout.EAST);
    }

    private static List<String> facts(SessionWorkspace ws) {
        Session session = ws.session();
        List<String> facts = new ArrayList<>();
        if (session.clientId() != null) facts.add("Client " + session.clientId());
        if (session.therapist() != null) facts.add("Therapist " + session.therapist());
        if (session.number() != null) facts.add("Session " + session.number());
        if (session.date() != null) facts.add(session.date().toString());
        facts.add(TimeCodes.clock(ws.durationMs()));
        facts.add(ws.transcript().utterances().size() + " utterances");
        return facts;
    }
}
