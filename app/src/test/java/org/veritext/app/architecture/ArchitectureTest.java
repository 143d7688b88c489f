package org.veritext.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Dependencies point one way, app → search → annotation-core, and each module keeps to its own technology. */
@AnalyzeClasses(packages = "org.veritext", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNeitherSearchNorApp = noClasses()
            .that().resideInAPackage("org.veritext.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.veritext.search..", "org.veritext.app..");

    @ArchTest
    static final ArchRule searchDoesNotDependOnTheApp = noClasses()
            .that().resideInAPackage("org.veritext.search..")
            .should().dependOnClassesThat().resideInAPackage("org.veritext.app..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfVaadinOrLucene = noClasses()
            .that().resideInAPackage("org.veritext.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.apache.lucene..");

    @ArchTest
    static final ArchRule searchKnowsNothingOfVaadin = noClasses()
            .that().resideInAPackage("org.veritext.search..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule viewsUseServicesNotRepositories = noClasses()
            .that().resideInAPackage("org.veritext.app..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule theAppDoesNotTouchLuceneDirectly = noClasses()
            .that().resideInAPackage("org.veritext.app..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");
}
