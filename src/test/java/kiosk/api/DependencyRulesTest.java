package kiosk.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package arrows of the API and search features, pinned. */
class DependencyRulesTest {

    private static final JavaClasses KIOSK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kiosk");

    @Test
    void api_neverImports_theSite() {
        noClasses().that().resideInAPackage("kiosk.api..")
                .should().dependOnClassesThat().resideInAPackage("kiosk.site..")
                .check(KIOSK);
    }

    @Test
    void graphQl_neverImports_httpOrJavalin() {
        noClasses().that().resideInAPackage("kiosk.api.graphql..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.api.http..", "io.javalin..")
                .check(KIOSK);
    }

    @Test
    void search_importsNothingOfKiosk() {
        noClasses().that().resideInAPackage("kiosk.search..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.content..", "kiosk.catalog..", "kiosk.api..",
                        "kiosk.related..", "kiosk.site..", "kiosk.cli..")
                .check(KIOSK);
    }

    @Test
    void apiAndSearch_neverImport_theCommandLine() {
        noClasses().that().resideInAnyPackage("kiosk.api..", "kiosk.search..")
                .should().dependOnClassesThat().resideInAPackage("kiosk.cli..")
                .check(KIOSK);
    }
}
