package io.paddock;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PaddockApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
		this.modules.verify();
	}

}
