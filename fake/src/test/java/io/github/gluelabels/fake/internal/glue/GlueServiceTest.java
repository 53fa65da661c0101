package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table of operations {@link GlueService} registers: each is named, and nothing else is. */
class GlueServiceTest {

    private static final List<String> TASK_RUN_API = List.of(
            "CancelMLTaskRun",
            "CreateMLTransform",
            "DeleteMLTransform",
            "GetMLTaskRun",
            "GetMLTaskRuns",
            "GetMLTransform",
            "GetMLTransforms",
            "ListMLTransforms",
            "StartExportLabelsTaskRun",
            "StartImportLabelsTaskRun",
            "StartMLEvaluationTaskRun",
            "StartMLLabelingSetGenerationTaskRun",
            "UpdateMLTransform");

    @TempDir
    Path dataDir;

    private ScheduledExecutorService scheduler;
    private GlueService glue;

    @BeforeEach
    void startGlue() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        Clock clock = Clock.systemUTC();
        glue = new GlueService(
                new GlueService.Settings(FakeDefaults.REGION, FakeDefaults.ACCOUNT_ID, 10, 1 << 20),
                clock,
                new S3Store(dataDir.resolve("s3"), clock),
                dataDir.resolve("labels"),
                scheduler);
    }

    @AfterEach
    void stopGlue() {
        glue.shutdown();
        scheduler.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CancelMLTaskRun",
                "GetMLTaskRun",
                "GetMLTaskRuns",
                "GetMLTransform",
                "StartExportLabelsTaskRun",
                "StartImportLabelsTaskRun"
            })
    void namesEveryOperationOfTheTaskRunApi(String operation) {
        assertThat(glue.operation(post("AWSGlue." + operation, "{}"))).isEqualTo(operation);
    }

    @Test
    void answersAnOperationItDoesNotHaveWithTheListOfThoseItHas() throws IOException {
        FakeRequest request = post("AWSGlue.CreateJob", "{}");

        FakeResponse response = glue.handle(request, glue.operation(request));

        assertThat(response.errorCode()).isEqualTo("UnknownOperationException");
        try (InputStream body = response.openBody()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8))
                    .endsWith("It answers "
                            + TASK_RUN_API.stream().map(o -> "AWSGlue." + o).toList() + ".\"}");
        }
    }

    @Test
    void answersAnOperationOfTheTable() throws IOException {
        glue.createTransform("tfm-1");
        FakeRequest request = post("AWSGlue.GetMLTransform", "{\"TransformId\":\"tfm-1\"}");

        FakeResponse response = glue.handle(request, glue.operation(request));

        assertThat(response.status()).isEqualTo(200);
        try (InputStream body = response.openBody()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("{\"TransformId\":\"tfm-1\"");
        }
    }

    private static final String EMPTY_ID =
            "Invalid request, nothing was sent (1 problem):\n  - TransformId must not be empty;" + " value seen: \"\"";

    @Test
    void createsATransformOnlyOfAValidId() {
        assertRefusesTheEmptyId(id -> glue.createTransform(id));
        glue.createTransform("tfm-1");

        assertThat(glue.transformIds()).containsExactly("tfm-1");
    }

    @Test
    void seedsRecordsOnlyOfAValidId() {
        assertRefusesTheEmptyId(id -> glue.seedRecords(id, csv("id,name\n1,Ann\n"), "records.csv"));

        assertThat(glue.seedRecords("tfm-1", csv("id,name\n1,Ann\n"), "records.csv"))
                .isEqualTo(1);
        assertThat(glue.transformIds()).containsExactly("tfm-1");
    }

    @Test
    void choosesEvaluationMetricsOnlyOfAValidId() {
        assertRefusesTheEmptyId(id -> glue.evaluationMetrics(id, null));
        glue.evaluationMetrics("tfm-1", null);

        assertThat(glue.transformIds()).containsExactly("tfm-1");
    }

    private void assertRefusesTheEmptyId(Consumer<String> call) {
        assertThatThrownBy(() -> call.accept(""))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(EMPTY_ID);
        assertThat(glue.transformIds()).as("no transform is made").isEmpty();
    }

    @Test
    void aResetForgetsEveryTransformAndDeletesItsLabelFiles() throws IOException {
        StringBuilder labels = new StringBuilder("labeling_set_id,label,id\n");
        for (int i = 0; labels.length() <= SpillingStream.IN_MEMORY_LIMIT; i++) {
            labels.append("set-").append(i).append(",A,").append(i).append('\n');
        }
        glue.seed("tfm-1", csv(labels.toString()), "labels.csv");
        glue.createTransform("tfm-2");
        assertThat(glue.transformIds()).containsExactlyInAnyOrder("tfm-1", "tfm-2");
        assertThat(labelFiles()).as("the labels, too large for memory").isEqualTo(1);

        glue.reset();

        assertThat(glue.transformIds()).isEmpty();
        assertThat(labelFiles()).isZero();
    }

    private long labelFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("labels"))) {
            return files.count();
        }
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static FakeRequest post(String target, String json) {
        return new FakeRequest(
                "POST",
                "/",
                Map.of("X-Amz-Target", List.of(target)),
                json.getBytes(StandardCharsets.UTF_8),
                FakeRequest.newRequestId());
    }
}
