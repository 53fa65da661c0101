package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.CreateMlTransformRequest;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;
import software.amazon.awssdk.services.glue.model.GlueTable;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.TransformEncryption;
import software.amazon.awssdk.services.glue.model.TransformType;
import software.amazon.awssdk.services.glue.model.WorkerType;

/**
 * What {@code CreateMLTransform} and {@code UpdateMLTransform} make of their members, as {@code GetMLTransform} shows
 * it: a create keeps every member given and the model's defaults for the rest; an update replaces the members given
 * and keeps every other; a capacity given as {@code MaxCapacity} replaces one given as workers, and the other way
 * round; a refused request changes nothing.
 */
@DisplayName("CreateMLTransform keeps what it is given, UpdateMLTransform replaces what it is given and keeps the rest")
@Timeout(60)
class TransformSettingsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void account() {
        // the default account, which the raw requests below reach too
        fake = server.defaultAccount();
        glue = Clients.glue(fake);
    }

    @AfterEach
    void forget() {
        glue.close();
        fake.reset();
    }

    static final TransformEncryption ENCRYPTION = TransformEncryption.builder()
            .mlUserDataEncryption(m -> m.mlUserDataEncryptionMode("SSE-KMS").kmsKeyId("key-1"))
            .taskRunSecurityConfigurationName("glue-security")
            .build();

    static CreateMlTransformRequest.Builder people(CreateMlTransformRequest.Builder r) {
        return r.name("people")
                .inputRecordTables(GlueTable.builder()
                        .databaseName("crm")
                        .tableName("people")
                        .build())
                .parameters(p -> p.transformType(TransformType.FIND_MATCHES))
                .role("GlueServiceRole");
    }

    /** A transform with every member given, its capacity as {@code MaxCapacity}. */
    static CreateMlTransformRequest.Builder everything(CreateMlTransformRequest.Builder r) {
        return people(r)
                .description("people of the CRM")
                .glueVersion("4.0")
                .maxCapacity(5.0)
                .timeout(60)
                .maxRetries(3)
                .transformEncryption(ENCRYPTION)
                .tags(Map.of("team", "crm"));
    }

    /** A transform with its capacity as workers. */
    static CreateMlTransformRequest.Builder workers(CreateMlTransformRequest.Builder r) {
        return people(r).workerType(WorkerType.G_1_X).numberOfWorkers(4);
    }

    String create(UnaryOperator<CreateMlTransformRequest.Builder> request) {
        return glue.createMLTransform(
                        request.apply(CreateMlTransformRequest.builder()).build())
                .transformId();
    }

    GetMlTransformResponse get(String id) {
        return glue.getMLTransform(r -> r.transformId(id));
    }

    /**
     * @return the transform as {@code GetMLTransform} shows it, less what every update changes: a response's
     *     {@code equals} takes its HTTP metadata in, its {@code toString} only its members
     */
    static String shown(GetMlTransformResponse transform) {
        return transform.toBuilder().lastModifiedOn(null).build().toString();
    }

    static HttpResponse<String> raw(String operation, String body) throws Exception {
        return RawHttp.glue(server.endpoint(), "AWSGlue." + operation, body);
    }

    @Test
    @DisplayName("a create keeps every member given")
    void createKeepsEveryMember() {
        GetMlTransformResponse t = get(create(TransformSettingsTest::everything));

        assertThat(t.description()).isEqualTo("people of the CRM");
        assertThat(t.glueVersion()).isEqualTo("4.0");
        assertThat(t.maxCapacity()).isEqualTo(5.0);
        assertThat(t.workerType()).isNull();
        assertThat(t.numberOfWorkers()).isNull();
        assertThat(t.timeout()).isEqualTo(60);
        assertThat(t.maxRetries()).isEqualTo(3);
        assertThat(t.transformEncryption()).isEqualTo(ENCRYPTION);
        assertThat(glue.listMLTransforms(r -> r.tags(Map.of("team", "crm"))).transformIds())
                .containsExactly(t.transformId());
    }

    @Test
    @DisplayName("a create gives the model's defaults for the members not given")
    void createGivesTheDefaults() {
        GetMlTransformResponse t = get(create(TransformSettingsTest::people));

        assertThat(t.description()).isEmpty();
        assertThat(t.glueVersion()).isEqualTo("0.9");
        assertThat(t.maxCapacity()).isEqualTo(10.0);
        assertThat(t.workerType()).isNull();
        assertThat(t.numberOfWorkers()).isNull();
        assertThat(t.timeout()).isEqualTo(2880);
        assertThat(t.maxRetries()).isZero();
        assertThat(t.transformEncryption()).isNull();
    }

    @Test
    @DisplayName("a create with workers has no MaxCapacity, not the default one")
    void createWithWorkersHasNoMaxCapacity() {
        GetMlTransformResponse t = get(create(TransformSettingsTest::workers));

        assertThat(t.workerType()).isEqualTo(WorkerType.G_1_X);
        assertThat(t.numberOfWorkers()).isEqualTo(4);
        assertThat(t.maxCapacity()).isNull();
    }

    @Test
    @DisplayName("an update of the name alone keeps every other member")
    void updateOfTheNameKeepsTheRest() {
        String id = create(TransformSettingsTest::everything);
        GetMlTransformResponse before = get(id);

        glue.updateMLTransform(r -> r.transformId(id).name("people v2"));

        assertThat(shown(get(id)))
                .isEqualTo(shown(before.toBuilder().name("people v2").build()));
    }

    @Test
    @DisplayName("an update without a name keeps the name: no member is required but the id")
    void updateWithoutTheNameKeepsIt() {
        String id = create(TransformSettingsTest::everything);
        GetMlTransformResponse before = get(id);

        glue.updateMLTransform(r -> r.transformId(id).description("all the people"));

        assertThat(shown(get(id)))
                .isEqualTo(
                        shown(before.toBuilder().description("all the people").build()));
    }

    @Test
    @DisplayName("an update replaces every member given")
    void updateReplacesEveryMemberGiven() {
        String id = create(TransformSettingsTest::everything);
        GetMlTransformResponse before = get(id);

        glue.updateMLTransform(r -> r.transformId(id)
                .description("all the people")
                .role("OtherRole")
                .glueVersion("2.0")
                .maxCapacity(7.0)
                .timeout(30)
                .maxRetries(1));

        assertThat(shown(get(id)))
                .isEqualTo(shown(before.toBuilder()
                        .description("all the people")
                        .role("OtherRole")
                        .glueVersion("2.0")
                        .maxCapacity(7.0)
                        .timeout(30)
                        .maxRetries(1)
                        .build()));
    }

    @Test
    @DisplayName("an update to workers drops the MaxCapacity")
    void updateToWorkersDropsMaxCapacity() {
        String id = create(TransformSettingsTest::everything);
        GetMlTransformResponse before = get(id);

        glue.updateMLTransform(
                r -> r.transformId(id).workerType(WorkerType.G_2_X).numberOfWorkers(3));

        assertThat(shown(get(id)))
                .isEqualTo(shown(before.toBuilder()
                        .maxCapacity(null)
                        .workerType(WorkerType.G_2_X)
                        .numberOfWorkers(3)
                        .build()));
    }

    @Test
    @DisplayName("an update to a MaxCapacity drops the workers")
    void updateToMaxCapacityDropsWorkers() {
        String id = create(TransformSettingsTest::workers);
        GetMlTransformResponse before = get(id);

        glue.updateMLTransform(r -> r.transformId(id).maxCapacity(8.0));

        assertThat(shown(get(id)))
                .isEqualTo(shown(before.toBuilder()
                        .maxCapacity(8.0)
                        .workerType((String) null)
                        .numberOfWorkers(null)
                        .build()));
    }

    @Test
    @DisplayName("an update that gives no capacity keeps the workers")
    void updateWithoutCapacityKeepsWorkers() {
        String id = create(TransformSettingsTest::workers);
        GetMlTransformResponse before = get(id);

        glue.updateMLTransform(r -> r.transformId(id).maxRetries(2));

        assertThat(shown(get(id)))
                .isEqualTo(shown(before.toBuilder().maxRetries(2).build()));
    }

    @Test
    @DisplayName("a refused update changes nothing")
    void refusedUpdateChangesNothing() {
        String id = create(TransformSettingsTest::everything);
        GetMlTransformResponse before = get(id);

        assertThatThrownBy(() -> glue.updateMLTransform(
                        r -> r.transformId(id).description("all the people").timeout(0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("1 validation error detected: Value '0' at 'timeout' failed to satisfy "
                                        + "constraint: Member must have value greater than or equal to 1"));
        assertThat(get(id)).hasToString(before.toString());
    }

    @Test
    @DisplayName("a create without Parameters is refused: they are required")
    void createWithoutParameters() {
        assertThatThrownBy(() -> glue.createMLTransform(r ->
                        people(r).parameters((software.amazon.awssdk.services.glue.model.TransformParameters) null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("1 validation error detected: Value null at 'parameters' failed to satisfy "
                                        + "constraint: Member must not be null"));
        assertThat(glue.listMLTransforms(r -> {}).transformIds()).isEmpty();
    }

    @Test
    @DisplayName("a create's TransformEncryption is checked")
    void createChecksTheEncryption() {
        assertThatThrownBy(() -> glue.createMLTransform(r -> people(r)
                        .transformEncryption(e -> e.mlUserDataEncryption(m -> m.mlUserDataEncryptionMode("NONE")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("1 validation error detected: Value 'NONE' at "
                                        + "'transformEncryption.mlUserDataEncryption.mlUserDataEncryptionMode' failed "
                                        + "to satisfy constraint: Member must satisfy enum value set: "
                                        + "[DISABLED, SSE-KMS]"));
        assertThat(glue.listMLTransforms(r -> {}).transformIds()).isEmpty();
    }

    @Test
    @DisplayName("an update's TransformEncryption, which its model does not have, is neither checked nor applied")
    void updateIgnoresAnEncryption() throws Exception {
        String id = create(TransformSettingsTest::everything);
        GetMlTransformResponse before = get(id);

        HttpResponse<String> answer = raw(
                "UpdateMLTransform",
                "{\"TransformId\":\"" + id + "\",\"TransformEncryption\":{\"MlUserDataEncryption\":"
                        + "{\"MlUserDataEncryptionMode\":\"NONE\"}}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(shown(get(id))).isEqualTo(shown(before));
    }

    @Test
    @DisplayName("a create takes 10 input tables")
    void createTakesTenTables() {
        GlueTable[] tables = new GlueTable[10];
        for (int i = 0; i < tables.length; i++) {
            tables[i] =
                    GlueTable.builder().databaseName("crm").tableName("t" + i).build();
        }

        assertThat(get(create(r -> people(r).inputRecordTables(tables))).inputRecordTables())
                .hasSize(10);
    }

    @Test
    @DisplayName("a create refuses 11 input tables")
    void createRefusesElevenTables() {
        GlueTable table =
                GlueTable.builder().databaseName("crm").tableName("people").build();

        assertThatThrownBy(
                        () -> glue.createMLTransform(r -> people(r).inputRecordTables(Collections.nCopies(11, table))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("InputRecordTables must list at most 10 tables (it lists 11); value seen: "
                                        + "null"));
        assertThat(glue.listMLTransforms(r -> {}).transformIds()).isEmpty();
    }

    @Test
    @DisplayName("a TransformEncryption with only a security configuration has no user data encryption")
    void createWithOnlyASecurityConfiguration() {
        String id = glue.createMLTransform(
                        r -> people(r).transformEncryption(e -> e.taskRunSecurityConfigurationName("glue-security")))
                .transformId();
        GetMlTransformResponse t = glue.getMLTransform(r -> r.transformId(id));
        assertThat(t.transformEncryption())
                .isEqualTo(TransformEncryption.builder()
                        .taskRunSecurityConfigurationName("glue-security")
                        .build());
        assertThat(t.transformEncryption().mlUserDataEncryption()).isNull();
    }
}
