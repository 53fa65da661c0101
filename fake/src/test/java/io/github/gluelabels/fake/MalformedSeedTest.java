package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;

/**
 * Seeding the fake with a malformed labeling file, through each of the fake's own doors ({@code seedLabels} with a
 * path, a text or a stream, and the standalone {@code --seed}): a {@link LabelingFileException} naming the file and
 * the line, and never a partial seed — a new transform does not come to exist, an existing one keeps its labels byte
 * for byte, as {@code labels}, {@code labelCount} and Glue's own {@code GetMLTransform} show.
 */
@DisplayName("Seeding the fake with a malformed labeling file")
class MalformedSeedTest {

    static final String GOOD = "labeling_set_id,label,name\ns1,A,Zoë\ns1,B,\"two\nlines\"\ns2,A,x\n";

    /** The five ways a labeling file goes wrong, each with the line the error names (0: the whole file). */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(
                        "a wrong header",
                        utf8("id,label,name\ns1,A,x\n"),
                        1,
                        "the header must start with the columns labeling_set_id,label, but it starts with \"id\", \"label\""),
                Arguments.of(
                        "a ragged row",
                        utf8("labeling_set_id,label,name\ns1,A,x\ns1,B\ns2,A,y\n"),
                        3,
                        "the record has 2 fields, but the header has 3 (labeling_set_id,label,name)"),
                Arguments.of(
                        "bad quoting",
                        utf8("labeling_set_id,label,name\ns1,A,x\ns1,B,\"The \"Big\" Shop\"\n"),
                        3,
                        "a closing quote is followed by other characters before the next comma or line break; inside a quoted "
                                + "field, write a quote as two quotes \"\""),
                Arguments.of(
                        "invalid UTF-8",
                        bytes(
                                utf8("labeling_set_id,label,name\ns1,A,x\ns1,B,Zo"),
                                new byte[] {(byte) 0xEB},
                                utf8("\n")),
                        3,
                        "the byte 0xEB is not valid UTF-8 (at byte offset 41 of the "
                                + "file): a labeling file must be encoded in UTF-8; convert it to UTF-8 and try again"),
                Arguments.of(
                        "an empty file",
                        new byte[0],
                        0,
                        "is empty: a labeling file starts with the header labeling_set_id,label,…"));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static String expectedMessage(String source, int line, String problem) {
        return line == 0 ? source + " " + problem : source + " line " + line + ": " + problem;
    }

    @TempDir
    Path folder;

    @Nested
    @DisplayName("through FakeGlue.seedLabels")
    class SeedLabels {

        static FakeGlueServer server;
        FakeGlue fake;
        GlueClient glue;

        @BeforeAll
        static void startServer() {
            server = FakeGlueServer.start();
        }

        @AfterAll
        static void stopServer() {
            server.stop();
        }

        @BeforeEach
        void newAccount() {
            fake = server.newAccount();
            glue = Clients.glue(fake);
        }

        @AfterEach
        void forget() {
            glue.close();
            fake.close();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.MalformedSeedTest#malformed")
        @DisplayName("of a new transform: the error names the file and the line, and the transform does not exist")
        void newTransform(String problem, byte[] file, int line, String message) throws IOException {
            Path labels = Files.write(folder.resolve("labels.csv"), file);

            LabelingFileException e =
                    catchThrowableOfType(LabelingFileException.class, () -> fake.seedLabels("tfm-new", labels));

            assertThat(e)
                    .as("seeding a file with %s", problem)
                    .isNotNull()
                    .hasMessage(expectedMessage(labels.toString(), line, message));
            assertThat(e.source()).isEqualTo(labels.toString());
            assertThat(e.line()).isEqualTo(line);
            assertThat(fake.labelCount("tfm-new")).isZero();
            assertThat(fake.labels("tfm-new")).isEmpty();
            assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-new")))
                    .isInstanceOf(EntityNotFoundException.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.MalformedSeedTest#malformed")
        @DisplayName("over a transform's labels: they stay byte for byte, and Glue reports them as before")
        void existingTransform(String problem, byte[] file, int line, String message) throws IOException {
            fake.seedLabels("tfm-1", GOOD);
            GetMlTransformResponse before = glue.getMLTransform(r -> r.transformId("tfm-1"));
            Path labels = Files.write(folder.resolve("labels.csv"), file);

            assertThatThrownBy(() -> fake.seedLabels("tfm-1", labels))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(expectedMessage(labels.toString(), line, message));

            assertThat(fake.labels("tfm-1"))
                    .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8(GOOD)));
            assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
            GetMlTransformResponse after = glue.getMLTransform(r -> r.transformId("tfm-1"));
            assertThat(after.labelCount()).isEqualTo(3);
            assertThat(after.lastModifiedOn()).isEqualTo(before.lastModifiedOn());
            assertThat(after.schema()).isEqualTo(before.schema());
        }

        @Test
        @DisplayName("given as text, the error names the transform's labels and the line")
        void text() {
            assertThatThrownBy(() -> fake.seedLabels("tfm-text", "labeling_set_id,label\ns1\n"))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage("labels of tfm-text line 2: the record has 1 field, but the header has 2 "
                            + "(labeling_set_id,label)");
            assertThat(fake.labels("tfm-text")).isEmpty();
        }

        @Test
        @DisplayName("given as a stream, the error names the source given and the line")
        void stream() {
            fake.seedLabels("tfm-1", GOOD);

            assertThatThrownBy(() -> fake.seedLabels(
                            "tfm-1",
                            new ByteArrayInputStream(utf8("labeling_set_id,label,name\ns1,A,\"never closed\n")),
                            "s3://b/labels.csv"))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith("s3://b/labels.csv line 2: a quoted field is never closed");
            assertThat(fake.labels("tfm-1"))
                    .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(utf8(GOOD)));
        }

        @Test
        @DisplayName("leaves no label file of its own behind: a thousand failed seeds cost no disk")
        void noLeftovers() throws IOException {
            Path data = folder.resolve("data");
            try (FakeGlue own = FakeGlue.start(FakeGlueServer.builder().dataDirectory(data))) {
                own.seedLabels("tfm-1", GOOD);
                long filesBefore = countFiles(data);
                for (int i = 0; i < 1_000; i++) {
                    assertThatThrownBy(() -> own.seedLabels("tfm-1", GOOD + "s3,A\n"))
                            .isInstanceOf(LabelingFileException.class);
                }
                assertThat(countFiles(data)).isEqualTo(filesBefore);
            }
        }

        private static long countFiles(Path folder) throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).count();
            }
        }
    }

    @Nested
    @DisplayName("through the standalone fake's --seed")
    class StandaloneSeed {

        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final List<FakeGlueServer> started = new ArrayList<>();

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.MalformedSeedTest#malformed")
        @DisplayName(
                "after a good seed: one line naming the file and the line, exit status 2, and no fake left running")
        void refused(String problem, byte[] file, int line, String message) throws IOException {
            Path good = Files.writeString(folder.resolve("good.csv"), GOOD);
            Path bad = Files.write(folder.resolve("bad.csv"), file);

            FakeGlueMain.Launch launch = FakeGlueMain.launch(
                    new String[] {"--seed", "tfm-good=" + good, "--seed", "tfm-bad=" + bad},
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    started::add);

            assertThat(launch.server()).isNull();
            assertThat(launch.exitStatus()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo("glue-labels fake: --seed \"tfm-bad=" + bad
                            + "\": " + expectedMessage(bad.toString(), line, message) + "; run with --help for usage"
                            + System.lineSeparator());
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("glue-labels fake ready");
            assertThat(started)
                    .allSatisfy(server -> assertThat(server.isRunning()).isFalse());
        }
    }
}
