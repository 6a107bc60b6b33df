package org.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of docs/architecture.md (from DESIGN.md). */
@AnalyzeClasses(packages = "org.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingElseInRapport = noClasses().that().resideInAPackage("org.rapport.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rapport.codebook..", "org.rapport.transcript..",
                    "org.rapport.store..", "org.rapport.search..", "org.rapport.agreement..", "org.rapport.report..",
                    "org.rapport.media..", "org.rapport.app..", "org.rapport.ui..", "org.rapport.cli..");

    @ArchTest
    static final ArchRule coreLayersStayOutOfUiAndCli = noClasses().that()
            .resideInAnyPackage("org.rapport.agreement..", "org.rapport.search..", "org.rapport.store..",
                    "org.rapport.transcript..", "org.rapport.codebook..", "org.rapport.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rapport.ui..", "org.rapport.cli..",
                    "javax.swing..", "java.awt..");

    @ArchTest
    static final ArchRule onlyMediaAndUiUseVlcj = noClasses().that()
            .resideOutsideOfPackages("org.rapport.media..", "org.rapport.ui..")
            .should().dependOnClassesThat().resideInAPackage("uk.co.caprica.vlcj..");

    @ArchTest
    static final ArchRule onlyCliWritesToTheConsole = noClasses().that()
            .resideOutsideOfPackages("org.rapport.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule uiAndCliReachStorageAndSearchThroughServices = noClasses().that()
            .resideInAnyPackage("org.rapport.ui..", "org.rapport.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..",
                    "org.rapport.store..", "org.h2..");

    @ArchTest
    static final ArchRule servicesKnowNoSqlAndNoEngine = noClasses().that().resideInAPackage("org.rapport.app..")
            .and().doNotHaveFullyQualifiedName("org.rapport.app.Project")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.rapport.store.jdbc..", "org.rapport.store.h2..");

    @ArchTest
    static final ArchRule theProjectChoosesTheEngineWithoutSql = noClasses().that()
            .haveFullyQualifiedName("org.rapport.app.Project")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.rapport.store.jdbc..");

    @ArchTest
    static final ArchRule storeInterfacesNameNoEngine = noClasses().that().resideInAPackage("org.rapport.store")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.rapport.store.jdbc..", "org.rapport.store.h2..");

    @ArchTest
    static final ArchRule jdbcStoreIsEngineNeutral = noClasses().that().resideInAPackage("org.rapport.store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.rapport.store.h2..");

    @ArchTest
    static final ArchRule statisticsDoNoIo = noClasses().that().resideInAPackage("org.rapport.agreement..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..")
            .allowEmptyShould(true);
}
