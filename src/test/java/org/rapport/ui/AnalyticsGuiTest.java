package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.analytics.SessionAnalysis;
import org.rapport.app.Project;
import org.rapport.model.rater.RaterRole;
import org.rapport.ui.analytics.AnalyticsPanel;

/** The Analytics view of a supervisor: the same sessions as `rapport analytics`, the plots of the selected one. */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class AnalyticsGuiTest {
    @TempDir Path dir;
    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void aSupervisorSeesEachSessionsEpisodesAndThePlotsOfTheSelectedOne() throws Exception {
        NativeSupport.assumeDisplay();
        Path project = org.rapport.cli.AnalyticsProject.build(dir);
        try (Project p = Project.open(project)) {
            p.raters().create("Dana", RaterRole.SUPERVISOR);
        }
        app = GuiFixture.open(project, "Dana");
        app.waitFor(() -> app.window.analyticsPanel() != null, 30_000);
        AnalyticsPanel a = app.onEdt(app.window::analyticsPanel);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) Screenshots.find(app.window.getContentPane(), "home"))
                .setSelectedComponent(a));
        app.waitFor(a::ready, 30_000);
        SwingUtilities.invokeAndWait(() -> {
            a.choose("3rs", "C01", "Ana", null);
            a.compute();
        });
        app.waitFor(() -> !a.rows().isEmpty(), 60_000);
        assertEquals(6, app.onEdt(a::rows).size());
        SessionAnalysis third = app.onEdt(() -> a.rows().get(2));
        assertEquals("C01-s3", third.session().name());
        assertEquals(3, third.episodes().size());
        assertEquals("6 session(s), 0 skipped, 6 rupture\u2013repair sequence(s)", app.onEdt(a::status));
        SwingUtilities.invokeAndWait(() -> a.selectSession("C01-s3"));
        for (int i = 0; i < 4; i++) {
            int tab = i;
            ChartPanel chart = app.onEdt(() -> (ChartPanel) a.plots().getComponentAt(tab));
            assertNotNull(app.onEdt(chart::getChart), a.plots().getTitleAt(tab));
        }
        assertEquals("C01-s3 \u2013 ruptures and repairs by segment",
                app.onEdt(() -> ((ChartPanel) a.plots().getComponentAt(0)).getChart().getTitle().getText()));
        // an observer gets no Analytics tab
        assertNull(observerPanel(project));
    }

    private AnalyticsPanel observerPanel(Path project) throws Exception {
        app.close();
        app = GuiFixture.open(project, "Ana");
        app.waitFor(() -> app.window.project() != null, 30_000);
        return app.onEdt(app.window::analyticsPanel);
    }
}
