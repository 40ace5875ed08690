package org.candour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CandourApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    /** Modules tell the audit log what happened through Audited events (in shared); none of them calls it. */
    @Test
    void noModuleDependsOnTheAuditLog() {
        assertThat(MODULES.getModuleByName("audit")).isPresent();
        assertThat(MODULES.stream().filter(module -> module.getDirectDependencies(MODULES).containsModuleNamed("audit")))
                .extracting(ApplicationModule::getDisplayName).isEmpty();
    }
}
