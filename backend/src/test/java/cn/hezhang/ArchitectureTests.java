package cn.hezhang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rules that keep the modules easy to change; each rule says why. */
@AnalyzeClasses(packagesOf = HezhangApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	// Only process glue talks to the engine, so a move to a maintained fork (CIB seven, Operaton) touches one layer
	@ArchTest
	static final ArchRule camundaOnlyInProcessPackages = noClasses().that().resideOutsideOfPackages("..process..")
		.should().dependOnClassesThat().resideInAPackage("org.camunda..");

	// Domain code knows nothing of HTTP or of who is logged in
	@ArchTest
	static final ArchRule domainHasNoWebOrSecurity = noClasses().that().resideInAPackage("..domain..")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.security..",
				"jakarta.servlet..");

	// Controllers stay package-private: a module's API is its facade, not its endpoints
	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that().haveSimpleNameEndingWith("Controller")
		.should().notBePublic();

	// Nobody reads the wall clock: time is the injected Clock, so tests and timers agree
	@ArchTest
	static final ArchRule noWallClock = noClasses().should().callMethod(java.time.Instant.class, "now")
		.orShould().callMethod(java.time.LocalDate.class, "now")
		.orShould().callMethod(java.time.LocalDateTime.class, "now")
		.orShould().callMethod(System.class, "currentTimeMillis");
}
