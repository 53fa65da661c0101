package io.github.gluelabels.core.it;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An export as a build runs it, in a JVM of its own so that a test can kill it: start, wait, download. Arguments: the
 * Glue endpoint, the S3 endpoint, the access key, the transform, the output path, the download folder. Prints
 * {@code started <taskRunId>} when the run started and {@code downloaded <files>} at the end; exits 1 with the
 * failure's message when the export fails.
 */
public final class ExportProcess {

    private ExportProcess() {}

    public static void main(String[] args) {
        ClientSettings settings = ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of(args[2], "not-a-secret"))
                .glueEndpoint(URI.create(args[0]))
                .s3Endpoint(URI.create(args[1]))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        int status;
        try (AwsClients clients = AwsClients.create(settings)) {
            ExportListener listener = new ExportListener() {
                @Override
                public void started(String transformId, String taskRunId) {
                    System.out.println("started " + taskRunId);
                }
            };
            ExportResult result = LabelExporter.of(clients, listener)
                    .export(
                            ExportRequest.of(args[3], args[4]),
                            ExportOptions.defaults()
                                    .downloadingTo(Path.of(args[5]))
                                    .waiting(WaitOptions.defaults()
                                            .withPollInterval(Duration.ofMillis(20))
                                            .withMaxPollInterval(Duration.ofMillis(20))
                                            .withTimeout(Duration.ofMinutes(2))));
            System.out.println("downloaded " + result.download().files().size());
            status = 0;
        } catch (GlueLabelsException e) {
            System.out.println("failed: " + e.getMessage());
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }
}
