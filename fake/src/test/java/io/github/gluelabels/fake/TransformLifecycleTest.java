package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.CreateMlTransformRequest;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;
import software.amazon.awssdk.services.glue.model.GlueTable;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.glue.model.TransformStatusType;
import software.amazon.awssdk.services.glue.model.TransformType;
import software.amazon.awssdk.services.glue.model.WorkerType;

@DisplayName("CreateMLTransform, UpdateMLTransform, DeleteMLTransform and the status through the AWS SDK")
class TransformLifecycleTest {

    static final Instant START = Instant.parse("2026-12-06T10:15:30Z");
    static final ManualClock CLOCK = new ManualClock(START);
    static final String LABELS = "labeling_set_id,label,name,city\ns1,A,Ann,Oslo\ns1,A,Anne,Oslo\ns2,B,Bob,Rome\n";

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().clock(CLOCK));

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    static CreateMlTransformRequest.Builder people(CreateMlTransformRequest.Builder r) {
        return r.name("people")
                .inputRecordTables(GlueTable.builder()
                        .databaseName("crm")
                        .tableName("people")
                        .build())
                .parameters(p -> p.transformType(TransformType.FIND_MATCHES)
                        .findMatchesParameters(f -> f.primaryKeyColumnName("id").precisionRecallTradeoff(0.9)))
                .role("GlueServiceRole");
    }

    private String create() {
        return glue.createMLTransform(r -> people(r)).transformId();
    }

    private String importLabels(String transformId) {
        fake.putObject("bucket", "labels/people.csv", LABELS.getBytes(StandardCharsets.UTF_8));
        String runId = glue.startImportLabelsTaskRun(
                        r -> r.transformId(transformId).inputS3Path("s3://bucket/labels/people.csv"))
                .taskRunId();
        assertThat(glue.getMLTaskRun(r -> r.transformId(transformId).taskRunId(runId))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
        return runId;
    }

    @Test
    void createNeedsNoSetUpAndGivesAnIdAsGlueMakesThem() {
        String id = create();

        assertThat(id).matches("tfm-[0-9a-f]{40}");
        assertThat(createAnother()).isNotEqualTo(id);
    }

    private String createAnother() {
        return glue.createMLTransform(r -> people(r).name("people 2")).transformId();
    }

    @Test
    void aNewTransformIsNotReadyAndEchoesWhatWasGivenWithTheModelsDefaults() {
        String id = create();

        GetMlTransformResponse t = glue.getMLTransform(r -> r.transformId(id));
        assertThat(t.status()).isEqualTo(TransformStatusType.NOT_READY);
        assertThat(t.labelCount()).isZero();
        assertThat(t.schema()).isEmpty();
        assertThat(t.name()).isEqualTo("people");
        assertThat(t.description()).isEmpty();
        assertThat(t.inputRecordTables()).singleElement().satisfies(table -> {
            assertThat(table.databaseName()).isEqualTo("crm");
            assertThat(table.tableName()).isEqualTo("people");
        });
        assertThat(t.parameters().findMatchesParameters().primaryKeyColumnName())
                .isEqualTo("id");
        assertThat(t.parameters().findMatchesParameters().precisionRecallTradeoff())
                .isEqualTo(0.9);
        assertThat(t.role()).isEqualTo("GlueServiceRole");
        assertThat(t.glueVersion()).isEqualTo("0.9");
        assertThat(t.maxCapacity()).isEqualTo(10.0);
        assertThat(t.timeout()).isEqualTo(2880);
        assertThat(t.createdOn()).isEqualTo(CLOCK.instant());
        assertThat(t.lastModifiedOn()).isEqualTo(t.createdOn());
    }

    @Test
    void aTransformIsReadyOnceItHasLabelsAndItsSchemaIsTheirs() {
        String id = create();
        importLabels(id);

        GetMlTransformResponse t = glue.getMLTransform(r -> r.transformId(id));
        assertThat(t.status()).isEqualTo(TransformStatusType.READY);
        assertThat(t.labelCount()).isEqualTo(3);
        assertThat(t.schema()).extracting(c -> c.name()).containsExactly("name", "city");
    }

    @Test
    void statusFollowsTheLabelsOfTransformsATestMakes() {
        fake.createTransform("tfm-empty").seedLabels("tfm-seeded", LABELS);

        assertThat(glue.getMLTransform(r -> r.transformId("tfm-empty")).status())
                .isEqualTo(TransformStatusType.NOT_READY);
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-seeded")).status())
                .isEqualTo(TransformStatusType.READY);
    }

    @Test
    void updateReplacesTheMembersGivenKeepsTheRestAndTheLabels() {
        String id = create();
        importLabels(id);
        Instant created = CLOCK.instant();
        CLOCK.advance(Duration.ofMinutes(5));

        String updated = glue.updateMLTransform(r -> r.transformId(id)
                        .name("people v2")
                        .parameters(p -> p.transformType(TransformType.FIND_MATCHES)
                                .findMatchesParameters(f -> f.accuracyCostTradeoff(0.2)))
                        .workerType(WorkerType.G_1_X)
                        .numberOfWorkers(5))
                .transformId();

        assertThat(updated).isEqualTo(id);
        GetMlTransformResponse t = glue.getMLTransform(r -> r.transformId(id));
        assertThat(t.name()).isEqualTo("people v2");
        assertThat(t.parameters().findMatchesParameters().accuracyCostTradeoff())
                .isEqualTo(0.2);
        assertThat(t.parameters().findMatchesParameters().precisionRecallTradeoff())
                .isEqualTo(0.9);
        assertThat(t.workerType()).isEqualTo(WorkerType.G_1_X);
        assertThat(t.numberOfWorkers()).isEqualTo(5);
        assertThat(t.maxCapacity()).as("set by the worker type, not kept").isNull();
        assertThat(t.role()).isEqualTo("GlueServiceRole");
        assertThat(t.labelCount()).isEqualTo(3);
        assertThat(t.createdOn()).isEqualTo(created);
        assertThat(t.lastModifiedOn()).isEqualTo(created.plus(Duration.ofMinutes(5)));
    }

    @Test
    void deleteForgetsTheTransformItsLabelsAndItsRuns() {
        String id = create();
        String runId = importLabels(id);

        assertThat(glue.deleteMLTransform(r -> r.transformId(id)).transformId()).isEqualTo(id);

        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId(id)))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> glue.getMLTaskRun(r -> r.transformId(id).taskRunId(runId)))
                .isInstanceOf(EntityNotFoundException.class);
        assertThat(glue.listMLTransforms(r -> {}).transformIds()).doesNotContain(id);
        assertThat(fake.taskRuns()).noneMatch(run -> run.transformId().equals(id));
        assertThat(fake.labelCount(id)).isZero();
    }

    @Test
    void deletingAnUnknownTransformIsEntityNotFound() {
        assertThatThrownBy(() -> glue.deleteMLTransform(r -> r.transformId("tfm-missing")))
                .isInstanceOfSatisfying(
                        EntityNotFoundException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Cannot find MLTransform in account 123456789012 with handle tfm-missing."));
    }

    @Test
    void deleteChecksTheIdBeforeLookingItUp() {
        String id = create();
        assertThatThrownBy(() -> glue.deleteMLTransform(r -> r.transformId("")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("1 validation error detected: Value '' at 'transformId' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 1");
        assertThat(glue.getMLTransform(r -> r.transformId(id)).transformId()).isEqualTo(id);
    }

    @Test
    void updatingAnUnknownTransformIsEntityNotFound() {
        assertThatThrownBy(() ->
                        glue.updateMLTransform(r -> r.transformId("tfm-missing").name("x")))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void namesAreUnique() {
        create();
        assertThatThrownBy(this::create)
                .isInstanceOfSatisfying(
                        AlreadyExistsException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Transform with name people already exists."));
        String other = createAnother();
        assertThatThrownBy(
                        () -> glue.updateMLTransform(r -> r.transformId(other).name("people")))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void createReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> glue.createMLTransform(r -> r.description("line\u0000")
                        .inputRecordTables(
                                GlueTable.builder().databaseName("crm").build())
                        .parameters(p -> p.findMatchesParameters(f -> f.precisionRecallTradeoff(1.5)))
                        .workerType("G.9X")
                        .maxCapacity(2.0)
                        .timeout(0)
                        .tags(Map.of("", "v"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith("9 validation errors detected: ")
                                .contains("Value null at 'name' failed to satisfy constraint: Member must not be null")
                                .contains("at 'description' failed to satisfy constraint: Member must satisfy regular "
                                        + "expression pattern")
                                .contains("Value null at 'inputRecordTables[0].tableName' failed to satisfy constraint")
                                .contains("Value null at 'parameters.transformType' failed")
                                .contains(
                                        "Value '1.5' at 'parameters.findMatchesParameters.precisionRecallTradeoff' failed "
                                                + "to satisfy constraint: Member must have value less than or equal to 1.0")
                                .contains("Value null at 'role' failed")
                                .contains(
                                        "Value 'G.9X' at 'workerType' failed to satisfy constraint: Member must satisfy "
                                                + "enum value set")
                                .contains("Value '0' at 'timeout' failed to satisfy constraint: Member must have value "
                                        + "greater than or equal to 1")
                                .contains(
                                        "Value '' at 'tags' failed to satisfy constraint: Member must have length greater "
                                                + "than or equal to 1")
                                .contains("MaxCapacity must not be set with WorkerType or NumberOfWorkers")
                                .contains("NumberOfWorkers is required when WorkerType is set"));
        assertThat(glue.listMLTransforms(r -> {}).transformIds()).isEmpty();
    }

    @Test
    void aSeededTransformsKeyIsTheFirstColumnOfItsLabels() {
        fake.seedLabels("tfm-seeded", LABELS);
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-seeded"))
                        .parameters()
                        .findMatchesParameters()
                        .primaryKeyColumnName())
                .isEqualTo("name");
    }

    @Test
    void aCreatedTransformWithoutAKeyHasNoneOnceItHasLabels() {
        String id = glue.createMLTransform(r -> people(r).parameters(p -> p.transformType(TransformType.FIND_MATCHES)))
                .transformId();
        importLabels(id);
        GetMlTransformResponse t = glue.getMLTransform(r -> r.transformId(id));
        assertThat(t.labelCount()).isEqualTo(3);
        assertThat(t.parameters().findMatchesParameters().primaryKeyColumnName())
                .isNull();
    }
}
