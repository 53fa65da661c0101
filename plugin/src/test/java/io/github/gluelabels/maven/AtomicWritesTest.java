package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's receipts and journal files are written whole or not at all: a reader never sees half a file (a failed
 * write, which leaves the old file and no temporary one, is tested with {@code AtomicFiles} in core).
 */
@DisplayName("Receipts and journal files are written atomically")
class AtomicWritesTest {

    static final int REWRITES = 50;

    @TempDir
    Path folder;

    AwsClients clients;
    Connection connection;
    ExportTarget target = new ExportTarget(ExportRequest.of("tfm-1", "s3://bucket/out"), null);

    @BeforeEach
    void connection() {
        clients = AwsClients.create(ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of("AKIDATOMIC", "not-a-secret"))
                .glueEndpoint(URI.create("http://127.0.0.1:9"))
                .s3Endpoint(URI.create("http://127.0.0.1:9"))
                .build());
        connection = new Connection(clients, "a test", true);
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    @DisplayName("a receipt rewritten again and again is never read half-written")
    void receiptNeverHalfWritten() throws Exception {
        Path receipt = Receipt.file(folder, "tfm-1", "tsk-1");
        Set<Integer> sizesWritten = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> torn = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    byte[] bytes = Files.readAllBytes(receipt);
                    reads.incrementAndGet();
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (!text.startsWith("{\"format\":1,") || !text.endsWith("}")) {
                        torn.add(
                                bytes.length + " bytes ending with " + text.substring(Math.max(0, text.length() - 20)));
                    }
                } catch (NoSuchFileException e) {
                    // not written yet
                } catch (IOException e) {
                    torn.add(e.toString());
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < REWRITES; i++) {
                // sizes that differ from one write to the next, large enough for a write to take a while
                String failure = "x".repeat((i % 3 + 1) * 100_000);
                Path written = Receipt.writeFailure(folder, target, connection, "tsk-1", null, failure);
                sizesWritten.add((int) Files.size(written));
            }
        } finally {
            writing.set(false);
            reader.join();
        }

        assertThat(reads.get()).as("reads while writing").isGreaterThan(REWRITES);
        assertThat(torn).as("reads of a half-written receipt").isEmpty();
        assertThat(sizesWritten).hasSize(3);
        assertThat(filesIn(folder)).containsExactly(receipt);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
