package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.codehaus.plexus.configuration.PlexusConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Against the plugin's own descriptor, {@code target/classes/META-INF/maven/plugin.xml}, as the build generated it
 * from the goals' parameters (before the tests run) and as Maven reads it.
 */
@DisplayName("Unknown glue-labels.* user properties")
class UnknownPropertiesTest {

    static PluginDescriptor plugin;
    static Set<String> known;

    @BeforeAll
    static void readTheDescriptor() throws IOException, PlexusConfigurationException {
        try (Reader xml = Files.newBufferedReader(Path.of("target/classes/META-INF/maven/plugin.xml"))) {
            plugin = new PluginDescriptorBuilder().build(xml);
        }
        known = UnknownProperties.known(plugin);
    }

    private static Properties properties(String... names) {
        Properties properties = new Properties();
        for (String name : names) {
            properties.setProperty(name, "x");
        }
        return properties;
    }

    @Test
    @DisplayName("the known properties are exactly those the goals' sources declare, of every goal")
    void knownFromTheDescriptor() throws IOException {
        // an independent reading: every property = "glue-labels.…" of a @Parameter in the sources
        Set<String> declared = new TreeSet<>();
        Pattern property = Pattern.compile("property = \"(glue-labels\\.[^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith("Mojo.java")).toList()) {
                Matcher m = property.matcher(Files.readString(source));
                while (m.find()) {
                    declared.add(m.group(1));
                }
            }
        }

        assertThat(known)
                .isEqualTo(declared)
                .contains(
                        "glue-labels.timeout",
                        "glue-labels.maxUnreachableReads",
                        "glue-labels.fakePort",
                        "glue-labels.fakeJournal",
                        "glue-labels.skipFake");
    }

    @Test
    @DisplayName("typos are found, each once, sorted; other namespaces are not looked at")
    void typosFound() {
        Properties user = properties(
                "glue-labels.timout",
                "glue-labels.fakeOutcom",
                "glue-labels.timeout",
                "maven.test.skip",
                "glue.labels.timeout");

        assertThat(UnknownProperties.unknown(user, known, new Properties()))
                .containsExactly("glue-labels.fakeOutcom", "glue-labels.timout");
    }

    @Test
    @DisplayName("what the goals publish, and what the POM declares, is never taken for a typo")
    void publishedAndDeclaredKept() {
        Properties user = properties(
                "glue-labels.taskRunId",
                "glue-labels.status",
                "glue-labels.downloadDir",
                "glue-labels.tfm-0123.taskRunId",
                "glue-labels.tfm-0123.status",
                "glue-labels.tfm-0123.downloadDir",
                "glue-labels.fake.endpoint",
                "glue-labels.fake.port",
                "glue-labels.fake.region",
                "glue-labels.fake.accessKeyId",
                "glue-labels.fake.secretAccessKey",
                "glue-labels.version");

        assertThat(UnknownProperties.unknown(user, known, properties("glue-labels.version")))
                .isEmpty();
        assertThat(UnknownProperties.unknown(
                        properties("glue-labels.tfm-0123.stats", "glue-labels.fake.endpont"), known, new Properties()))
                .containsExactly("glue-labels.fake.endpont", "glue-labels.tfm-0123.stats");
    }

    @Test
    @DisplayName("suggests the closest known property, a difference of case included, and nothing when none is close")
    void suggestions() {
        assertThat(UnknownProperties.suggestion("glue-labels.timout", known)).hasValue("glue-labels.timeout");
        assertThat(UnknownProperties.suggestion("glue-labels.fakeOutcom", known))
                .hasValue("glue-labels.fakeOutcome");
        assertThat(UnknownProperties.suggestion("glue-labels.transformid", known))
                .hasValue("glue-labels.transformId");
        assertThat(UnknownProperties.suggestion("glue-labels.outputS3Pth", known))
                .hasValue("glue-labels.outputS3Path");
        assertThat(UnknownProperties.suggestion("glue-labels.fakePrt", known)).hasValue("glue-labels.fakePort");
        assertThat(UnknownProperties.suggestion("glue-labels.colour", known)).isEmpty();
    }

    @Test
    @DisplayName("each problem names the property and the suggestion, or where to find the parameters")
    void problemsWorded() {
        ConfigurationProblems problems = new ConfigurationProblems("export", "nothing was sent");

        UnknownProperties.check(
                properties("glue-labels.timout", "glue-labels.colour"), plugin, new Properties(), problems);

        assertThat(problems.lines())
                .containsExactly(
                        "-Dglue-labels.colour is not a property of glue-labels: no goal of the plugin reads it "
                                + "(mvn glue-labels:help -Ddetail lists every parameter and its property)",
                        "-Dglue-labels.timout is not a property of glue-labels: did you mean glue-labels.timeout?");
    }

    @Test
    @DisplayName("edit distance")
    void editDistance() {
        assertThat(EditDistance.between("timout", "timeout")).isEqualTo(1);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("same", "same")).isZero();
    }
}
