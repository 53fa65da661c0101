package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The query of ListObjects and ListObjectsV2 as the fake reads it: a bad {@code max-keys} is S3's
 * {@code InvalidArgument}, 400, with its message; {@code max-keys=0}, an empty delimiter, {@code encoding-type} and
 * {@code fetch-owner} change the page as S3's do. Sent as real requests, since the SDK refuses a negative max-keys.
 */
@DisplayName("The query of a listing: bad max-keys refused, the other parameters honoured")
@Timeout(60)
class S3ListQueryErrorsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;

    @BeforeEach
    void bucket() throws Exception {
        fake = server.defaultAccount();
        fake.createBucket("bucket");
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket/a%20b/c"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    @AfterEach
    void forget() {
        fake.reset();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return RawHttp.send(request);
    }

    static HttpResponse<String> list(String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket?" + query))
                .GET());
    }

    static void assertInvalidArgument(HttpResponse<String> answer, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("<Error><Code>InvalidArgument</Code><Message>" + message + "</Message>");
    }

    @Test
    @DisplayName("a negative max-keys is InvalidArgument, in V2 and V1")
    void negativeMaxKeys() throws Exception {
        assertInvalidArgument(list("list-type=2&max-keys=-1"), "max-keys cannot be negative");
        assertInvalidArgument(list("max-keys=-1"), "max-keys cannot be negative");
    }

    @Test
    @DisplayName("a max-keys that is not an integer is InvalidArgument")
    void maxKeysNotAnInteger() throws Exception {
        assertInvalidArgument(
                list("list-type=2&max-keys=ten"), "Provided max-keys not an integer or within integer range");
        assertInvalidArgument(
                list("list-type=2&max-keys=99999999999999999999"),
                "Provided max-keys not an integer or within integer range");
    }

    @Test
    @DisplayName("max-keys=0 is an empty page, not an error")
    void zeroMaxKeys() throws Exception {
        HttpResponse<String> answer = list("list-type=2&max-keys=0");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("<MaxKeys>0</MaxKeys>").doesNotContain("<Contents>");
    }

    @Test
    @DisplayName("an empty delimiter groups nothing")
    void emptyDelimiter() throws Exception {
        HttpResponse<String> answer = list("list-type=2&delimiter=");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("<Key>a b/c</Key>").doesNotContain("<CommonPrefixes>");
    }

    @Test
    @DisplayName("encoding-type=url encodes the keys; without it they are sent as they are")
    void encodingType() throws Exception {
        assertThat(list("list-type=2").body()).contains("<Key>a b/c</Key>");
        assertThat(list("list-type=2&encoding-type=url").body())
                .contains("<EncodingType>url</EncodingType>")
                .doesNotContain("<Key>a b/c</Key>");
    }

    @Test
    @DisplayName("V2 names owners only with fetch-owner=true; V1 always")
    void fetchOwner() throws Exception {
        assertThat(list("list-type=2").body()).doesNotContain("<Owner>");
        assertThat(list("list-type=2&fetch-owner=false").body()).doesNotContain("<Owner>");
        assertThat(list("list-type=2&fetch-owner=true").body()).contains("<Owner>");
        assertThat(list("").body()).contains("<Owner>");
    }
}
