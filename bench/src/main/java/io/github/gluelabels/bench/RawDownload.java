package io.github.gluelabels.bench;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Suite 4, the floor of a JVM client: the same objects fetched with the bare AWS SDK (list, then GetObject straight to
 * files, four at a time), without anything glue-labels adds (temporary files, size checks, summary, manifest). Usage:
 * {@code RawDownload <endpoint> <bucket> <prefix> <dir>}.
 */
public final class RawDownload {

    private RawDownload() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[3]);
        LargeExport.deleteTree(dir);
        Files.createDirectories(dir);
        ClientSettings settings = ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of("FAKEGLUEDEFAULTKEY00", "glue-labels-fake-secret-key"))
                .glueEndpoint(URI.create(args[0]))
                .s3Endpoint(URI.create(args[0]))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AwsClients clients = AwsClients.create(settings)) {
            S3Client s3 = clients.s3();
            List<Future<Long>> fetches = new ArrayList<>();
            for (S3Object object : s3.listObjectsV2Paginator(
                            r -> r.bucket(args[1]).prefix(args[2]))
                    .contents()) {
                fetches.add(pool.submit(() -> {
                    try (var in = s3.getObject(r -> r.bucket(args[1]).key(object.key()))) {
                        return Files.copy(
                                in,
                                dir.resolve(object.key().substring(object.key().lastIndexOf('/') + 1)),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }));
            }
            printTotal(fetches);
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for every fetch (each gives the bytes it wrote) and prints the JSON line bench/run.sh reads. */
    static void printTotal(List<Future<Long>> fetches) throws Exception {
        long bytes = 0;
        for (Future<Long> fetch : fetches) {
            bytes += fetch.get();
        }
        System.out.printf("{\"bytes\":%d,\"files\":%d}%n", bytes, fetches.size());
    }
}
