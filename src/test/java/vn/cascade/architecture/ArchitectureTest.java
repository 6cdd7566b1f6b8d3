package vn.cascade.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import vn.cascade.CascadeApplication;

/**
 * The house's rules, read from the compiled classes:
 * <ul>
 *   <li>each top-level package under {@code vn.cascade} is a feature (a Spring Modulith application module); its
 *       sub-packages ({@code process}: the delegates and listeners) are its own, no other feature uses them;</li>
 *   <li>no cycle between features;</li>
 *   <li>the shared packages know no feature: {@code common} (the API's errors, validation, engine access) and
 *       {@code history} (the history level) depend only on themselves and libraries. A feature that needs
 *       something of them offers it through an interface the shared package defines ({@code RecordCopies},
 *       {@code UserFacingRefusal}), as organisation does for restructuring ({@code UnitWorkMover}).</li>
 * </ul>
 */
class ArchitectureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(CascadeApplication.class);
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.cascade");

  @Test
  void featuresHaveNoCyclesAndUseOnlyEachOthersTopLevelTypes() {
    assertThat(MODULES.stream().map(ApplicationModule::getName))
        .contains("assignment", "directive", "dispatch", "deadline", "reporting", "mail", "organisation", "security",
            "restructuring", "common", "history", "calendar");
    MODULES.verify();
  }

  @Test
  void theSharedPackagesKnowNoFeature() {
    for (String shared : new String[] {"common", "history"}) {
      noClasses().that().resideInAPackage("vn.cascade." + shared + "..")
          .should().dependOnClassesThat(resideInAPackage("vn.cascade..")
              .and(resideOutsideOfPackages("vn.cascade." + shared + "..", "vn.cascade.common..")))
          .because(shared + " is shared by every feature and must not know any of them")
          .check(CLASSES);
    }
  }
}
