package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsRequest;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsResponse;
import software.amazon.awssdk.services.glue.model.TaskRun;
import software.amazon.awssdk.services.glue.model.TaskRunProperties;
import software.amazon.awssdk.services.glue.model.TaskType;

/** Which of the import runs Glue lists is the one a start without an answer started, page by page. */
class ImportRunLookupTest {

    private static final Instant FIRST_ATTEMPT = Instant.parse("2026-12-06T10:15:30Z");

    /** Answers GetMLTaskRuns with the given pages, one per call (an error past the last), and keeps the requests. */
    static final class ListingGlue extends StubGlue {
        final List<GetMlTaskRunsRequest> requests = new ArrayList<>();
        private final List<GetMlTaskRunsResponse> pages;

        ListingGlue(GetMlTaskRunsResponse... pages) {
            this.pages = List.of(pages);
        }

        @Override
        public GetMlTaskRunsResponse getMLTaskRuns(GetMlTaskRunsRequest request) {
            requests.add(request);
            if (requests.size() > pages.size()) {
                throw new AssertionError("page " + requests.size() + " read, only " + pages.size() + " there");
            }
            return pages.get(requests.size() - 1);
        }
    }

    static TaskRun importRun(String id, String inputS3Path, Boolean replace) {
        return TaskRun.builder()
                .taskRunId(id)
                .properties(p -> p.taskType(TaskType.IMPORT_LABELS)
                        .importLabelsTaskRunProperties(
                                i -> i.inputS3Path(inputS3Path).replace(replace)))
                .build();
    }

    static GetMlTaskRunsResponse page(String nextToken, TaskRun... runs) {
        return GetMlTaskRunsResponse.builder()
                .taskRuns(runs)
                .nextToken(nextToken)
                .build();
    }

    private static ImportRunLookup lookup(GlueClient glue, boolean replace) {
        return new ImportRunLookup(glue, "tfm-1", "s3://bucket/in/", replace, FIRST_ATTEMPT);
    }

    @Test
    void findsTheRunsOfTheSameInputAndReplaceFlagNewestFirstAcrossPages() {
        ListingGlue glue = new ListingGlue(
                page(
                        "t1",
                        importRun("run-new", "s3://bucket/in/", true),
                        importRun("run-other-path", "s3://bucket/other/", true),
                        importRun("run-add", "s3://bucket/in/", false),
                        TaskRun.builder().taskRunId("run-no-properties").build(),
                        TaskRun.builder()
                                .taskRunId("run-no-import-properties")
                                .properties(TaskRunProperties.builder()
                                        .taskType(TaskType.IMPORT_LABELS)
                                        .build())
                                .build()),
                page("", importRun("run-old", "s3://bucket/in/", true)));

        ImportRunLookup.Found found = lookup(glue, true).find();

        assertThat(found).isEqualTo(new ImportRunLookup.Found("run-new", List.of("run-old")));
        assertThat(glue.requests).hasSize(2);
        GetMlTaskRunsRequest first = glue.requests.get(0);
        assertThat(first.transformId()).isEqualTo("tfm-1");
        assertThat(first.filter().taskRunType()).isEqualTo(TaskType.IMPORT_LABELS);
        assertThat(first.filter().startedAfter()).isEqualTo(Instant.parse("2026-12-06T10:00:30Z"));
        assertThat(first.nextToken()).isNull();
        assertThat(glue.requests.get(1).nextToken()).isEqualTo("t1");
    }

    @Test
    void anAddMatchesOnlyRunsWithoutReplace() {
        ListingGlue glue = new ListingGlue(page(
                null,
                importRun("run-replace", "s3://bucket/in/", true),
                importRun("run-add", "s3://bucket/in/", false),
                importRun("run-unsaid", "s3://bucket/in/", null)));

        assertThat(lookup(glue, false).find()).isEqualTo(new ImportRunLookup.Found("run-add", List.of("run-unsaid")));
        assertThat(glue.requests).hasSize(1);
    }

    @Test
    void noMatchingRunIsNone() {
        ListingGlue glue = new ListingGlue(page(null, importRun("run-other", "s3://bucket/other/", true)));

        assertThat(lookup(glue, true).find()).isEqualTo(new ImportRunLookup.Found(null, List.of()));
    }

    @Test
    void readsAtMostTenPages() {
        GetMlTaskRunsResponse[] pages = new GetMlTaskRunsResponse[ImportRunLookup.MAX_PAGES + 1];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = page("t" + (i + 1), importRun("run-" + (i + 1), "s3://bucket/in/", true));
        }
        ListingGlue glue = new ListingGlue(pages);

        ImportRunLookup.Found found = lookup(glue, true).find();

        assertThat(glue.requests).hasSize(10);
        assertThat(found.taskRunId()).isEqualTo("run-1");
        assertThat(found.others()).hasSize(9).last().isEqualTo("run-10");
    }

    @Test
    void theCommandNamesTheRegionOnlyWhenItIsOne() {
        ImportRunLookup lookup = lookup(new ListingGlue(), true);
        String rest = " --transform-id tfm-1 --filter TaskRunType=IMPORT_LABELS,StartedAfter=2026-12-06T10:00:30Z";

        assertThat(lookup.command("eu-west-1")).isEqualTo("aws glue get-ml-task-runs --region eu-west-1" + rest);
        assertThat(lookup.command(null)).isEqualTo("aws glue get-ml-task-runs" + rest);
        assertThat(lookup.command("the client's region")).isEqualTo("aws glue get-ml-task-runs" + rest);
    }
}
