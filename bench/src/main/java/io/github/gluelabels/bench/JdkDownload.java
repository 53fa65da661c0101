package io.github.gluelabels.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suite 4, the floor of any JVM process: the same objects fetched with nothing but the JDK — its {@code HttpClient},
 * unsigned requests (the fake accepts them; AWS would not), keys taken from the listing with a regular expression,
 * four at a time straight to files. No AWS SDK, no checks. What a JVM costs before any library does anything. Usage:
 * {@code JdkDownload <endpoint> <bucket> <prefix> <dir>}.
 */
public final class JdkDownload {

    private static final Pattern KEY = Pattern.compile("<Key>([^<]+)</Key>");

    private JdkDownload() {}

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        String bucket = args[1];
        Path dir = Path.of(args[3]);
        LargeExport.deleteTree(dir);
        Files.createDirectories(dir);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String listing = http.send(
                        HttpRequest.newBuilder(URI.create(endpoint + "/" + bucket + "?list-type=2&prefix="
                                        + URLEncoder.encode(args[2], StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        if (listing.contains("<IsTruncated>true</IsTruncated>")) {
            throw new IllegalStateException("more than one page of objects: JdkDownload reads the first page only");
        }
        List<String> keys = new ArrayList<>();
        for (Matcher key = KEY.matcher(listing); key.find(); ) {
            keys.add(key.group(1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> fetches = new ArrayList<>();
            for (String key : keys) {
                fetches.add(pool.submit(() -> {
                    Path file = dir.resolve(key.substring(key.lastIndexOf('/') + 1));
                    HttpResponse<Path> response = http.send(
                            HttpRequest.newBuilder(URI.create(endpoint + "/" + bucket + "/" + key))
                                    .build(),
                            HttpResponse.BodyHandlers.ofFile(file));
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET " + key + ": HTTP " + response.statusCode());
                    }
                    return Files.size(file);
                }));
            }
            RawDownload.printTotal(fetches);
        } finally {
            pool.shutdown();
        }
    }
}
