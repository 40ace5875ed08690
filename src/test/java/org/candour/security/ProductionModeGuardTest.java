package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionModeGuardTest {

    private static final ClassLoader WITH_DEVELOPMENT_SERVER = ProductionModeGuardTest.class.getClassLoader();
    private static final ClassLoader WITHOUT_DEVELOPMENT_SERVER = new ClassLoader(null) {
    };

    @TempDir
    Path files;

    @Test
    void theTestClassPathHasTheDevelopmentServerAndABuildInfoThatSaysDevelopment() {
        assertThat(ProductionModeGuard.developmentModeIsPossible(WITH_DEVELOPMENT_SERVER, false)).isTrue();
    }

    @Test
    void aJarWithoutTheDevelopmentServerCannotRunInDevelopmentMode() {
        assertThat(ProductionModeGuard.developmentModeIsPossible(WITHOUT_DEVELOPMENT_SERVER, false)).isFalse();
    }

    @Test
    void productionModeAskedForByPropertyOrByTheBuildInfoIsSafe() throws IOException {
        assertThat(ProductionModeGuard.developmentModeIsPossible(WITH_DEVELOPMENT_SERVER, true)).isFalse();
        assertThat(ProductionModeGuard.developmentModeIsPossible(buildInfo("{\n  \"productionMode\" : true\n}"),
                false)).isFalse();
        assertThat(ProductionModeGuard.developmentModeIsPossible(buildInfo("{ \"productionMode\": false }"),
                false)).isTrue();
    }

    @Test
    void startingInDevelopmentModeIsRefusedWithTheWayOutUnlessADeveloperAllowsIt() {
        assertThatIllegalStateException().isThrownBy(() -> new ProductionModeGuard(false, false))
                .withMessageContaining("-Pproduction").withMessageContaining("candour.vaadin.allow-development-mode");
        assertThatNoException().isThrownBy(() -> new ProductionModeGuard(false, true));
        assertThatNoException().isThrownBy(() -> new ProductionModeGuard(true, false));
    }

    /** The test class path with its build-info file replaced. */
    private ClassLoader buildInfo(String json) throws IOException {
        Path file = Files.writeString(files.resolve("flow-build-info.json"), json);
        URL url = file.toUri().toURL();
        return new ClassLoader(WITH_DEVELOPMENT_SERVER) {
            @Override
            public URL getResource(String name) {
                return ProductionModeGuard.BUILD_INFO.equals(name) ? url : super.getResource(name);
            }
        };
    }
}
