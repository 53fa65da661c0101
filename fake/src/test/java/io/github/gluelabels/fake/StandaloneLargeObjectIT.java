package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The proof that objects stream: the fake runs with a 64 MiB heap and still takes and serves a 256 MiB object. An
 * upload part is held in memory while it arrives (WireMock reads request bodies whole), so parts are sent one at a time.
 */
@DisplayName("A 256 MiB object through a fake process with a 64 MiB heap")
class StandaloneLargeObjectIT {

    static final long SIZE = 256L * 1024 * 1024;
    static final int PART = 8 * 1024 * 1024;
    static final long SEED = 2024;

    static StandaloneProcess fake;
    static S3Client s3;
    static String md5Hex;

    @BeforeAll
    static void uploadALargeObjectInParts() throws Exception {
        fake = StandaloneProcess.start(List.of("-Xmx64m"), "--bucket", "large-bucket");
        s3 = S3Client.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClient(Clients.http())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLARGE", "any")))
                .build();
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        String uploadId = s3.createMultipartUpload(r -> r.bucket("large-bucket").key("large.bin"))
                .uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        try (InputStream in = new DigestInputStream(new GeneratedBytes(SEED, SIZE), md5)) {
            for (int number = 1; ; number++) {
                byte[] part = in.readNBytes(PART);
                if (part.length == 0) {
                    break;
                }
                int n = number;
                String etag = s3.uploadPart(
                                r -> r.bucket("large-bucket")
                                        .key("large.bin")
                                        .uploadId(uploadId)
                                        .partNumber(n),
                                RequestBody.fromBytes(part))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
            }
        }
        s3.completeMultipartUpload(r ->
                r.bucket("large-bucket").key("large.bin").uploadId(uploadId).multipartUpload(u -> u.parts(parts)));
        md5Hex = HexFormat.of().formatHex(md5.digest());
    }

    @AfterAll
    static void stopTheJar() {
        if (s3 != null) {
            s3.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void wholeObjectDownloadsWithItsSizeAndDigest() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(r -> r.bucket("large-bucket").key("large.bin"))) {
            assertThat(in.response().contentLength()).isEqualTo(SIZE);
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
                read += n;
            }
        }

        assertThat(read).as(fake.describe()).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(md5.digest())).isEqualTo(md5Hex);
        assertThat(fake.stderr()).as("the fake's standard error").doesNotContain("OutOfMemoryError");
    }
}
