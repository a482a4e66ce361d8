package kiosk.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Within the API: the GraphQL layer knows no HTTP, so it can be run and tested without a server. */
class DependencyRulesTest {

    @Test
    void graphQl_neverImports_httpOrJavalin() {
        noClasses().that().resideInAPackage("kiosk.api.graphql..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.api.http..", "io.javalin..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("kiosk.api"));
    }
}
