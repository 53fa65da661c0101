package io.github.gluelabels.fake.internal.glue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalInt;

/**
 * The {@code NextToken} of a listing: where its next page starts, bound to the query it pages by the query's
 * fingerprint, so that a token given to another query is refused rather than paging it from a wrong place. Opaque to
 * clients, as the service's tokens are: {@code v1:<offset>:<fingerprint>} in URL-safe Base64.
 */
final class PageToken {

    private static final String VERSION = "v1";

    private PageToken() {}

    /** @return the token of the page that starts at {@code offset} of the query with this fingerprint */
    static String encode(int offset, String fingerprint) {
        String token = VERSION + ":" + offset + ":" + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    /** @return where the page starts, or nothing when the token is not one {@link #encode} gave this query */
    static OptionalInt offset(String token, String fingerprint) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 3 && parts[0].equals(VERSION) && parts[2].equals(fingerprint)) {
                return OptionalInt.of(Integer.parseInt(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // not Base64, or no number where the offset goes: not one of ours
        }
        return OptionalInt.empty();
    }
}
