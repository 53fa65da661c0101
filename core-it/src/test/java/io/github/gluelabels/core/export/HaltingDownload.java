package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A download in a JVM of its own that halts — as a kill does: no finally block, no shutdown hook — right after the
 * n-th step of its final move ({@link FolderCommit}), or of the undo of a move an earlier run left. Arguments: the S3
 * endpoint, access key, secret key (the fake's), the S3 folder, the download folder, n (0: never; -n: pause after the
 * n-th step until the process is ended from outside, as Ctrl-C ends a build). Prints {@code halted after <step>} (or
 * {@code paused after <step>}), else {@code done after <n> steps} or {@code failed after <n> steps: <message>}.
 */
public final class HaltingDownload {

    /** The exit status of a halt. */
    static final int HALTED = 9;

    private HaltingDownload() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[4]).toAbsolutePath().normalize();
        int haltAt = Integer.parseInt(args[5]);
        AtomicInteger steps = new AtomicInteger();
        FolderCommit.hook = (root, step) -> {
            if (root.equals(folder) && steps.incrementAndGet() == Math.abs(haltAt)) {
                System.out.println((haltAt > 0 ? "halted after " : "paused after ") + step);
                System.out.flush();
                if (haltAt > 0) {
                    Runtime.getRuntime().halt(HALTED);
                }
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ClientSettings settings = ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of(args[1], args[2]))
                .glueEndpoint(URI.create(args[0]))
                .s3Endpoint(URI.create(args[0]))
                .maxAttempts(1)
                .readTimeout(Duration.ofSeconds(30))
                .build();
        int status = 0;
        try (AwsClients clients = AwsClients.create(settings)) {
            LabelExporter.of(clients, ExportListener.NONE).download(S3Uri.parse("OutputS3Path", args[3]), folder);
            System.out.println("done after " + steps.get() + " steps");
        } catch (RuntimeException e) {
            System.out.println("failed after " + steps.get() + " steps: " + e.getMessage());
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }
}
