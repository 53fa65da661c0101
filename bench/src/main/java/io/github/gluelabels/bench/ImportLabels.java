package io.github.gluelabels.bench;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.export.ImportListener;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.export.WaitOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Suite 6, glue-labels' side of the import comparison: checks a labeling file, uploads it, imports it (adding to the
 * labels, no backup) and waits for the run, polling every {@code pollMillis} as the AWS CLI loop does, against a fake
 * running in another process. Usage: {@code ImportLabels <endpoint> <transformId> <file> <inputS3Path> <pollMillis>}.
 * Prints one JSON line with the label counts and the time inside the JVM.
 */
public final class ImportLabels {

    private ImportLabels() {}

    public static void main(String[] args) {
        long begin = System.nanoTime();
        ClientSettings settings = ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of("FAKEGLUEDEFAULTKEY00", "glue-labels-fake-secret-key"))
                .glueEndpoint(URI.create(args[0]))
                .s3Endpoint(URI.create(args[0]))
                .build();
        Duration poll = Duration.ofMillis(Long.parseLong(args[4]));
        try (AwsClients clients = AwsClients.create(settings)) {
            ImportResult result = LabelImporter.of(clients, ImportListener.NONE)
                    .importLabels(
                            ImportRequest.of(args[1], Path.of(args[2]), args[3]),
                            ImportOptions.defaults()
                                    .waiting(WaitOptions.defaults()
                                            .withPollInterval(poll)
                                            .withMaxPollInterval(poll)));
            System.out.printf(
                    "{\"status\":\"%s\",\"before\":%d,\"after\":%d,\"inJvmMs\":%d}%n",
                    result.status(),
                    result.labelCountBefore(),
                    result.labelCountAfter(),
                    (System.nanoTime() - begin) / 1_000_000);
        }
    }
}
