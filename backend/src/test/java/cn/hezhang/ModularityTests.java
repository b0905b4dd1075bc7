package cn.hezhang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules (direct sub-packages of cn.hezhang) use each other only through their top-level API, without cycles. */
class ModularityTests {
	static final ApplicationModules modules = ApplicationModules.of(HezhangApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
