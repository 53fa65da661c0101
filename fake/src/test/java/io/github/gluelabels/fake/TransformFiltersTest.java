package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTransformsRequest;
import software.amazon.awssdk.services.glue.model.GlueTable;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.MLTransform;
import software.amazon.awssdk.services.glue.model.SchemaColumn;
import software.amazon.awssdk.services.glue.model.SortDirectionType;
import software.amazon.awssdk.services.glue.model.TransformSortColumnType;
import software.amazon.awssdk.services.glue.model.TransformType;

/**
 * The members of GetMLTransforms' filter and sort that {@code TransformListingTest} does not reach: the time bounds
 * (exclusive), the Glue version, a schema column's data type, the 100-column limit of the schema, the transform type,
 * and the sort by status and by last change in both directions.
 */
@DisplayName("GetMLTransforms: every filter member and sort column")
class TransformFiltersTest {

    static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-12-06T08:00:00Z"));

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().clock(CLOCK));

    FakeGlue fake;
    GlueClient glue;
    String b;
    String c;
    String a;
    Instant cCreated;
    Instant bUpdated;

    /** b, c and a, created in that order a minute apart; then c gets labels, then b is renamed, a minute later each. */
    @BeforeEach
    void threeTransforms() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        b = create("b");
        c = create("c");
        cCreated = CLOCK.instant();
        a = create("a");
        fake.createBucket("bucket")
                .putObject(
                        "bucket", "c.csv", "labeling_set_id,label,email\ns1,A,x@y\n".getBytes(StandardCharsets.UTF_8));
        CLOCK.advance(Duration.ofMinutes(1));
        glue.startImportLabelsTaskRun(r -> r.transformId(c).inputS3Path("s3://bucket/c.csv"));
        CLOCK.advance(Duration.ofMinutes(1));
        bUpdated = CLOCK.instant();
        glue.updateMLTransform(r -> r.transformId(b).name("b2"));
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String create(String name) {
        CLOCK.advance(Duration.ofMinutes(1));
        return glue.createMLTransform(r -> r.name(name)
                        .inputRecordTables(GlueTable.builder()
                                .databaseName("db")
                                .tableName(name)
                                .build())
                        .parameters(p -> p.transformType(TransformType.FIND_MATCHES))
                        .role("role"))
                .transformId();
    }

    private List<String> ids(java.util.function.Consumer<GetMlTransformsRequest.Builder> request) {
        return glue.getMLTransforms(request).transforms().stream()
                .map(MLTransform::transformId)
                .toList();
    }

    @Test
    @DisplayName("the time bounds are exclusive: created and changed before and after")
    void timeBounds() {
        assertThat(ids(r -> r.filter(f -> f.createdBefore(cCreated)))).containsExactly(b);
        assertThat(ids(r -> r.filter(f -> f.createdAfter(cCreated)))).containsExactly(a);
        assertThat(ids(r -> r.filter(f -> f.lastModifiedAfter(cCreated)))).containsExactly(b, c, a);
        assertThat(ids(r -> r.filter(f -> f.lastModifiedBefore(bUpdated)))).containsExactly(c, a);
        assertThat(ids(r -> r.filter(f -> f.lastModifiedAfter(bUpdated.minusMillis(1)))))
                .containsExactly(b);
    }

    @Test
    @DisplayName("the Glue version and transform type filter; a bad type is refused")
    void glueVersionAndType() {
        String version = glue.getMLTransform(r -> r.transformId(b)).glueVersion();
        assertThat(ids(r -> r.filter(f -> f.glueVersion(version)))).containsExactly(b, c, a);
        String other = version.equals("4.0") ? "2.0" : "4.0";
        assertThat(ids(r -> r.filter(f -> f.glueVersion(other)))).isEmpty();
        assertThat(ids(r -> r.filter(f -> f.transformType(TransformType.FIND_MATCHES))))
                .containsExactly(b, c, a);
        assertThatThrownBy(() -> ids(r -> r.filter(f -> f.transformType("FIND_TWINS"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("1 validation error detected: Value 'FIND_TWINS' at 'filter.transformType'"
                                        + " failed to satisfy constraint: Member must satisfy enum value set:"
                                        + " [FIND_MATCHES]"));
    }

    @Test
    @DisplayName("a schema column matches by name and, when given, the data type string")
    void schemaDataType() {
        assertThat(ids(r -> r.filter(
                        f -> f.schema(SchemaColumn.builder().name("email").build()))))
                .containsExactly(c);
        assertThat(ids(r -> r.filter(f -> f.schema(
                        SchemaColumn.builder().name("email").dataType("int").build()))))
                .isEmpty();
        assertThat(ids(r -> r.filter(f -> f.schema(
                        SchemaColumn.builder().name("phone").dataType("string").build()))))
                .isEmpty();
    }

    @Test
    @DisplayName("a schema of 100 columns is taken, of 101 refused")
    void schemaOfAtMost100Columns() {
        List<SchemaColumn> columns = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            columns.add(
                    SchemaColumn.builder().name("col" + i).dataType("string").build());
        }
        assertThat(ids(r -> r.filter(f -> f.schema(columns)))).isEmpty();
        columns.add(SchemaColumn.builder().name("col100").dataType("string").build());
        assertThatThrownBy(() -> ids(r -> r.filter(f -> f.schema(columns))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .contains("Filter.Schema must list at most 100 columns"));
    }

    @Test
    @DisplayName("sorted by status or by last change, in both directions; ties in the order of creation")
    void sortByStatusAndLastModified() {
        assertThat(ids(r -> r.sort(
                        s -> s.column(TransformSortColumnType.STATUS).sortDirection(SortDirectionType.ASCENDING))))
                .containsExactly(b, a, c);
        assertThat(ids(r -> r.sort(
                        s -> s.column(TransformSortColumnType.STATUS).sortDirection(SortDirectionType.DESCENDING))))
                .containsExactly(c, a, b);
        assertThat(ids(r -> r.sort(s ->
                        s.column(TransformSortColumnType.LAST_MODIFIED).sortDirection(SortDirectionType.ASCENDING))))
                .containsExactly(a, c, b);
        assertThat(ids(r -> r.sort(s ->
                        s.column(TransformSortColumnType.TRANSFORM_TYPE).sortDirection(SortDirectionType.DESCENDING))))
                .containsExactly(a, c, b);
    }
}
