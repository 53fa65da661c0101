package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@DisplayName("Multipart upload through the AWS SDK's S3Client")
class S3MultipartUploadTest {

    static final int MIB = 1024 * 1024;
    static final byte[] PART_1 = filled(5 * MIB, (byte) 'a');
    static final byte[] PART_2 = filled(5 * MIB, (byte) 'b');
    static final byte[] PART_3 = "the last part may be small".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    S3Client s3;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount().createBucket("bucket");
        s3 = Clients.s3(fake);
    }

    @AfterEach
    void forgetAccount() {
        s3.close();
        fake.close();
    }

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private String start(String key) {
        return s3.createMultipartUpload(r ->
                        r.bucket("bucket").key(key).contentType("text/csv").metadata(Map.of("origin", "multipart")))
                .uploadId();
    }

    private CompletedPart upload(String key, String uploadId, int number, byte[] bytes) {
        String etag = s3.uploadPart(
                        r -> r.bucket("bucket").key(key).uploadId(uploadId).partNumber(number),
                        RequestBody.fromBytes(bytes))
                .eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    private static byte[] md5(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("MD5").digest(bytes);
    }

    @Test
    void completedUploadIsTheConcatenationOfItsPartsWithAMultipartEtag() throws Exception {
        String key = "big/labels ü.csv";
        String id = start(key);
        CompletedPart p1 = upload(key, id, 1, PART_1);
        CompletedPart p2 = upload(key, id, 2, PART_2);
        CompletedPart p3 = upload(key, id, 3, PART_3);

        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(
                r -> r.bucket("bucket").key(key).uploadId(id).multipartUpload(u -> u.parts(p1, p2, p3)));

        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(md5(PART_1));
        all.writeBytes(md5(PART_2));
        all.writeBytes(md5(PART_3));
        String expectedEtag = "\"" + HexFormat.of().formatHex(md5(all.toByteArray())) + "-3\"";
        assertThat(done.eTag()).isEqualTo(expectedEtag);
        assertThat(done.key()).isEqualTo(key);
        assertThat(done.bucket()).isEqualTo("bucket");
        assertThat(p1.eTag()).isEqualTo("\"" + HexFormat.of().formatHex(md5(PART_1)) + "\"");

        byte[] stored = fake.objectBytes("bucket", key);
        assertThat(stored).hasSize(PART_1.length + PART_2.length + PART_3.length);
        assertThat(Arrays.copyOfRange(stored, 0, PART_1.length)).isEqualTo(PART_1);
        assertThat(Arrays.copyOfRange(stored, PART_1.length, 2 * 5 * MIB)).isEqualTo(PART_2);
        assertThat(Arrays.copyOfRange(stored, 2 * 5 * MIB, stored.length)).isEqualTo(PART_3);
        HeadObjectResponse head = s3.headObject(r -> r.bucket("bucket").key(key));
        assertThat(head.eTag()).isEqualTo(expectedEtag);
        assertThat(head.contentType()).isEqualTo("text/csv");
        assertThat(head.metadata()).containsOnly(Map.entry("origin", "multipart"));
    }

    @Test
    void partUploadedAgainReplacesTheEarlierOne() {
        String id = start("k");
        upload("k", id, 1, PART_1);
        CompletedPart again = upload("k", id, 1, PART_3);

        s3.completeMultipartUpload(r -> r.bucket("bucket").key("k").uploadId(id).multipartUpload(u -> u.parts(again)));

        assertThat(fake.objectBytes("bucket", "k")).isEqualTo(PART_3);
    }

    @Test
    void objectIsInvisibleUntilTheUploadCompletes() {
        String id = start("k");
        upload("k", id, 1, PART_3);

        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void completeWithAWrongPartEtagIsInvalidPart() {
        String id = start("k");
        upload("k", id, 1, PART_3);

        assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket("bucket")
                        .key("k")
                        .uploadId(id)
                        .multipartUpload(u -> u.parts(CompletedPart.builder()
                                .partNumber(1)
                                .eTag("\"0123456789abcdef0123456789abcdef\"")
                                .build()))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPart");
                });
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void completeNamingAPartNeverUploadedIsInvalidPart() {
        String id = start("k");
        CompletedPart p1 = upload("k", id, 1, PART_3);

        assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket("bucket")
                        .key("k")
                        .uploadId(id)
                        .multipartUpload(u -> u.parts(
                                p1,
                                CompletedPart.builder()
                                        .partNumber(2)
                                        .eTag(p1.eTag())
                                        .build()))))
                .isInstanceOfSatisfying(
                        S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPart"));
    }

    @Test
    void partsOutOfOrderAreInvalidPartOrder() {
        String id = start("k");
        CompletedPart p1 = upload("k", id, 1, PART_1);
        CompletedPart p2 = upload("k", id, 2, PART_3);

        assertThatThrownBy(() -> s3.completeMultipartUpload(
                        r -> r.bucket("bucket").key("k").uploadId(id).multipartUpload(u -> u.parts(p2, p1))))
                .isInstanceOfSatisfying(
                        S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPartOrder"));
    }

    @Test
    void partSmallerThan5MibBeforeTheLastIsEntityTooSmall() {
        String id = start("k");
        CompletedPart small = upload("k", id, 1, PART_3);
        CompletedPart last = upload("k", id, 2, PART_3);

        assertThatThrownBy(() -> s3.completeMultipartUpload(
                        r -> r.bucket("bucket").key("k").uploadId(id).multipartUpload(u -> u.parts(small, last))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityTooSmall");
                });
    }

    @Test
    void abortedUploadIsGoneAndLeavesNoObject() {
        String id = start("k");
        upload("k", id, 1, PART_3);

        assertThat(s3.abortMultipartUpload(r -> r.bucket("bucket").key("k").uploadId(id))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);

        assertThat(fake.objects("bucket", "")).isEmpty();
        assertThatThrownBy(() -> upload("k", id, 2, PART_3))
                .isInstanceOfSatisfying(
                        NoSuchUploadException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void completingAnUnknownUploadIsNoSuchUpload() {
        assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket("bucket")
                        .key("k")
                        .uploadId("no-such-upload")
                        .multipartUpload(u -> u.parts(CompletedPart.builder()
                                .partNumber(1)
                                .eTag("\"x\"")
                                .build()))))
                .isInstanceOf(NoSuchUploadException.class);
    }
}
