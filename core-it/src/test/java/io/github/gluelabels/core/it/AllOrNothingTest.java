package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A download whose final move fails half-way leaves the earlier download exactly as it was. */
@DisplayName("A download whose final move fails")
class AllOrNothingTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.with(FakeGlueServer.builder());

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;

    @TempDir
    Path work;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        exporter = LabelExporter.of(clients, new RecordingListener());
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private void put(String key, String body) {
        fake.putObject("bucket", key, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("on a folder in the way of its second file, leaves the earlier download as it was and no temporaries")
    void folderInTheWay() throws IOException {
        put("first/a.csv", "first a\n");
        put("first/sub/b.csv", "first b\n");
        Path folder = work.resolve("labels");
        exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/first"), folder);
        Files.createDirectories(folder.resolve("a"));
        Files.writeString(folder.resolve("a").resolve("mine.txt"), "the user's\n");
        Map<String, String> before = FolderState.of(folder);
        // moved into place in key order: 0.csv, then a, which the user's folder a/ is in the way of
        put("second/0.csv", "second 0\n");
        put("second/a", "second a\n");
        put("second/z.csv", "second z\n");

        assertThatThrownBy(() -> exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/second"), folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/second/a")
                .hasMessageContaining(folder.resolve("a").toString())
                .hasMessageContaining("The folder was put back as it was before this download");

        assertThat(FolderState.of(folder)).isEqualTo(before);
        assertThat(FolderState.temporaries(folder)).isEmpty();
    }
}
