package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.app.demo.DemoProject;
import org.rapport.app.training.TrainingService;
import org.rapport.ui.training.TrainingPanel;

/**
 * The supervisor's Training tab on the demo project with its three sessions marked gold for the 3RS: the trainee's
 * gold sessions in the table, the verdict, both charts; an observer has no Training tab.
 */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class TrainingGuiTest {
    @TempDir Path dir;
    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    private Path demoWithGold() throws Exception {
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        try (Project p = Project.open(project)) {
            TrainingService t = p.training();
            for (String s : new String[] {"s01-withdrawal", "s02-confrontation", "s03-unresolved"}) {
                t.markGold(s, "3rs", "Chiara", t.acting());
            }
        }
        return project;
    }

    @Test
    void aSupervisorSeesATraineesGoldSessionsVerdictAndCharts() throws Exception {
        NativeSupport.assumeDisplay();
        Path project = demoWithGold();
        app = GuiFixture.open(project, "Dana");
        app.waitFor(() -> app.window.trainingPanel() != null, 30_000);
        TrainingPanel panel = app.onEdt(app.window::trainingPanel);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) Screenshots.find(app.window.getContentPane(), "home"))
                .setSelectedComponent(panel));
        app.waitFor(panel::ready, 30_000);
        SwingUtilities.invokeAndWait(() -> panel.choose("3rs", "Ana"));
        app.waitFor(() -> panel.goldRows() == 3 && panel.chartsShown(), 60_000);
        String verdict = app.onEdt(panel::verdict);
        assertTrue(verdict.startsWith("Ana: Certified at the 3rd gold session") || verdict.startsWith("Ana: Not certified"),
                verdict);
        Screenshots.shot(app.window, Files.createDirectories(Path.of("target", "training-shots")).resolve("training.png"));
    }

    @Test
    void anObserverHasNoTrainingTab() throws Exception {
        NativeSupport.assumeDisplay();
        app = GuiFixture.open(demoWithGold(), "Ana");
        app.waitFor(() -> app.window.project() != null, 30_000);
        Thread.sleep(500);
        assertNull(app.onEdt(app.window::trainingPanel));
        assertEquals(-1, app.onEdt(() -> ((JTabbedPane) Screenshots.find(app.window.getContentPane(), "home"))
                .indexOfTab("Training")));
    }
}
