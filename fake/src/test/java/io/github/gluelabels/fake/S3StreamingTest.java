package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * A large object goes from a stream to the fake's disk and back out through the SDK in small reads. 64 MiB keeps the
 * build quick; the proof that the server never holds an object in its heap is {@code StandaloneLargeObjectIT}, which
 * moves 256 MiB through a fake process that has a 64 MiB heap.
 */
@DisplayName("Large objects stream through the fake S3")
class S3StreamingTest {

    static final long SIZE = 64L * 1024 * 1024;
    static final long SEED = 42;

    static FakeGlue fake;
    static S3Client s3;
    static String md5Hex;

    @BeforeAll
    static void storeALargeObject() throws Exception {
        fake = FakeGlue.start().createBucket("bucket");
        s3 = Clients.s3(fake);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream in = new DigestInputStream(new GeneratedBytes(SEED, SIZE), md5)) {
            fake.putObject("bucket", "large.bin", in);
        }
        md5Hex = HexFormat.of().formatHex(md5.digest());
    }

    @AfterAll
    static void stop() {
        s3.close();
        fake.close();
    }

    @Test
    void wholeObjectArrivesWithItsSizeAndDigestThroughABoundedBuffer() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(r -> r.bucket("bucket").key("large.bin"))) {
            assertThat(in.response().contentLength()).isEqualTo(SIZE);
            assertThat(in.response().eTag()).isEqualTo("\"" + md5Hex + "\"");
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
                read += n;
            }
        }
        assertThat(read).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(md5.digest())).isEqualTo(md5Hex);
    }

    @Test
    void objectPutFromAFileHasTheFilesBytes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("labels.bin");
        try (InputStream in = new GeneratedBytes(7, 1_000_003)) {
            Files.copy(in, file);
        }

        fake.putObject("bucket", "from-file.bin", file);

        assertThat(s3.getObjectAsBytes(r -> r.bucket("bucket").key("from-file.bin"))
                        .asByteArray())
                .isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void rangeDeepInsideTheObjectHasTheBytesAtThatOffset() throws IOException {
        long from = SIZE - 3 * 1024 * 1024 + 17;
        int length = 1024 * 1024;
        byte[] expected = new byte[length];
        try (InputStream generated = new GeneratedBytes(SEED, SIZE)) {
            generated.skipNBytes(from);
            generated.readNBytes(expected, 0, length);
        }

        byte[] got = s3.getObjectAsBytes(
                        r -> r.bucket("bucket").key("large.bin").range("bytes=" + from + "-" + (from + length - 1)))
                .asByteArray();

        assertThat(got).isEqualTo(expected);
    }
}
