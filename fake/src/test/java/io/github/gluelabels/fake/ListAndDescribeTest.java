package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsResponse;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.TaskRun;
import software.amazon.awssdk.services.glue.model.TaskRunSortColumnType;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.glue.model.TaskType;
import software.amazon.awssdk.services.glue.model.TransformStatusType;
import software.amazon.awssdk.services.glue.model.TransformType;

@DisplayName("GetMLTaskRuns and GetMLTransform")
class ListAndDescribeTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", "labeling_set_id,label,name,city\ns1,A,x,y\ns1,B,x,z\ns2,A,q,r\n")
                .createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String export(String path) {
        return glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path(path))
                .taskRunId();
    }

    @Test
    void getMlTransformReportsTheSeededLabels() {
        GetMlTransformResponse t = glue.getMLTransform(r -> r.transformId("tfm-1"));
        assertThat(t.transformId()).isEqualTo("tfm-1");
        assertThat(t.labelCount()).isEqualTo(3);
        assertThat(t.status()).isEqualTo(TransformStatusType.READY);
        assertThat(t.parameters().transformType()).isEqualTo(TransformType.FIND_MATCHES);
        assertThat(t.schema()).extracting(c -> c.name()).containsExactly("name", "city");
        assertThat(t.createdOn()).isNotNull();
    }

    @Test
    void getMlTransformOfATransformWithoutLabelsCountsZero() {
        fake.createTransform("tfm-empty");
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-empty")).labelCount())
                .isZero();
    }

    @Test
    void anEmptyNextTokenListsFromTheStart() {
        String run = export("s3://bucket/first");

        GetMlTaskRunsResponse page =
                glue.getMLTaskRuns(r -> r.transformId("tfm-1").nextToken(""));

        assertThat(page.taskRuns()).extracting(TaskRun::taskRunId).containsExactly(run);
    }

    @Test
    void listsNewestFirstByDefault() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            ids.add(export("s3://bucket/" + n));
            Thread.sleep(5);
        }
        GetMlTaskRunsResponse page = glue.getMLTaskRuns(r -> r.transformId("tfm-1"));
        assertThat(page.taskRuns()).extracting(TaskRun::taskRunId).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void pagesWithMaxResultsAndNextToken() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            ids.add(export("s3://bucket/" + n));
            Thread.sleep(2);
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            GetMlTaskRunsResponse page = glue.getMLTaskRuns(r -> r.transformId("tfm-1")
                    .maxResults(2)
                    .nextToken(t)
                    .sort(s -> s.column(TaskRunSortColumnType.STARTED).sortDirection("ASCENDING")));
            page.taskRuns().forEach(run -> seen.add(run.taskRunId()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void filtersByStatusAndType() {
        fake.outcome(Outcome.fail("boom"));
        String failed = export("s3://bucket/f");
        fake.outcome(Outcome.succeed());
        String ok = export("s3://bucket/o");
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1").filter(f -> f.status(TaskStatusType.FAILED)))
                        .taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactly(failed);
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1").filter(f -> f.taskRunType(TaskType.EXPORT_LABELS)))
                        .taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactlyInAnyOrder(failed, ok);
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1").filter(f -> f.taskRunType(TaskType.IMPORT_LABELS)))
                        .taskRuns())
                .isEmpty();
    }

    @Test
    void filtersByStartTime() throws InterruptedException {
        String early = export("s3://bucket/1");
        Thread.sleep(20);
        java.time.Instant between = java.time.Instant.now();
        Thread.sleep(20);
        String late = export("s3://bucket/2");
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1").filter(f -> f.startedAfter(between)))
                        .taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactly(late);
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1").filter(f -> f.startedBefore(between)))
                        .taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactly(early);
    }

    @Test
    void refusesMaxResultsOutOfRange() {
        assertThatThrownBy(() -> glue.getMLTaskRuns(r -> r.transformId("tfm-1").maxResults(1001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("1 validation error detected: Value '1001' at 'maxResults' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 1000");
        assertThatThrownBy(() -> glue.getMLTaskRuns(r -> r.transformId("tfm-1").maxResults(0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Member must have value greater than or equal to 1");
    }

    @Test
    void refusesATokenItDidNotIssue() {
        assertThatThrownBy(() -> glue.getMLTaskRuns(r -> r.transformId("tfm-1").nextToken("forged")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid pagination token");
    }

    @Test
    void refusesAnUnknownSortColumn() {
        assertThatThrownBy(() -> glue.getMLTaskRuns(
                        r -> r.transformId("tfm-1").sort(s -> s.column("NAME").sortDirection("ASCENDING"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(
                        "Value 'NAME' at 'sort.column' failed to satisfy constraint: Member must satisfy enum "
                                + "value set: [TASK_RUN_TYPE, STATUS, STARTED]");
    }
}
