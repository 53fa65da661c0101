package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a ListObjects (V1) or ListObjectsV2 asks for, from its query. The continuation token of V2 is a mark and the
 * last key or common prefix of the page before, Base64-encoded: opaque to clients, as S3's is, and one the fake did not
 * give is refused, as S3 refuses it.
 *
 * @param v2 whether it is ListObjectsV2
 * @param prefix the keys' prefix, empty for all
 * @param delimiter what groups keys into common prefixes, or {@code null}
 * @param url whether keys are sent URL-encoded ({@code encoding-type=url})
 * @param maxKeys the most keys and common prefixes on the page, at most 1000
 * @param token the continuation token as sent, or {@code null}
 * @param startAfter V2's {@code start-after}, or V1's {@code marker}; empty for none
 * @param after the key the page starts after: the token's, or else {@code startAfter}
 * @param fetchOwner whether every object names its owner (always in V1)
 */
record ListQuery(
        boolean v2,
        String prefix,
        String delimiter,
        boolean url,
        long maxKeys,
        String token,
        String startAfter,
        String after,
        boolean fetchOwner) {

    /** What every continuation token the fake gives starts with, so that one it did not give is refused. */
    private static final String TOKEN_MARK = "glue-labels-fake:";

    /** The most keys S3 lists on one page, whatever {@code max-keys} asks for. */
    static final long MAX_KEYS = 1000;

    /**
     * @param r the request
     * @param v2 whether it is ListObjectsV2
     * @return the query
     * @throws S3Error {@code InvalidArgument} for a bad {@code max-keys} or continuation token
     */
    static ListQuery of(FakeRequest r, boolean v2) {
        long maxKeys;
        try {
            maxKeys = Math.min(MAX_KEYS, Long.parseLong(r.queryValue("max-keys").orElse(Long.toString(MAX_KEYS))));
        } catch (NumberFormatException e) {
            throw new S3Error(400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
        }
        if (maxKeys < 0) {
            throw new S3Error(400, "InvalidArgument", "max-keys cannot be negative");
        }
        String token = r.queryValue("continuation-token").orElse(null);
        String startAfter = r.queryValue(v2 ? "start-after" : "marker").orElse("");
        return new ListQuery(
                v2,
                r.queryValue("prefix").orElse(""),
                r.queryValue("delimiter").filter(d -> !d.isEmpty()).orElse(null),
                "url".equals(r.queryValue("encoding-type").orElse(null)),
                maxKeys,
                token,
                startAfter,
                v2 && token != null ? decodeToken(token) : startAfter,
                !v2 || r.queryValue("fetch-owner").map("true"::equals).orElse(false));
    }

    /** @return the continuation token that starts the next page after this key or common prefix */
    static String continuationToken(String lastListed) {
        byte[] token = (TOKEN_MARK + lastListed).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * @return the key a token of {@link #continuationToken} starts after
     * @throws S3Error {@code InvalidArgument} (400), as S3 answers, for a token it did not give: not Base64, not
     *     UTF-8, or without its mark
     */
    private static String decodeToken(String token) {
        try {
            CharBuffer text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(token)));
            String decoded = text.toString();
            if (decoded.startsWith(TOKEN_MARK)) {
                return decoded.substring(TOKEN_MARK.length());
            }
        } catch (IllegalArgumentException | CharacterCodingException e) {
            // not Base64, or not UTF-8: not one of ours
        }
        throw new S3Error(400, "InvalidArgument", "The continuation token provided is incorrect");
    }

    /** @return a key or prefix as the answer sends it */
    String encode(String value) {
        return S3Xml.encode(value, url);
    }
}
