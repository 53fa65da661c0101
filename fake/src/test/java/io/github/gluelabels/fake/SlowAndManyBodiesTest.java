package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that send their bodies slowly, or many at once, cannot keep the fake from answering others: a body that is
 * not there yet holds none of the server's threads, must arrive whole within the body read timeout, and all bodies in
 * flight share one memory budget, past which a request is refused at once with a retryable error.
 */
@DisplayName("Slow and many request bodies")
@Timeout(90)
class SlowAndManyBodiesTest {

    static final String GET_TRANSFORM = "{\"TransformId\":\"tfm-1\"}";

    FakeGlueServer server;
    final List<Trickler> tricklers = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Trickler trickler : tricklers) {
            trickler.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    static String getTransform(String extraHeaders) {
        return "POST / HTTP/1.1\r\nHost: fake\r\nX-Amz-Target: AWSGlue.GetMLTransform\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\nConnection: close\r\n" + extraHeaders
                + "Content-Length: "
                + GET_TRANSFORM.length() + "\r\n\r\n" + GET_TRANSFORM;
    }

    static String put(String key, long length) {
        return "PUT /bucket/" + key + " HTTP/1.1\r\nHost: fake\r\nConnection: close\r\nContent-Length: " + length
                + "\r\n\r\n";
    }

    /** A client that sends a request's headers, then its body a byte at a time, once a second, until answered. */
    final class Trickler implements AutoCloseable {
        final RawExchange exchange;
        final Thread sender;

        Trickler(String key) throws IOException {
            exchange = new RawExchange(server.port(), 30_000);
            exchange.send(put(key, 1_000));
            sender = new Thread(
                    () -> {
                        try {
                            while (true) {
                                exchange.send("x");
                                Thread.sleep(1_000);
                            }
                        } catch (IOException | InterruptedException e) {
                            // answered and closed, or stopped
                        }
                    },
                    "trickler-" + key);
            sender.setDaemon(true);
            sender.start();
            tricklers.add(this);
        }

        @Override
        public void close() throws IOException {
            sender.interrupt();
            exchange.close();
        }
    }

    @Test
    @DisplayName("40 clients trickling bodies (more than the server's 32 threads) leave a normal call answered, and "
            + "each is cut off after the body read timeout with S3's RequestTimeout")
    void tricklingClientsStarveNobody() throws Exception {
        server = FakeGlueServer.builder().bodyReadTimeout(Duration.ofSeconds(5)).start();
        server.defaultAccount()
                .seedLabels("tfm-1", "labeling_set_id,label\ns,A\n")
                .createBucket("bucket");
        for (int i = 0; i < 40; i++) {
            new Trickler("slow-" + i);
        }

        try (RawExchange normal = new RawExchange(server.port(), 15_000)) {
            String answer = normal.send(getTransform("")).answer();
            assertThat(answer)
                    .as("a normal call while 40 clients trickle their bodies")
                    .startsWith("HTTP/1.1 200 ")
                    .contains("\"LabelCount\":1");
        }

        for (Trickler trickler : tricklers) {
            String answer = trickler.exchange.answer();
            assertThat(answer)
                    .as("a trickling client's answer")
                    .startsWith("HTTP/1.1 400 ")
                    .contains("<Code>RequestTimeout</Code>")
                    .contains("the body did not arrive whole within the body read timeout of 5000 ms");
            assertThat(RawExchange.looksLikeAnErrorPage(answer)).as(answer).isFalse();
        }
        assertThat(server.defaultAccount().objects("bucket", "")).isEmpty();
        awaitHeld(0);
    }

    @Test
    @DisplayName("past the body budget, an upload is S3's 503 SlowDown and a Glue call ThrottlingException, at once; "
            + "once a body in flight is done, uploads are taken again")
    void bodyBudget() throws Exception {
        long mib = 1L << 20;
        server = FakeGlueServer.builder()
                .maxUploadBytes(mib)
                .bodyBudgetBytes(2 * mib)
                .start();
        FakeGlue fake = server.defaultAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("bucket");
        RawExchange first = new RawExchange(server.port(), 20_000).send(put("first.bin", mib) + "a".repeat(10));
        RawExchange second = new RawExchange(server.port(), 20_000).send(put("second.bin", mib) + "b".repeat(10));
        try (first;
                second) {
            awaitHeld(2 * mib);

            String refused;
            try (RawExchange third = new RawExchange(server.port(), 20_000)) {
                // a first byte of the body: Jetty hands a request on once some of its body has come
                refused = third.send(put("third.bin", mib) + "c").answer();
            }
            assertThat(refused)
                    .as(refused)
                    .startsWith("HTTP/1.1 503 ")
                    .contains("<Code>SlowDown</Code>")
                    .containsIgnoringCase("Connection: close")
                    .contains("the request bodies in flight hold 2097152 of the 2097152 bytes");
            String throttled;
            try (RawExchange glue = new RawExchange(server.port(), 20_000)) {
                throttled = glue.send(getTransform("")).answer();
            }
            assertThat(throttled)
                    .as(throttled)
                    .startsWith("HTTP/1.1 400 ")
                    .containsIgnoringCase("x-amzn-ErrorType: ThrottlingException");
            List<JournalEntry> calls = fake.journal().entries();
            assertThat(calls.subList(calls.size() - 2, calls.size()))
                    .extracting(JournalEntry::errorCode)
                    .containsExactly("SlowDown", "ThrottlingException");

            String done = first.send("a".repeat((int) mib - 10)).answer();
            assertThat(done).as(done).startsWith("HTTP/1.1 200 ");
            awaitHeld(mib);
            try (RawExchange third = new RawExchange(server.port(), 20_000)) {
                String taken = third.send(put("third.bin", mib) + "c".repeat((int) mib))
                        .answer();
                assertThat(taken).as(taken).startsWith("HTTP/1.1 200 ");
            }
            assertThat(fake.objects("bucket", ""))
                    .extracting(S3ObjectInfo::key)
                    .containsExactlyInAnyOrder("first.bin", "third.bin");
        }
        awaitHeld(0);
    }

    @Test
    @DisplayName("a body without Content-Length is held twice while its chunks are put together: within the budget it "
            + "is stored, past it S3's 503 SlowDown")
    void chunkedBodiesCountTwice() throws Exception {
        long mib = 1L << 20;
        server = FakeGlueServer.builder()
                .maxUploadBytes(mib)
                .bodyBudgetBytes(3 * mib / 2)
                .start();
        FakeGlue fake = server.defaultAccount();
        fake.createBucket("bucket");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        java.net.http.HttpResponse<String> half = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.endpoint() + "/bucket/half.bin"))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new GeneratedBytes(1, mib / 2)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> whole = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.endpoint() + "/bucket/whole.bin"))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(2, mib)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(half.statusCode()).as(half.body()).isEqualTo(200);
        assertThat(fake.objectBytes("bucket", "half.bin")).isEqualTo(new GeneratedBytes(1, mib / 2).readAllBytes());
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(503);
        assertThat(whole.body()).contains("<Code>SlowDown</Code>");
        assertThat(fake.objects("bucket", "")).extracting(S3ObjectInfo::key).containsExactly("half.bin");
        awaitHeld(0);
    }

    /** Waits (a bounded wait, not a timing assertion) until the bodies in flight hold this many bytes. */
    void awaitHeld(long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.bodyBytesHeld() != bytes && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.bodyBytesHeld()).as("bytes held by bodies in flight").isEqualTo(bytes);
    }
}
