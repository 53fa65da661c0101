package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.S3Uri;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A whole download by a real S3 client, whose HTTP client answers from a map of objects: what the download tells the
 * listener about what it left aside and what it removed.
 */
@DisplayName("Downloader: downloads an export's objects, and says what it left aside and removed")
class DownloaderTest {

    private static final S3Uri SOURCE = new S3Uri("bucket", "out");

    @TempDir
    Path work;

    private final Map<String, String> objects = new LinkedHashMap<>();
    private final List<String> infos = new ArrayList<>();
    private final ExportListener listener = new ExportListener() {
        @Override
        public void info(String message) {
            infos.add(message);
        }
    };
    private final S3Client s3 = S3Client.builder()
            .region(Region.EU_WEST_1)
            .endpointOverride(URI.create("http://localhost:1"))
            .forcePathStyle(true)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "not-a-secret")))
            .httpClient(new ObjectsHttpClient())
            .build();
    private final Downloader downloader = new Downloader(
            s3,
            new ErrorTranslator("eu-west-1", null, null, 1, null, EndpointKind.AWS),
            listener,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            2);

    @AfterEach
    void close() {
        s3.close();
    }

    @Test
    @DisplayName("a first download, with nothing left aside and nothing removed, says neither")
    void saysNothingWhenNothingWasLeftAsideOrRemoved() {
        objects.put("out/part-0.csv", "a");

        DownloadResult result = download();

        assertThat(work.resolve("folder/part-0.csv")).hasContent("a");
        assertThat(result.files()).hasSize(1);
        assertThat(infos).isEmpty();
    }

    @Test
    @DisplayName("says how many objects it left aside, and how many files of the earlier download it removed")
    void saysWhatItLeftAsideAndRemoved() {
        objects.put("out/old.csv", "old");
        objects.put("out/part-0.csv", "a");
        download();
        infos.clear();
        EarlierObjects earlier = downloader.before(SOURCE);
        objects.remove("out/part-0.csv");
        objects.put("out/part-1.csv", "b");

        download(earlier);

        assertThat(work.resolve("folder/part-0.csv")).doesNotExist();
        assertThat(work.resolve("folder/part-1.csv")).hasContent("b");
        assertThat(infos)
                .containsExactly(
                        "Left aside 1 object(s) under s3://bucket/out that were there before this export started "
                                + "(earlier exports to the same path); downloading the 1 it wrote.",
                        "Removed 2 file(s) of an earlier download from " + work.resolve("folder")
                                + ": the folder holds "
                                + "this export's files (and any file glue-labels did not write).");
    }

    private DownloadResult download() {
        return download(EarlierObjects.NONE);
    }

    private DownloadResult download(EarlierObjects earlier) {
        return downloader.download(SOURCE, work.resolve("folder"), earlier, false, DownloadLimits.defaults());
    }

    /** Answers ListObjectsV2 and GetObject of bucket {@code bucket} from {@link #objects}. */
    private final class ObjectsHttpClient implements SdkHttpClient {

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            String path = request.httpRequest().encodedPath();
            byte[] body;
            if (path.equals("/bucket") || path.equals("/bucket/")) {
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult "
                        + "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bucket</Name><Prefix>out/</Prefix>"
                        + "<KeyCount>" + objects.size() + "</KeyCount><MaxKeys>1000</MaxKeys>"
                        + "<IsTruncated>false</IsTruncated>");
                objects.forEach((key, content) -> xml.append("<Contents><Key>")
                        .append(key)
                        .append("</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>&quot;")
                        .append(md5(content))
                        .append("&quot;</ETag><Size>")
                        .append(content.length())
                        .append("</Size><StorageClass>STANDARD</StorageClass></Contents>"));
                body = xml.append("</ListBucketResult>").toString().getBytes(StandardCharsets.UTF_8);
                return respond(body, "application/xml", null);
            }
            String content = objects.get(path.substring("/bucket/".length()));
            body = content.getBytes(StandardCharsets.UTF_8);
            return respond(body, "text/csv", "\"" + md5(content) + "\"");
        }

        private ExecutableHttpRequest respond(byte[] body, String type, String etag) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    SdkHttpResponse.Builder response = SdkHttpResponse.builder()
                            .statusCode(200)
                            .putHeader("Content-Type", type)
                            .putHeader("Content-Length", String.valueOf(body.length));
                    if (etag != null) {
                        response.putHeader("ETag", etag);
                    }
                    return HttpExecuteResponse.builder()
                            .response(response.build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public void close() {}
    }

    private static String md5(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
