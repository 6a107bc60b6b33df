package org.rapport.ui.session;

import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

import org.rapport.model.coding.Marks;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Buttons;
import org.rapport.ui.common.Theme;

/** Under the video: play/pause, skip back and forward, the time, the I…O marks, speed and volume. */
final class TransportBar extends JPanel implements Playback.Listener {
    private final Playback playback;
    private final JButton playButton = new JButton();
    private final JLabel timeLabel = new JLabel();
    private final JLabel speedLabel = new JLabel("1.0\u00d7");
    private final JLabel marksLabel = new JLabel(" ");

    TransportBar(Playback playback) {
        this.playback = playback;
        setLayout(new BoxLayout(this, BoxLayout.X_AXIS));
        setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        playButton.setName("play");
        playButton.setFocusable(false);
        playButton.setToolTipText("Play / pause (Space)");
        playButton.putClientProperty("JButton.buttonType", "roundRect");
        playButton.addActionListener(e -> playback.togglePlay());
        timeLabel.setName("time");
        timeLabel.setFont(timeLabel.getFont().deriveFont(Font.PLAIN, 14f));
        speedLabel.setName("speed");
        JSlider volume = new JSlider(0, 100, 100);
        volume.setMaximumSize(new Dimension(110, 30));
        volume.setFocusable(false);
        volume.setToolTipText("Volume");
        volume.addChangeListener(e -> playback.setVolume(volume.getValue()));
        Theme.mute(marksLabel);
        add(playButton);
        add(Box.createHorizontalStrut(6));
        add(Buttons.toolBar("\u21ba 5s", "Back 5 seconds (\u2190)", () -> playback.skip(-Playback.SKIP_MS)));
        add(Buttons.toolBar("5s \u21bb", "Forward 5 seconds (\u2192)", () -> playback.skip(Playback.SKIP_MS)));
        add(Box.createHorizontalStrut(12));
        add(timeLabel);
        add(Box.createHorizontalStrut(12));
        add(marksLabel);
        add(Box.createHorizontalGlue());
        add(Buttons.toolBar("\u2212", "Slower ([)", () -> playback.changeRate(-0.25f)));
        add(speedLabel);
        add(Buttons.toolBar("+", "Faster (])", () -> playback.changeRate(0.25f)));
        add(Box.createHorizontalStrut(12));
        add(new JLabel("Vol"));
        add(Box.createHorizontalStrut(4));
        add(volume);
    }

    @Override
    public void moved(long ms, boolean playing, boolean jumped) {
        playButton.setText(playing ? "\u275a\u275a" : "\u25b6");
        timeLabel.setText(TimeCodes.clockTenths(ms) + "  /  " + TimeCodes.clock(playback.length()));
    }

    @Override
    public void rateChanged(float rate) {
        speedLabel.setText(String.format("%.2f\u00d7", rate).replace(".00", ".0"));
    }

    void showMarks(Marks marks) {
        marksLabel.setText(!marks.isSet() ? " " : "In " + TimeCodes.clockTenths(marks.inMs()) + (marks.outMs() == null
                ? "" : "  Out " + TimeCodes.clockTenths(marks.outMs())) + "  \u2014 press a code key");
    }
}
