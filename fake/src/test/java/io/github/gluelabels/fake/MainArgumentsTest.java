package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The standalone fake's command line")
class MainArgumentsTest {

    @TempDir
    static Path folder;

    static Path labels;

    @BeforeAll
    static void writeALabelingFile() throws Exception {
        labels = Files.writeString(folder.resolve("labels.csv"), "labeling_set_id,label,name\ns1,A,x\n");
    }

    private static MainArguments parse(String... args) throws MainArguments.UsageException {
        return MainArguments.parse(List.of(args));
    }

    @Test
    void noArgumentsMeanAFreePortOnLoopbackInUsEast1() throws Exception {
        MainArguments arguments = parse();

        assertThat(arguments.help).isFalse();
        assertThat(arguments.port).isZero();
        assertThat(arguments.bindAddress).isEqualTo("127.0.0.1");
        assertThat(arguments.region).isEqualTo("us-east-1");
        assertThat(arguments.rowsPerPart).as("no limit: one file per export").isEqualTo(Integer.MAX_VALUE);
        assertThat(arguments.seeds).isEmpty();
        assertThat(arguments.buckets).isEmpty();
    }

    @Test
    void everyOptionIsRead() throws Exception {
        MainArguments arguments = parse(
                "--port",
                "4566",
                "--bind",
                "0.0.0.0",
                "--region",
                "eu-west-1",
                "--rows-per-part",
                "50",
                "--seed",
                "tfm-1=" + labels,
                "--seed",
                "tfm-2=" + labels,
                "--bucket",
                "b-one",
                "--bucket",
                "b-two");

        assertThat(arguments.port).isEqualTo(4566);
        assertThat(arguments.bindAddress).isEqualTo("0.0.0.0");
        assertThat(arguments.region).isEqualTo("eu-west-1");
        assertThat(arguments.rowsPerPart).isEqualTo(50);
        assertThat(arguments.seeds).extracting(MainArguments.Seed::transformId).containsExactly("tfm-1", "tfm-2");
        assertThat(arguments.seeds).extracting(MainArguments.Seed::labelingFile).containsOnly(labels);
        assertThat(arguments.buckets).containsExactly("b-one", "b-two");
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignToo() throws Exception {
        Path withEquals = Files.writeString(folder.resolve("a=b.csv"), "labeling_set_id,label\ns1,A\n");

        MainArguments arguments = parse("--port=4566", "--seed=tfm=" + withEquals);

        assertThat(arguments.port).isEqualTo(4566);
        assertThat(arguments.seeds).singleElement().satisfies(seed -> {
            assertThat(seed.transformId()).isEqualTo("tfm");
            assertThat(seed.labelingFile()).isEqualTo(withEquals);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpWinsOverAnyOtherArgument(String help) throws Exception {
        assertThat(parse("--port", "nope", help).help).isTrue();
    }

    @Test
    void bodyLimitsAreSizesAndADuration() throws Exception {
        MainArguments arguments = parse("--max-upload", "16MiB", "--body-budget", "1g", "--body-timeout", "1500ms");

        assertThat(arguments.maxUploadBytes).isEqualTo(16L << 20);
        assertThat(arguments.bodyBudgetBytes).isEqualTo(1L << 30);
        assertThat(arguments.bodyReadTimeout).isEqualTo(java.time.Duration.ofMillis(1500));
        assertThat(parse("--max-upload", "512k").maxUploadBytes).isEqualTo(512L << 10);
        assertThat(parse("--max-upload", "1000").maxUploadBytes).isEqualTo(1000);
        assertThat(parse("--body-timeout", "2m").bodyReadTimeout).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(parse().maxUploadBytes).as("the fake's default").isNull();
    }

    @Test
    void theSameBucketTwiceIsCreatedOnce() throws Exception {
        assertThat(parse("--bucket", "b-one", "--bucket", "b-one").buckets).containsExactly("b-one");
    }

    @Test
    void recordsAndTheQuotaAreRead() throws Exception {
        MainArguments arguments =
                parse("--records", "tfm-1=" + labels, "--max-concurrent-task-runs-per-transform", "5");

        assertThat(arguments.records)
                .extracting(MainArguments.Seed::transformId)
                .containsExactly("tfm-1");
        assertThat(arguments.records.get(0).labelingFile()).isEqualTo(labels);
        assertThat(arguments.maxConcurrentTaskRunsPerTransform).isEqualTo(5);
        assertThat(parse().maxConcurrentTaskRunsPerTransform)
                .as("the fake's default")
                .isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
      --verbose                    | unknown option "--verbose"
      stray                        | unexpected argument "stray" (options start with --)
      --port                       | --port needs a value
      --port abc                   | --port "abc" is not a port number from 0 to 65535 (0 picks a free port)
      --port 65536                 | --port "65536" is not a port number from 0 to 65535
      --port -1                    | --port "-1" is not a port number from 0 to 65535
      --port --bucket b-one        | --port needs a value
      --port 1 --port 2            | --port is given twice ("1" and "2")
      --rows-per-part 0            | --rows-per-part "0" is not a whole number from 1 to 2147483647
      --region Mars                | --region "Mars" is not an AWS region name such as us-east-1 or eu-west-1
      --bind example.com           | --bind "example.com" is not an IP address
      --bucket Bad_Name            | --bucket "Bad_Name" is not a valid S3 bucket name: bucket name has U+0042
      --bucket 192.168.0.1         | --bucket "192.168.0.1" is not a valid S3 bucket name: bucket name is formatted as an IP address
      --seed tfm-1                 | --seed "tfm-1" must be TRANSFORM_ID=LABELING_FILE, e.g. tfm-123=labels.csv
      --seed tfm-1=                | --seed "tfm-1=" names no labeling file after '='
      --seed =labels.csv           | --seed "=labels.csv": TransformId must not be empty
      --seed tfm-1=missing.csv     | --seed "tfm-1=missing.csv": there is no labeling file
      --max-upload 0               | --max-upload "0" is not a size in bytes such as 1048576, 512KiB, 64MiB or 1GiB
      --max-upload 3GiB            | --max-upload "3GiB" is not a size in bytes such as 1048576, 512KiB, 64MiB or 1GiB (k, m, g also mean KiB, MiB, GiB), at most 2147483639 bytes
      --body-budget lots           | --body-budget "lots" is not a size in bytes
      --body-budget 1m --max-upload 2m | --body-budget 1048576 is less than --max-upload 2097152: no upload of the largest size could ever be taken
      --body-timeout 30            | --body-timeout "30" is not a duration such as 500ms, 30s, 2m, 1h30m, 1d or PT2M, more than zero
      --body-timeout 0s            | --body-timeout "0s" is not a duration such as 500ms, 30s, 2m, 1h30m, 1d or PT2M, more than zero
      --records tfm-1              | --records "tfm-1" must be TRANSFORM_ID=RECORDS_FILE, e.g. tfm-123=people.csv
      --records tfm-1=missing.csv  | --records "tfm-1=missing.csv": there is no records file
      --max-concurrent-task-runs-per-transform 0 | --max-concurrent-task-runs-per-transform "0" is not a whole number from 1 to 2147483647
      --fault GetMLTaskRunz=throttling | --fault "GetMLTaskRunz=throttling": "GetMLTaskRunz" is not an operation the fake answers; they are AbortMultipartUpload, CancelMLTaskRun,
      --fault GetObject=melt       | --fault "GetObject=melt": "melt" is not one of
      """)
    void badArgumentIsNamedWithItsValue(String commandLine, String message) {
        assertThatThrownBy(() -> parse(commandLine.split(" ")))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void transformIdWithAControlCharacterIsRefusedNamingIt() {
        assertThatThrownBy(() -> parse("--seed", "tfm\u0001=" + labels))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessageContaining("TransformId must not contain control characters")
                .hasMessageContaining("U+0001");
    }

    @Test
    void transformSeededTwiceIsRefused() {
        assertThatThrownBy(() -> parse("--seed", "tfm-1=" + labels, "--seed", "tfm-1=" + labels))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessageEndingWith("transform \"tfm-1\" is seeded twice");
    }

    @Test
    void folderIsNotALabelingFile() {
        assertThatThrownBy(() -> parse("--seed", "tfm-1=" + folder))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessageEndingWith("(it is a folder)");
    }
}
