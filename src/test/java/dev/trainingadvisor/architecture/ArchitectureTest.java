package dev.trainingadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The domain is pure Java: it depends on {@code java.*} and on itself, and carries no annotations of any framework.
 * Plain JUnit calling {@code rule.check} on purpose: the archunit-junit engines ran zero rules under this BOM.
 */
class ArchitectureTest {
    static final String DOMAIN = "dev.trainingadvisor.domain..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.trainingadvisor");

    static final ArchRule DOMAIN_DEPENDS_ON_JAVA_AND_ITSELF_ONLY = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is pure Java: no Quarkus, Jakarta, Jackson or any other framework");

    static final ArchRule DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().beAnnotatedWith(DescribedPredicate.<JavaAnnotation<?>>describe("an annotation from outside java.*",
                    annotation -> !annotation.getRawType().getPackageName().startsWith("java.")))
            .because("domain types never carry annotations; the API maps them to annotated DTOs");

    static final ArchRule DOMAIN_DOES_NOT_KNOW_THE_API = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("dev.trainingadvisor.api..");

    @Test
    void domainDependsOnJavaAndItselfOnly() {
        DOMAIN_DEPENDS_ON_JAVA_AND_ITSELF_ONLY.check(PRODUCTION);
    }

    @Test
    void domainCarriesNoFrameworkAnnotations() {
        DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS.check(PRODUCTION);
    }

    @Test
    void domainDoesNotKnowTheApi() {
        DOMAIN_DOES_NOT_KNOW_THE_API.check(PRODUCTION);
    }

    @Test
    void productionCodeWasImported() {
        // A rule over an empty import passes vacuously; make sure the rules above saw the domain.
        org.junit.jupiter.api.Assertions.assertTrue(
                PRODUCTION.stream().filter(c -> c.getPackageName().startsWith("dev.trainingadvisor.domain")).count() > 20);
    }
}
