package org.rapport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of docs/architecture.md, kept true:
 * <pre>
 *   model ← codebook, transcript, store, search, agreement, analytics, media ← report ← app ← ui, cli ← org.rapport (Main)
 * </pre>
 * A layer may use the layers below it (every layer may use model); the layers of one row do not use each other, and
 * model uses none. Exceptions are named in the rule that needs them, with the reason.
 */
@AnalyzeClasses(packages = "org.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule layersUseOnlyTheLayersBelowThem = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Main").definedBy("org.rapport")
            .layer("Cli").definedBy("org.rapport.cli..")
            .layer("Ui").definedBy("org.rapport.ui..")
            .layer("App").definedBy("org.rapport.app..")
            .layer("Report").definedBy("org.rapport.report..")
            .layer("Codebook").definedBy("org.rapport.codebook..")
            .layer("Transcript").definedBy("org.rapport.transcript..")
            .layer("Store").definedBy("org.rapport.store..")
            .layer("Search").definedBy("org.rapport.search..")
            .layer("Agreement").definedBy("org.rapport.agreement..")
            .layer("Analytics").definedBy("org.rapport.analytics..")
            .layer("Media").definedBy("org.rapport.media..")
            .layer("Model").definedBy("org.rapport.model..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Codebook").mayOnlyBeAccessedByLayers("Report", "App", "Ui", "Cli")
            .whereLayer("Transcript").mayOnlyBeAccessedByLayers("Report", "App", "Ui", "Cli")
            .whereLayer("Search").mayOnlyBeAccessedByLayers("Report", "App", "Ui", "Cli")
            .whereLayer("Agreement").mayOnlyBeAccessedByLayers("Report", "App", "Ui", "Cli")
            .whereLayer("Analytics").mayOnlyBeAccessedByLayers("Report", "App", "Ui", "Cli")
            .whereLayer("Media").mayOnlyBeAccessedByLayers("Report", "App", "Ui", "Cli")
            .ignoreDependency(resideInAPackage("org.rapport.cli.."), equivalentTo(Version.class))
            .because("the layers of docs/architecture.md point one way, towards model; ui and cli reach the store only"
                    + " through app services. One exception: `rapport --version` (cli) prints the Version Maven stamps"
                    + " beside Main.");

    @ArchTest
    static final ArchRule layersHaveNoCycles = slices().matching("org.rapport.(*)..").should().beFreeOfCycles()
            .because("layers point one way");

    /** Slices per feature package of a layer: app.coding, app.search, ui.session, store.jdbc ... */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.rapport.(*).(*)..").namingSlices("$1.$2")
            .should().beFreeOfCycles()
            .because("a feature package can be read, tested and changed without the features that use it");

    @ArchTest
    static final ArchRule onlyUiUsesSwingAndAwt = noClasses().that().resideOutsideOfPackages("org.rapport.ui..")
            .and().resideOutsideOfPackage("org.rapport.report.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("Swing and AWT live in ui alone, so everything else runs headless and off the EDT."
                    + " report.chart draws with headless AWT (JFreeChart is AWT-based) but never Swing");

    @ArchTest
    static final ArchRule chartsDrawWithoutSwing = noClasses().that().resideInAPackage("org.rapport.report.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.ChartPanel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.ChartFrame")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.ui.ApplicationFrame")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.ui.UIUtils")
            .because("charts render headless for reports (JFreeChart's layout enums such as TextAnchor are fine);"
                    + " the app wraps them in a ChartPanel in ui");

    @ArchTest
    static final ArchRule onlyMediaAndUiUseVlcj = noClasses().that()
            .resideOutsideOfPackages("org.rapport.media..", "org.rapport.ui..")
            .should().dependOnClassesThat().resideInAPackage("uk.co.caprica.vlcj..")
            .because("playback is reached through media's Player, which works without libVLC too");

    @ArchTest
    static final ArchRule onlyCliWritesToTheConsole = noClasses().that().resideOutsideOfPackages("org.rapport.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the command line owns stdout and stderr; everything else logs through SLF4J or returns values");

    @ArchTest
    static final ArchRule uiAndCliReachStorageAndSearchThroughServices = noClasses().that()
            .resideInAnyPackage("org.rapport.ui..", "org.rapport.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..",
                    "org.rapport.store..", "org.h2..", "org.flywaydb..")
            .because("ui and cli are thin: app services own the store and the index");

    @ArchTest
    static final ArchRule servicesKnowNoSqlAndNoEngine = noClasses().that().resideInAPackage("org.rapport.app..")
            .and().doNotHaveFullyQualifiedName("org.rapport.app.Project")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.rapport.store.jdbc..", "org.rapport.store.h2..")
            .because("services reach the store through its interfaces, whatever engine keeps the project"
                    + " (docs/decisions/0005-store-seam.md)");

    @ArchTest
    static final ArchRule theProjectChoosesTheEngineWithoutSql = noClasses().that()
            .haveFullyQualifiedName("org.rapport.app.Project")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.rapport.store.jdbc..")
            .because("Project is where the engine's store is opened, and no more");

    @ArchTest
    static final ArchRule storeInterfacesNameNoEngine = noClasses().that().resideInAPackage("org.rapport.store")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.rapport.store.jdbc..", "org.rapport.store.h2..")
            .because("the store's interfaces speak in records and unchecked exceptions, not JDBC");

    @ArchTest
    static final ArchRule jdbcStoreIsEngineNeutral = noClasses().that().resideInAPackage("org.rapport.store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.rapport.store.h2..")
            .because("store.jdbc is the SQL every engine runs; what is H2's lives in store.h2");

    @ArchTest
    static final ArchRule statisticsDoNoIo = noClasses().that().resideInAnyPackage("org.rapport.agreement..",
                    "org.rapport.analytics..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..",
                    "java.net..")
            .because("a statistic or an analysis is a pure function: data in, result out (reading the data is app's job)");
}
