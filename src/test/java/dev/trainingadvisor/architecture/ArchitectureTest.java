package dev.trainingadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The domain is pure Java: it depends on {@code java.*} and on itself, carries no framework annotations, and keeps
 * money exact. Plain JUnit calling {@code rule.check} on purpose: the archunit-junit engines ran zero rules under this
 * BOM. Each rule was seen failing once on a deliberately bad class.
 */
class ArchitectureTest {
    static final String DOMAIN = "dev.trainingadvisor.domain..";
    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.trainingadvisor");

    static final ArchRule DOMAIN_DEPENDS_ON_JAVA_AND_ITSELF_ONLY = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is pure Java: no Quarkus, Jakarta, Jackson or any other framework");

    static final ArchRule DOMAIN_CARRIES_NO_FRAMEWORK_ANNOTATIONS = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().beAnnotatedWith(DescribedPredicate.<JavaAnnotation<?>>describe(
                    "an annotation from outside java.*",
                    annotation -> !annotation.getRawType().getPackageName().startsWith("java.")))
            .because("domain types never carry annotations; the API maps them to annotated DTOs");

    static final ArchRule DOMAIN_DOES_NOT_KNOW_THE_API = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("dev.trainingadvisor.api..");

    static final ArchRule DOMAIN_HAS_NO_FLOATING_POINT_FIELDS_OR_SIGNATURES = noMembers()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .should(new ArchCondition<JavaMember>("use double or float in a field or signature") {
                @Override
                public void check(JavaMember member, ConditionEvents events) {
                    List<JavaClass> types = new ArrayList<>();
                    if (member instanceof JavaField field) {
                        types.add(field.getRawType());
                    } else if (member instanceof JavaCodeUnit unit) {
                        types.add(unit.getRawReturnType());
                        types.addAll(unit.getRawParameterTypes());
                    }
                    for (JavaClass type : types) {
                        if (FLOATING.contains(type.getName())) {
                            events.add(SimpleConditionEvent.satisfied(member,
                                    member.getFullName() + " uses " + type.getName()));
                        }
                    }
                }
            })
            .because("money is exact: BigDecimal, never double");

    static final ArchRule DOMAIN_NEVER_CONVERTS_BIGDECIMAL_TO_FLOATING_POINT = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callMethod(BigDecimal.class, "doubleValue")
            .orShould().callMethod(BigDecimal.class, "floatValue")
            .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
            .orShould().callConstructor(BigDecimal.class, double.class)
            .because("money is exact: BigDecimal, never double");

    /** Throwable's text and stack frames: what a library may reword or move in any release. */
    private static final DescribedPredicate<JavaMethodCall> READS_A_FAILURES_TEXT_OR_FRAMES = DescribedPredicate.describe(
            "Throwable.getMessage/getLocalizedMessage/getStackTrace/toString",
            call -> call.getTargetOwner().isAssignableTo(Throwable.class)
                    && Set.of("getMessage", "getLocalizedMessage", "getStackTrace", "toString")
                            .contains(call.getName()));

    static final ArchRule FAILURES_ARE_RECOGNISED_BY_TYPE = noClasses()
            .that().resideInAPackage("dev.trainingadvisor.api..")
            .should().callMethodWhere(READS_A_FAILURES_TEXT_OR_FRAMES)
            .because("failures are told apart by type, status and parser state (issue 21): a library upgrade that "
                    + "rewords a message must not turn a 400 into a 500");

    static final ArchRule ONE_WRITER_OF_ERROR_ANSWERS = noClasses()
            .that().resideInAPackage("dev.trainingadvisor.api..")
            .and().doNotHaveFullyQualifiedName("dev.trainingadvisor.api.problem.ProblemWriter")
            .and().doNotHaveFullyQualifiedName("dev.trainingadvisor.api.common.ConditionalRequests")
            .should().callMethod("io.vertx.core.http.HttpServerResponse", "setStatusCode", "int")
            .orShould().callMethod("jakarta.ws.rs.core.Response", "status", "int")
            .orShould().callMethod("jakarta.ws.rs.core.Response", "status", "jakarta.ws.rs.core.Response$StatusType")
            .orShould().callMethod("jakarta.ws.rs.core.Response", "status",
                    "jakarta.ws.rs.core.Response$Status")
            .because("every error answer gets its status, media type, Content-Language and Vary in ProblemWriter "
                    + "(issue 21); other answers use Response.ok/created/noContent, and a 304 Not Modified is "
                    + "ConditionalRequests' alone");

    @Test
    void failuresAreRecognisedByTypeNotByTextOrStackFrames() {
        FAILURES_ARE_RECOGNISED_BY_TYPE.check(PRODUCTION);
    }

    @Test
    void onlyProblemWriterSetsAnErrorStatus() {
        ONE_WRITER_OF_ERROR_ANSWERS.check(PRODUCTION);
    }

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
    void domainHasNoFloatingPointFieldsOrSignatures() {
        DOMAIN_HAS_NO_FLOATING_POINT_FIELDS_OR_SIGNATURES.check(PRODUCTION);
    }

    @Test
    void domainNeverConvertsBigDecimalToFloatingPoint() {
        DOMAIN_NEVER_CONVERTS_BIGDECIMAL_TO_FLOATING_POINT.check(PRODUCTION);
    }

    @Test
    void productionCodeWasImported() {
        // A rule over an empty import passes vacuously; make sure the rules above saw the domain.
        assertTrue(PRODUCTION.stream().filter(c -> c.getPackageName().startsWith("dev.trainingadvisor.domain")).count() > 20);
    }
}
