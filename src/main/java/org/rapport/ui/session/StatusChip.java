package org.rapport.ui.session;

import javax.swing.JLabel;

import org.rapport.model.coding.AssignmentStatus;

/** How far the rater is with this session (not started, in progress, complete), coloured, in the header. */
final class StatusChip extends JLabel {
    StatusChip(AssignmentStatus initial) {
        setName("assignment-status");
        show(initial);
    }

    void show(AssignmentStatus s) {
        setText(switch (s) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case COMPLETE -> "Complete";
        });
        putClientProperty("FlatLaf.style", "foreground: " + (s == AssignmentStatus.COMPLETE ? "#2f8a5c"
                : s == AssignmentStatus.IN_PROGRESS ? "#b07a1a" : "$Label.disabledForeground") + "; font: bold");
    }
}
