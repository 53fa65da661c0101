package io.github.gluelabels.bench;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.LabelExporter;
import java.net.URI;
import java.nio.file.Path;

/**
 * Suite 4, glue-labels' side of the download comparison: downloads (and summarizes) an export's folder from a fake
 * running in another process, as {@code aws s3 cp --recursive} does. Usage: {@code Download <endpoint> <s3Path> <dir>
 * [times [summarize]]}: with {@code times}, downloads that many times in this JVM and prints a line each (the later
 * ones warm); with {@code summarize} false, without the summary (the goal's {@code summarize=false}).
 */
public final class Download {

    private Download() {}

    public static void main(String[] args) throws Exception {
        LargeExport.deleteTree(Path.of(args[2]));
        ClientSettings settings = ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of("FAKEGLUEDEFAULTKEY00", "glue-labels-fake-secret-key"))
                .glueEndpoint(URI.create(args[0]))
                .s3Endpoint(URI.create(args[0]))
                .build();
        int times = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        boolean summarize = args.length <= 4 || Boolean.parseBoolean(args[4]);
        try (AwsClients clients = AwsClients.create(settings)) {
            for (int i = 0; i < times; i++) {
                long begin = System.nanoTime();
                DownloadResult result = LabelExporter.of(clients, ExportListener.NONE)
                        .download(S3Uri.parse("OutputS3Path", args[1]), Path.of(args[2]), summarize);
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf(
                        "{\"bytes\":%d,\"files\":%d,\"labels\":%d,\"seconds\":%.3f,\"mbPerSecond\":%.1f}%n",
                        result.bytes(),
                        result.files().size(),
                        result.hasSummary() ? result.summary().rows() : 0,
                        seconds,
                        result.bytes() / 1e6 / seconds);
            }
        }
    }
}
