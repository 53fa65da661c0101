package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import java.util.List;

/**
 * How a listing of the fake pages, as the service's do: {@code MaxResults} (1 to 1000, 100 when absent) and
 * {@code NextToken} in; one page and the {@link PageToken} of the next out.
 */
final class Paging {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    /**
     * One page of a listing.
     *
     * @param items what the page holds, in the listing's order
     * @param nextToken the token of the next page; {@code null} on the last one
     * @param <T> what the listing lists
     */
    record Page<T>(List<T> items, String nextToken) {}

    private final Integer maxResults;
    private final String nextToken;

    private Paging(Integer maxResults, String nextToken) {
        this.maxResults = maxResults;
        this.nextToken = nextToken;
    }

    /**
     * @return the paging members of a request: {@code MaxResults} and {@code NextToken}; an empty {@code NextToken} is
     *     the first page, as none is (the model: "The default is empty")
     */
    static Paging read(JsonIn in) {
        Integer maxResults = in.integer("MaxResults");
        String nextToken = in.string("NextToken");
        return new Paging(maxResults, nextToken == null || nextToken.isEmpty() ? null : nextToken);
    }

    /** @return the violation of {@code MaxResults}, if it is out of range */
    List<Violation> violations() {
        if (maxResults == null || (maxResults >= 1 && maxResults <= MAX_PAGE_SIZE)) {
            return List.of();
        }
        return List.of(new Violation(
                "MaxResults",
                "must be 1 to " + MAX_PAGE_SIZE,
                null,
                maxResults.toString(),
                maxResults < 1
                        ? "Member must have value greater than or equal to 1"
                        : "Member must have value less than or equal to " + MAX_PAGE_SIZE));
    }

    /**
     * The page the request asks for.
     *
     * @param listing everything the query finds, in its order
     * @param fingerprint what the query is, so that its tokens page it and nothing else
     * @param tokenOrigin where a valid token comes from, for the message when the request's is not, e.g.
     *     {@code GetMLTaskRuns response with the same TransformId, Filter and Sort}
     * @param <T> what the listing lists
     * @return the page
     * @throws GlueError {@code InvalidInputException} when the request's token is not one this query gave
     */
    <T> Page<T> page(List<T> listing, String fingerprint, String tokenOrigin) {
        int offset = nextToken == null
                ? 0
                : PageToken.offset(nextToken, fingerprint)
                        .orElseThrow(() -> GlueError.invalidInput(
                                "Invalid pagination token: NextToken must be a token from a previous " + tokenOrigin
                                        + "."));
        int pageSize = maxResults == null ? DEFAULT_PAGE_SIZE : maxResults;
        int end = Math.min(listing.size(), offset + pageSize);
        List<T> items = listing.subList(Math.min(offset, listing.size()), end);
        return new Page<>(items, end < listing.size() ? PageToken.encode(end, fingerprint) : null);
    }
}
