package io.github.gluelabels.core.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.aws.AwsSdkVersions.UnsupportedSdkException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The AWS SDK on the classpath: at least the floor, every module at one version")
class AwsSdkVersionsTest {

    @Test
    void theSdkOfThisBuildIsSupported() {
        Map<String, String> found = AwsSdkVersions.read(getClass().getClassLoader());

        assertThat(found).containsKeys("sdk-core", "glue", "s3", "apache-client");
        assertThat(found.values())
                .allSatisfy(v -> assertThat(AwsSdkVersions.compare(v, AwsSdkVersions.FLOOR))
                        .isNotNegative());
        assertThatCode(AwsSdkVersions::requireSupported).doesNotThrowAnyException();
    }

    @Test
    void anSdkBelowTheFloorIsRefusedNamingBothVersions() {
        assertThatThrownBy(() -> AwsSdkVersions.requireSupported(versions("2.36.2", "2.36.2")))
                .isInstanceOf(UnsupportedSdkException.class)
                .hasMessage("glue-labels needs the AWS SDK for Java 2.40.2 or newer, and the classpath has 2.36.2 "
                        + "(sdk-core 2.36.2, glue 2.36.2). Import a newer software.amazon.awssdk:bom in your POM's "
                        + "<dependencyManagement>, or raise the version of the SDK modules you declare.");
    }

    @Test
    void modulesOfDifferentVersionsAreRefusedNamingEach() {
        assertThatThrownBy(() -> AwsSdkVersions.requireSupported(versions("2.40.2", "2.57.8")))
                .isInstanceOf(UnsupportedSdkException.class)
                .hasMessageStartingWith("The AWS SDK for Java modules on the classpath are of different versions: "
                        + "sdk-core 2.40.2, glue 2.57.8. The SDK needs all its modules at one version")
                .hasMessageContaining("import software.amazon.awssdk:bom");
    }

    @ParameterizedTest
    @CsvSource({"2.40.2", "2.40.3", "2.59.1", "3.0.0", "2.100.0"})
    void theFloorAndNewerAreSupported(String version) {
        assertThatCode(() -> AwsSdkVersions.requireSupported(versions(version, version)))
                .doesNotThrowAnyException();
    }

    @Test
    void nothingFoundIsNotJudged() {
        assertThatCode(() -> AwsSdkVersions.requireSupported(Map.of())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "2.36.2, 2.40.2",
        "2.40.1, 2.40.2",
        "2.9.0, 2.40.0",
        "2.40.2-PREVIEW, 2.40.2",
        "2.40.2, 2.40.2.1",
        "2.40.2, 2.40.10",
        "1.99.99, 2.0.0",
        "2.40.2-alpha, 2.40.2-beta",
        "2.40.2-PREVIEW, 2.40.2-1",
        "2..1, 2.0.1"
    })
    void versionsCompareNumberByNumber(String older, String newer) {
        assertThat(AwsSdkVersions.compare(older, newer)).isNegative();
        assertThat(AwsSdkVersions.compare(newer, older)).isPositive();
        assertThat(AwsSdkVersions.compare(older, older)).isZero();
    }

    @Test
    @DisplayName("reads the version in each SDK module's pom.properties, leaving out modules without one")
    void readsPomProperties(@TempDir Path jar) throws IOException {
        pomProperties(jar, "regions", "version= 2.40.2  \n");
        pomProperties(jar, "auth", "groupId=software.amazon.awssdk\nversion=\n");
        pomProperties(jar, "utils", "groupId=software.amazon.awssdk\n");
        pomProperties(jar, "glue", "version=2.57.8\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(AwsSdkVersions.read(loader))
                    .containsExactly(Map.entry("regions", "2.40.2"), Map.entry("glue", "2.57.8"));
        }
    }

    private static void pomProperties(Path jar, String module, String text) throws IOException {
        Path folder = Files.createDirectories(
                jar.resolve("META-INF/maven/software.amazon.awssdk").resolve(module));
        Files.writeString(folder.resolve("pom.properties"), text);
    }

    private static Map<String, String> versions(String core, String glue) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("sdk-core", core);
        versions.put("glue", glue);
        return versions;
    }
}
