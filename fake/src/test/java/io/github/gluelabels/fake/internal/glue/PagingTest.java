package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paging of the fake's listings: MaxResults and NextToken in, a page and the next page's token out. */
class PagingTest {

    private static final String ORIGIN = "ListThings response with the same query";

    @ParameterizedTest(name = "{0} items, pages of {1}")
    @CsvSource({"0, 3", "1, 1", "7, 3", "9, 3", "250, 100", "5, 1000"})
    void tokensWalkEveryItemOnceInOrder(int count, int pageSize) {
        List<Integer> listing = IntStream.range(0, count).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        int expectedPages = Math.max(1, (count + pageSize - 1) / pageSize);
        do {
            Paging.Page<Integer> page = paging(pageSize, token).page(listing, "query-a", ORIGIN);
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            seen.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null && pages <= expectedPages); // a token that does not move on ends the walk too

        assertThat(seen).isEqualTo(listing);
        assertThat(pages).isEqualTo(expectedPages);
    }

    @Test
    void aRequestWithoutMaxResultsGetsPagesOfTheServiceDefault() {
        List<Integer> listing = IntStream.range(0, 150).boxed().toList();

        Paging.Page<Integer> first = paging(null, null).page(listing, "query-a", ORIGIN);

        assertThat(first.items()).hasSize(100);
        assertThat(paging(null, first.nextToken())
                        .page(listing, "query-a", ORIGIN)
                        .items())
                .containsExactlyElementsOf(listing.subList(100, 150));
    }

    @Test
    void refusesATokenOfAnotherQuery() {
        List<Integer> listing = IntStream.range(0, 10).boxed().toList();
        String tokenOfA = paging(3, null).page(listing, "query-a", ORIGIN).nextToken();

        assertThatThrownBy(() -> paging(3, tokenOfA).page(listing, "query-b", ORIGIN))
                .isInstanceOfSatisfying(
                        GlueError.class, e -> assertThat(e.type()).isEqualTo("InvalidInputException"))
                .hasMessage("Invalid pagination token: NextToken must be a token from a previous " + ORIGIN + ".");
    }

    @ParameterizedTest
    @CsvSource({"not base64!", "djE6eDpxdWVyeS1h", "' '"})
    void refusesATokenItDidNotGive(String token) {
        // djE6eDpxdWVyeS1h is "v1:x:query-a": our shape, but no offset
        assertThatThrownBy(() -> paging(3, token).page(List.of(1, 2, 3, 4), "query-a", ORIGIN))
                .isInstanceOf(GlueError.class)
                .hasMessageStartingWith("Invalid pagination token");
    }

    @Test
    void anEmptyTokenIsTheFirstPageAsTheModelsDefaultIsEmpty() {
        List<Integer> listing = IntStream.range(0, 5).boxed().toList();

        Paging.Page<Integer> page = paging(2, "").page(listing, "query-a", ORIGIN);

        assertThat(page.items()).containsExactly(0, 1);
        assertThat(page.nextToken()).isNotNull();
    }

    @Test
    void tokensAreOpaqueUrlSafeText() {
        String token = PageToken.encode(42, "query-a");

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(token).doesNotContain("42");
        assertThat(PageToken.offset(token, "query-a")).hasValue(42);
        assertThat(PageToken.offset(token, "query-b")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0, Member must have value greater than or equal to 1",
        "1001, Member must have value less than or equal to 1000"
    })
    void maxResultsOutOfRangeIsAViolationNamingTheField(int maxResults, String serviceWords) {
        List<Violation> violations = paging(maxResults, null).violations();

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("MaxResults");
            assertThat(v.value()).isEqualTo(Integer.toString(maxResults));
            assertThat(v.modelConstraint()).isEqualTo(serviceWords);
        });
    }

    @ParameterizedTest
    @CsvSource({"1", "1000"})
    void maxResultsInRangeIsFine(int maxResults) {
        assertThat(paging(maxResults, null).violations()).isEmpty();
    }

    private static Paging paging(Integer maxResults, String nextToken) {
        StringBuilder json = new StringBuilder("{");
        if (maxResults != null) {
            json.append("\"MaxResults\":").append(maxResults);
        }
        if (nextToken != null) {
            json.append(maxResults != null ? "," : "")
                    .append("\"NextToken\":\"")
                    .append(nextToken)
                    .append('"');
        }
        return Paging.read(JsonIn.parse(json.append('}').toString().getBytes(StandardCharsets.UTF_8)));
    }
}
