package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeding the standalone fake with labeling files larger than its heap: a file of ordinary rows streams to disk and
 * seeds; a file whose one field does not fit in the heap ends the program — status 2, one line naming the file and
 * the cause — where it used to hang for good, its port held, never ready.
 */
@DisplayName("The standalone fake seeded with files larger than its heap")
@Timeout(180)
class StandaloneSeedIT {

    @TempDir
    Path folder;

    @Test
    @DisplayName("one field of 160 MiB under -Xmx64m: exit status 2 and one line naming the file, out of memory")
    void fieldLargerThanTheHeap() throws Exception {
        Path labels = folder.resolve("huge-field.csv");
        try (BufferedWriter out = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            out.write("labeling_set_id,label,text\ns1,A,");
            String mebibyte = "x".repeat(1 << 20);
            for (int i = 0; i < 160; i++) {
                out.write(mebibyte);
            }
            out.write('\n');
        }
        Path stderr = folder.resolve("stderr.txt");
        Path stdout = folder.resolve("stdout.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-jar",
                        StandaloneProcess.jar().toString(),
                        "--seed",
                        "tfm-1=" + labels)
                .redirectError(stderr.toFile())
                .redirectOutput(stdout.toFile())
                .start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("the process ended by itself (it used to hang)")
                    .isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).isEqualTo(2);
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("glue-labels fake: --seed \"tfm-1=" + labels + "\": out of memory reading " + labels
                        + ": the fake reads a labeling file one record at a time, and a record of this one does not fit in its "
                        + "heap of ")
                .contains("(give the JVM more with -Xmx, or split the field)");
        // it never got as far as listening (the port is the default 0, any free one); and having ended, it holds
        // no port: binding its port again would judge what else on this machine took that port since
        assertThat(Files.readString(stdout)).doesNotContain(FakeGlueMain.READY_LINE);
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    @DisplayName("150 MB of ordinary rows, three times the heap of -Xmx48m: seeded, every label counted")
    void fileLargerThanTheHeap() throws Exception {
        Path labels = folder.resolve("big.csv");
        int rows = 1_500_000;
        try (BufferedWriter out = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            out.write("labeling_set_id,label,text\n");
            String text = "y".repeat(90);
            for (int i = 0; i < rows; i++) {
                out.write("s" + i + ",L" + (i % 7) + "," + text + "\n");
            }
        }
        assertThat(Files.size(labels)).as("three times the heap").isGreaterThan(3 * (48L << 20));

        try (StandaloneProcess fake = StandaloneProcess.start(List.of("-Xmx48m"), "--seed", "tfm-big=" + labels)) {
            assertThat(fake.stdout()).contains("Transform:     tfm-big (" + rows + " labels from " + labels + ")");
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(fake.endpoint() + "/"))
                                    .header("Content-Type", "application/x-amz-json-1.1")
                                    .header("X-Amz-Target", "AWSGlue.GetMLTransform")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"TransformId\":\"tfm-big\"}"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("\"LabelCount\":" + rows);
        }
    }
}
