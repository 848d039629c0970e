package org.urbaninnovation.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of a service's layers, checked on its compiled classes: {@code api} (resources,
 * request and response records, mappers) talks to {@code domain} only; {@code domain} (model,
 * rules, services and the ports they need) depends on no outer layer, speaks no HTTP and uses no
 * database API, so each rule can be tested with plain JUnit; {@code persistence} and
 * {@code infrastructure} implement the domain's ports. No two packages depend on each other.
 * A service's test extends this and names its base package.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchitectureContract {

    /** The service's base package, for example {@code org.urbaninnovation.catalog}. */
    protected abstract String basePackage();

    private JavaClasses classes;

    @BeforeAll
    void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage());
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        LayerRules.domainDependsOnNoOuterLayer(basePackage()).check(classes);
    }

    @Test
    void theApiTalksToTheDomainOnly() {
        LayerRules.apiTalksToTheDomainOnly(basePackage()).check(classes);
    }

    @Test
    void theDomainSpeaksNoHttp() {
        LayerRules.domainSpeaksNoHttp(basePackage()).check(classes);
    }

    @Test
    void theDomainUsesNoDatabaseApi() {
        LayerRules.domainUsesNoDatabaseApi(basePackage()).check(classes);
    }

    @Test
    void packagesDependOnEachOtherInOneDirectionOnly() {
        LayerRules.packagesAreFreeOfCycles(basePackage()).check(classes);
    }

    /** The rules themselves, for the contract and for the fixture that proves each of them can fail. */
    public static final class LayerRules {

        private LayerRules() {
        }

        public static List<ArchRule> all(String base) {
            return List.of(domainDependsOnNoOuterLayer(base), apiTalksToTheDomainOnly(base), domainSpeaksNoHttp(base),
                    domainUsesNoDatabaseApi(base), packagesAreFreeOfCycles(base));
        }

        public static ArchRule domainDependsOnNoOuterLayer(String base) {
            return noClasses().that().resideInAPackage(base + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage(base + ".api..", base + ".persistence..",
                            base + ".infrastructure..")
                    .because("the domain owns the model and its ports; outer layers implement them");
        }

        public static ArchRule apiTalksToTheDomainOnly(String base) {
            return noClasses().that().resideInAPackage(base + ".api..")
                    .should().dependOnClassesThat().resideInAnyPackage(base + ".persistence..", base + ".infrastructure..")
                    .because("resources reach storage and other services only through the domain's use cases");
        }

        public static ArchRule domainSpeaksNoHttp(String base) {
            return noClasses().that().resideInAPackage(base + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                            "io.vertx..", "org.eclipse.microprofile.openapi..", "org.eclipse.microprofile.jwt..",
                            "org.urbaninnovation.commons.http..", "org.urbaninnovation.commons.problem..",
                            "org.urbaninnovation.commons.paging..")
                    .because("a rule refuses with a domain exception and takes an expected version; HTTP stays in api");
        }

        public static ArchRule domainUsesNoDatabaseApi(String base) {
            return noClasses().that().resideInAPackage(base + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..",
                            "io.quarkus.hibernate.orm.panache..", "org.hibernate.query..", "org.hibernate.exception..",
                            "org.urbaninnovation.commons.outbox..", "org.urbaninnovation.commons.idempotency..")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.LockModeType")
                    .because("queries, locks and the outbox are persistence's; the domain names what it needs as ports"
                            + " (mapping annotations on entities are allowed)");
        }

        public static ArchRule packagesAreFreeOfCycles(String base) {
            return slices().matching(base + ".(**)").should().beFreeOfCycles();
        }
    }
}
