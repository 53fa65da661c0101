package io.github.gluelabels.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The arrows point inward: core is used by the fake, the extension and the plugin, and uses none of them. */
@DisplayName("Layering: core depends on no fake, WireMock, Maven or JUnit")
class LayeringTest {

    /** This module's main classes, as compiled: what its jar holds (before shading). */
    private static final JavaClasses CORE = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void coreUsesNoneOfTheModulesBuiltOnIt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.github.gluelabels.fake..", "io.github.gluelabels.junit5..", "io.github.gluelabels.maven..")
                .check(CORE);
    }

    @Test
    void coreUsesNoWireMockMavenOrJUnit() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.github.tomakehurst..",
                        "org.wiremock..",
                        "wiremock..",
                        "org.eclipse.jetty..",
                        "org.apache.maven..",
                        "org.codehaus.plexus..",
                        "org.junit..")
                .check(CORE);
    }
}
