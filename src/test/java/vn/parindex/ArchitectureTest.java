package vn.parindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.parindex");

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
