package io.github.gluelabels.fake.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's own contract, below the HTTP front: what a write returns, what a delete says, the order of its buckets,
 * and that an object's file goes when the object does (replaced, deleted, or cleared away), not only at the fake's end.
 */
class S3StoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path root;

    private S3Store store;

    @BeforeEach
    void newStore() {
        store = new S3Store(root.resolve("s3"), Clock.fixed(NOW, ZoneOffset.UTC));
        store.createBucket("bucket", "us-east-1");
    }

    private long files() throws IOException {
        if (!Files.isDirectory(root.resolve("s3"))) {
            return 0;
        }
        try (Stream<Path> files = Files.list(root.resolve("s3"))) {
            return files.count();
        }
    }

    private String read(StoredObject object) throws IOException {
        try (InputStream in = store.open(object)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTextPutReturnsTheObjectItStored() throws IOException {
        StoredObject object = store.put("bucket", "a/b.txt", "héllo", "text/plain");

        assertThat(object.key()).isEqualTo("a/b.txt");
        assertThat(object.size()).isEqualTo(6);
        assertThat(object.etag()).isEqualTo("\"" + md5Hex("héllo") + "\"");
        assertThat(object.contentType()).isEqualTo("text/plain");
        assertThat(object.lastModified()).isEqualTo(NOW);
        assertThat(read(object)).isEqualTo("héllo");
        assertThat(store.get("bucket", "a/b.txt")).containsSame(object);
    }

    @Test
    void aWriteReturnsTheObjectItStored() throws IOException {
        StoredObject object = store.write(
                "bucket", "out/part.csv", "text/csv", out -> out.write("x,y\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(object.key()).isEqualTo("out/part.csv");
        assertThat(object.size()).isEqualTo(4);
        assertThat(object.etag()).isEqualTo("\"" + md5Hex("x,y\n") + "\"");
        assertThat(object.contentType()).isEqualTo("text/csv");
        assertThat(read(object)).isEqualTo("x,y\n");
        assertThat(store.get("bucket", "out/part.csv")).containsSame(object);
    }

    @Test
    void deleteSaysWhetherThereWasAnObject() {
        store.put("bucket", "k", "v", null);

        assertThat(store.delete("bucket", "other")).isFalse();
        assertThat(store.delete("bucket", "k")).isTrue();
        assertThat(store.delete("bucket", "k")).as("deleted already").isFalse();
        assertThat(store.get("bucket", "k")).isEmpty();
    }

    @Test
    void aDeletedObjectsFileGoes() throws IOException {
        store.put("bucket", "k", "v", null);
        assertThat(files()).isEqualTo(1);

        store.delete("bucket", "k");

        assertThat(files()).isZero();
    }

    @Test
    void aReplacedObjectsFileGoes() throws IOException {
        store.put("bucket", "k", "first", null);

        StoredObject second = store.put("bucket", "k", "second", null);

        assertThat(files()).isEqualTo(1);
        assertThat(read(second)).isEqualTo("second");
    }

    @Test
    void clearTakesEveryObjectsFile() throws IOException {
        store.createBucket("other", "eu-west-1");
        store.put("bucket", "a", "1", null);
        store.put("bucket", "b", "2", null);
        store.put("other", "c", "3", null);
        assertThat(files()).isEqualTo(3);

        store.clear();

        assertThat(files()).isZero();
        assertThat(store.bucketNames()).isEmpty();
    }

    @Test
    void listsBucketsByName() {
        List<String> names = List.of("zulu", "alpha", "mike", "bravo", "yankee", "charlie", "x-ray", "delta");
        names.forEach(n -> store.createBucket(n, "us-east-1"));

        assertThat(store.buckets())
                .extracting(b -> b.name)
                .containsExactly("alpha", "bravo", "bucket", "charlie", "delta", "mike", "x-ray", "yankee", "zulu");
    }

    @Test
    void tellsTheTimeOfItsClock() {
        assertThat(store.now()).isEqualTo(NOW);
    }

    @Test
    void aStreamPutKeepsItsMetadataAndDefaultsItsContentType() {
        StoredObject object =
                store.put("bucket", "k", new ByteArrayInputStream(new byte[] {1, 2, 3}), null, Map.of("team", "crm"));

        assertThat(object.contentType()).isEqualTo("binary/octet-stream");
        assertThat(object.metadata()).containsExactly(Map.entry("team", "crm"));
        assertThat(object.size()).isEqualTo(3);
    }

    private static String md5Hex(String text) {
        return java.util.HexFormat.of().formatHex(ObjectFiles.md5().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWriteOfSingleBytesCountsEach() throws IOException {
        StoredObject object = store.write("bucket", "out/bytes.txt", "text/plain", out -> {
            out.write('a');
            out.write('b');
            out.write("cd".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(object.size()).isEqualTo(4);
        assertThat(object.etag()).isEqualTo("\"" + md5Hex("abcd") + "\"");
        assertThat(read(object)).isEqualTo("abcd");
    }

    @Test
    void aWriterThatFailsLeavesNoFile() throws IOException {
        assertThatThrownBy(() -> store.write("bucket", "out/broken.csv", "text/csv", out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("writer broke");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("writer broke");

        assertThat(store.get("bucket", "out/broken.csv")).isEmpty();
        assertThat(files()).isZero();
    }

    @Test
    void aStreamThatFailsLeavesNoFile() throws IOException {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("stream broke");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("stream broke");
            }
        });

        assertThatThrownBy(() -> store.put("bucket", "in/broken.bin", broken, null, Map.of()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("stream broke");

        assertThat(store.get("bucket", "in/broken.bin")).isEmpty();
        assertThat(files()).isZero();
    }
}
