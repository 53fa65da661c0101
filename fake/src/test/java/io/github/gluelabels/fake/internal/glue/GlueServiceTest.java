package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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

    private static FakeRequest post(String target, String json) {
        return new FakeRequest(
                "POST",
                "/",
                Map.of("X-Amz-Target", List.of(target)),
                json.getBytes(StandardCharsets.UTF_8),
                FakeRequest.newRequestId());
    }
}
