package kiosk.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The site's arrows: it never reaches the API, and what templates get depends on content records only. */
class SiteArchitectureTest {

    private static final JavaClasses KIOSK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kiosk");

    @Test
    void site_neverImportsTheApi() {
        noClasses().that().resideInAPackage("kiosk.site..")
                .should().dependOnClassesThat().resideInAPackage("kiosk.api..")
                .check(KIOSK);
    }

    @Test
    void templates_dependOnContentOnly() {
        noClasses().that().resideInAPackage("kiosk.site.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.catalog..", "kiosk.site.bake..",
                        "kiosk.cli..", "org.jbake..", "freemarker..")
                .check(KIOSK);
    }
}
