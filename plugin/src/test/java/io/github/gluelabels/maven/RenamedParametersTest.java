package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.Pacing;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A parameter renamed: the old name still works, with a warning naming the new one")
class RenamedParametersTest {

    private final List<String> warnings = new ArrayList<>();
    private final ConfigurationProblems problems = new ConfigurationProblems("fake-start", "no fake was started");
    private final RenamedParameters renamed = new RenamedParameters(
            new SystemStreamLog() {
                @Override
                public void warn(CharSequence content) {
                    warnings.add(content.toString());
                }
            },
            "fake-start",
            problems);

    @Test
    @DisplayName("the new name alone: its value, no warning")
    void newName() {
        Setting<String> pacing = renamed.pick("fakePacing", "reads:3", "immediate", "pacing", null);

        assertThat(pacing).isEqualTo(new Setting<>("fakePacing", "reads:3"));
        assertThat(warnings).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("the old name: its value, under its name, and a warning naming the new name")
    void oldName() {
        Setting<Integer> port = renamed.pick("fakePort", 0, 0, "port", 4566);

        assertThat(port).isEqualTo(new Setting<>("port", 4566));
        assertThat(warnings)
                .containsExactly("glue-labels:fake-start: parameter <port> is deprecated and will go in a later "
                        + "release: name it <fakePort> (same values; property glue-labels.fakePort)");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("the old name, and the new one an empty list (Maven's for a list whose property is unset): no problem")
    void emptyNewList() {
        Setting<List<String>> buckets = renamed.pick("fakeBuckets", List.of(), null, "buckets", List.of("b-bucket"));

        assertThat(buckets).isEqualTo(new Setting<>("buckets", List.of("b-bucket")));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("both names set: a problem of the configuration")
    void bothNames() {
        renamed.pick("fakeBuckets", List.of("a-bucket"), null, "buckets", List.of("b-bucket"));

        assertThat(problems.lines())
                .containsExactly("buckets (deprecated) and fakeBuckets are both set: keep fakeBuckets only");
    }

    @Test
    @DisplayName("a problem of a value set under the old name names the old name")
    void problemsNameTheNameUsed() {
        FakeStartParameters parameters = new FakeStartParameters(
                renamed.pick("fakePort", 0, 0, "port", 70_000),
                new Setting<>("fakeRegion", "us-east-1"),
                new Setting<>("fakeSeeds", null),
                renamed.pick("fakeBuckets", null, null, "buckets", List.of("ok-bucket", "")),
                new FakeParameters(
                        renamed.pick("fakePacing", "immediate", "immediate", "pacing", "never"),
                        new Setting<>("fakeOutcome", "succeed"),
                        new Setting<>("fakeRowsPerPart", 10)));

        List<String> buckets = parameters.check(problems);

        assertThat(buckets).containsExactly("ok-bucket");
        assertThat(problems.lines())
                .containsExactly(
                        "port (property glue-labels.fakePort) must be 0 (a free port) to 65535; value seen: \"70000\"",
                        "pacing (property glue-labels.fakePacing) must be " + Pacing.FORMS + "; value seen: \"never\"",
                        "buckets (property glue-labels.fakeBuckets) has an empty entry");
        assertThat(warnings).hasSize(3);
    }
}
