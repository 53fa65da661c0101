package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTransformsResponse;
import software.amazon.awssdk.services.glue.model.GlueTable;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.MLTransform;
import software.amazon.awssdk.services.glue.model.SchemaColumn;
import software.amazon.awssdk.services.glue.model.SortDirectionType;
import software.amazon.awssdk.services.glue.model.TransformSortColumnType;
import software.amazon.awssdk.services.glue.model.TransformStatusType;
import software.amazon.awssdk.services.glue.model.TransformType;

@DisplayName("GetMLTransforms and ListMLTransforms through the AWS SDK")
class TransformListingTest {

    static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-12-06T08:00:00Z"));

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().clock(CLOCK));

    FakeGlue fake;
    GlueClient glue;
    /** Ids of the transforms b, c and a, created in that order a minute apart; only c has labels and a tag. */
    String b;

    String c;
    String a;
    Instant cCreated;

    @BeforeEach
    void threeTransforms() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        b = create("b", Map.of());
        cCreated = CLOCK.instant();
        c = create("c", Map.of("team", "crm", "stage", "test"));
        a = create("a", Map.of("team", "sales"));
        fake.createBucket("bucket")
                .putObject(
                        "bucket", "c.csv", "labeling_set_id,label,email\ns1,A,x@y\n".getBytes(StandardCharsets.UTF_8));
        glue.startImportLabelsTaskRun(r -> r.transformId(c).inputS3Path("s3://bucket/c.csv"));
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String create(String name, Map<String, String> tags) {
        CLOCK.advance(Duration.ofMinutes(1));
        return glue.createMLTransform(r -> r.name(name)
                        .inputRecordTables(GlueTable.builder()
                                .databaseName("db")
                                .tableName(name)
                                .build())
                        .parameters(p -> p.transformType(TransformType.FIND_MATCHES))
                        .role("role")
                        .tags(tags))
                .transformId();
    }

    @Test
    void getMlTransformsListsEveryTransformOldestFirstByDefault() {
        GetMlTransformsResponse page = glue.getMLTransforms(r -> {});
        assertThat(page.transforms()).extracting(MLTransform::transformId).containsExactly(b, c, a);
        assertThat(page.transforms())
                .extracting(MLTransform::status)
                .containsExactly(
                        TransformStatusType.NOT_READY, TransformStatusType.READY, TransformStatusType.NOT_READY);
        assertThat(page.transforms().get(1).labelCount()).isEqualTo(1);
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void getMlTransformsFiltersAndSorts() {
        assertThat(glue.getMLTransforms(r -> r.filter(f -> f.status(TransformStatusType.NOT_READY))
                                .sort(s -> s.column(TransformSortColumnType.NAME)
                                        .sortDirection(SortDirectionType.DESCENDING)))
                        .transforms())
                .extracting(MLTransform::name)
                .containsExactly("b", "a");
        assertThat(glue.getMLTransforms(r -> r.filter(f -> f.name("c"))).transforms())
                .extracting(MLTransform::transformId)
                .containsExactly(c);
        assertThat(glue.getMLTransforms(r -> r.filter(f -> f.createdAfter(cCreated)))
                        .transforms())
                .extracting(MLTransform::transformId)
                .containsExactly(c, a);
        assertThat(glue.getMLTransforms(r -> r.filter(f -> f.schema(SchemaColumn.builder()
                                .name("email")
                                .dataType("string")
                                .build())))
                        .transforms())
                .extracting(MLTransform::transformId)
                .containsExactly(c);
    }

    @Test
    void pagingOnNextTokenSeesEveryTransformOnceAndTokensBelongToTheirQuery() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            GetMlTransformsResponse page =
                    glue.getMLTransforms(r -> r.maxResults(1).nextToken(next));
            page.transforms().forEach(t -> seen.add(t.transformId()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).containsExactly(b, c, a);
        assertThat(pages).isEqualTo(3);

        String first = glue.getMLTransforms(r -> r.maxResults(1)).nextToken();
        assertThatThrownBy(() -> glue.getMLTransforms(r -> r.maxResults(1)
                        .nextToken(first)
                        .sort(s -> s.column(TransformSortColumnType.NAME).sortDirection(SortDirectionType.ASCENDING))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NextToken must be a token from a previous GetMLTransforms response");
    }

    @Test
    void listMlTransformsFiltersByTagsAndPages() {
        assertThat(glue.listMLTransforms(r -> {}).transformIds()).containsExactly(b, c, a);
        assertThat(glue.listMLTransforms(r -> r.tags(Map.of("team", "crm"))).transformIds())
                .containsExactly(c);
        assertThat(glue.listMLTransforms(r -> r.tags(Map.of("team", "crm", "stage", "prod")))
                        .transformIds())
                .isEmpty();
        assertThat(glue.listMLTransforms(r -> r.maxResults(2)).nextToken()).isNotNull();
    }

    @Test
    @DisplayName("ListMLTransforms checks its Tags as the model's TagsMap: at most 50, keys 1 to 128, values to 256")
    void listMlTransformsChecksItsTags() {
        Map<String, String> tooMany = new java.util.HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("k" + i, "v");
        }
        assertThatThrownBy(() -> glue.listMLTransforms(r -> r.tags(tooMany)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("at most 50 tags (it holds 51)"));
        assertThatThrownBy(() -> glue.listMLTransforms(r -> r.tags(Map.of("", "v", "team", "x".repeat(257)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith("2 validation errors detected: "));
    }

    @Test
    void badFilterAndSortAreReportedAtOnce() {
        assertThatThrownBy(() -> glue.getMLTransforms(
                        r -> r.maxResults(0).filter(f -> f.status("GONE")).sort(s -> s.column("SIZE"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith("4 validation errors detected: ")
                                .contains("Value '0' at 'maxResults'")
                                .contains(
                                        "Value 'GONE' at 'filter.status' failed to satisfy constraint: Member must satisfy"
                                                + " enum value set: [NOT_READY, READY, DELETING]")
                                .contains(
                                        "Value null at 'sort.sortDirection' failed to satisfy constraint: Member must not"
                                                + " be null")
                                .contains("Value 'SIZE' at 'sort.column'"));
    }
}
