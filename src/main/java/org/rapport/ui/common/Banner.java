package org.rapport.ui.common;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A quiet strip across the top of a view that says what is wrong and what still works. */
public final class Banner extends JPanel {
    public enum Kind { INFO, WARNING, ERROR }

    private final JLabel text = new JLabel();
    private Kind kind = Kind.INFO;

    public Banner() {
        super(new BorderLayout(8, 0));
        setVisible(false);
        add(text, BorderLayout.CENTER);
        JButton close = new JButton("\u2715");
        close.putClientProperty("JButton.buttonType", "toolBarButton");
        close.setToolTipText("Hide this message");
        close.addActionListener(e -> setVisible(false));
        add(close, BorderLayout.EAST);
        setName("banner");
    }

    public void show(Kind kind, String message) {
        this.kind = kind;
        paintFor(kind);
        text.setText("<html>" + escape(message) + "</html>");
        setVisible(true);
        revalidate();
    }

    /** A theme switch recolours the banner for the new theme (and its text with the theme's label colour). */
    @Override
    public void updateUI() {
        super.updateUI();
        if (text != null) paintFor(kind);
    }

    private void paintFor(Kind kind) {
        boolean dark = Theme.isDark();
        Color bg = switch (kind) {
            case INFO -> dark ? new Color(0x263445) : new Color(0xe8f0fa);
            case WARNING -> dark ? new Color(0x4a3c1e) : new Color(0xfdf3dc);
            case ERROR -> dark ? new Color(0x4a2626) : new Color(0xfbe5e5);
        };
        Color line = switch (kind) {
            case INFO -> new Color(0x6b9bd1);
            case WARNING -> new Color(0xd9a43a);
            case ERROR -> new Color(0xd46464);
        };
        setBackground(bg);
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 4, 0, 0, line),
                BorderFactory.createEmptyBorder(8, 12, 8, 8)));
        text.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
    }

    public String message() {
        return isVisible() ? text.getText().replaceAll("<[^>]+>", "") : "";
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
