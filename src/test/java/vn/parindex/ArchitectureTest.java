package vn.parindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.parindex");

    private static final Pattern ROLE_IN_SPEL = Pattern.compile("has(Any)?(Role|Authority)\\s*\\(");

    @Test
    void servicesNeverUseViews() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(PORTAL);
    }

    @Test
    void viewsLiveInUiPackages() {
        classes()
                .that()
                .areAssignableTo(Component.class)
                .and()
                .resideInAPackage("vn.parindex..")
                .should()
                .resideInAPackage("..ui..")
                .check(PORTAL);
    }

    @Test
    void repositoriesAreInternalToTheirModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .resideInAPackage("..internal..")
                .check(PORTAL);
    }

    @Test
    void repositoriesAreOnlyUsedInsideTheirOwnModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should(onlyBeAccessedFromTheirModule())
                .check(PORTAL);
    }

    @Test
    void viewsNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are repositories", (JavaClass type) -> type.isAssignableTo(Repository.class)))
                .check(PORTAL);
    }

    /**
     * Roles are named by {@code Role.Names} constants in {@code @RolesAllowed}, so renaming a role
     * cannot leave a SpEL string behind; {@code @PreAuthorize} keeps only role-free expressions
     * such as {@code isAuthenticated()}.
     */
    @Test
    void rolesAreNeverNamedInSpelStrings() {
        noClasses()
                .should(nameRolesInSpel())
                .because("roles are checked with @RolesAllowed(Role.Names.X)")
                .check(PORTAL);
    }

    private static ArchCondition<JavaClass> nameRolesInSpel() {
        return new ArchCondition<>("name roles in @PreAuthorize/@PostAuthorize SpEL") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                report(type, type.getDescription(), events);
                type.getMethods().forEach(method -> report(method, method.getDescription(), events));
            }
        };
    }

    private static void report(HasAnnotations<?> element, String description, ConditionEvents events) {
        for (Class<? extends Annotation> kind : List.of(PreAuthorize.class, PostAuthorize.class)) {
            element.tryGetAnnotationOfType(kind.getName()).ifPresent(annotation -> {
                String expression = String.valueOf(annotation.get("value").orElse(""));
                if (ROLE_IN_SPEL.matcher(expression).find()) {
                    events.add(SimpleConditionEvent.satisfied(element, description + " uses \"" + expression + "\""));
                }
            });
        }
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirModule() {
        return new ArchCondition<>("only be accessed from their own module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String module = moduleOf(repository);
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    String origin = moduleOf(dependency.getOriginClass());
                    boolean sameModule = module.equals(origin);
                    events.add(new SimpleConditionEvent(dependency, sameModule, dependency.getDescription()));
                });
            }
        };
    }

    private static String moduleOf(JavaClass type) {
        String rest = type.getPackageName().substring("vn.parindex.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
