package kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows point down: content at the bottom, cli at the top, api and site apart. */
@AnalyzeClasses(packages = "kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contentDependsOnNothingOfKiosk = noClasses().that().resideInAPackage("kiosk.content..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.catalog..", "kiosk.api..", "kiosk.site..",
                    "kiosk.cli..", "kiosk.related..", "kiosk.search..", "kiosk.image..");

    @ArchTest
    static final ArchRule indexesAreIndependent = noClasses().that().resideInAnyPackage("kiosk.related..", "kiosk.search..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.content..", "kiosk.catalog..", "kiosk.api..",
                    "kiosk.site..", "kiosk.cli..");

    /** Work shared between threads: below everything, knowing nothing of Kiosk. */
    @ArchTest
    static final ArchRule parallelKnowsNoOtherPackage = noClasses().that().resideInAPackage("kiosk.parallel..")
            .should().dependOnClassesThat().resideOutsideOfPackages("kiosk.parallel..", "java..");

    @ArchTest
    static final ArchRule rankingIsIndependent = noClasses().that().resideInAPackage("kiosk.ranking..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.content..", "kiosk.catalog..", "kiosk.api..",
                    "kiosk.site..", "kiosk.cli..", "kiosk.related..", "kiosk.search..");

    @ArchTest
    static final ArchRule newsletterKnowsNoDelivery = noClasses().that().resideInAPackage("kiosk.newsletter..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.api..", "kiosk.site..", "kiosk.cli..",
                    "kiosk.live..", "io.javalin..", "org.jbake..", "freemarker..");

    /** The HTTP layer delivers signups; the site knows the newsletter only as its form and pages. */
    @ArchTest
    static final ArchRule onlyApiAndCliUseTheNewsletter = noClasses().that().resideOutsideOfPackages("kiosk.newsletter..",
                    "kiosk.api.http..", "kiosk.cli..")
            .should().dependOnClassesThat().resideInAPackage("kiosk.newsletter..");

    /** Images are processed from content alone; the catalog, the site and the API use the renditions. */
    @ArchTest
    static final ArchRule imagesKnowOnlyContent = noClasses().that().resideInAPackage("kiosk.image..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.catalog..", "kiosk.api..", "kiosk.site..",
                    "kiosk.cli..", "kiosk.live..", "kiosk.related..", "kiosk.search..", "kiosk.newsletter..");

    @ArchTest
    static final ArchRule catalogKnowsNoDelivery = noClasses().that().resideInAPackage("kiosk.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.api..", "kiosk.site..", "kiosk.cli..");

    @ArchTest
    static final ArchRule liveReloadKnowsNoDelivery = noClasses().that().resideInAPackage("kiosk.live..")
            .should().dependOnClassesThat().resideInAnyPackage("kiosk.api..", "kiosk.site..", "kiosk.cli..");

    @ArchTest
    static final ArchRule apiAndSiteStayApart = noClasses().that().resideInAPackage("kiosk.api..")
            .should().dependOnClassesThat().resideInAPackage("kiosk.site..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule siteAndApiStayApart = noClasses().that().resideInAPackage("kiosk.site..")
            .should().dependOnClassesThat().resideInAPackage("kiosk.api..").allowEmptyShould(true);

    /** RedPen and its dictionary load only when proofreading is asked for: one package knows it. */
    @ArchTest
    static final ArchRule onlyProofreadingKnowsRedPen = noClasses().that().resideOutsideOfPackage("kiosk.content.proofread..")
            .should().dependOnClassesThat().resideInAPackage("cc.redpen..");

    @ArchTest
    static final ArchRule onlyCliWires = noClasses().that().resideOutsideOfPackage("kiosk.cli..")
            .should().dependOnClassesThat().resideInAPackage("kiosk.cli..");
}
