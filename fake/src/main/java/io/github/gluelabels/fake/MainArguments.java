package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command line of {@link FakeGlueMain}, parsed and checked before anything starts. Every problem is a
 * {@link UsageException} whose message names the option and the value seen.
 */
final class MainArguments {

    static final String USAGE = """
      Usage: java -jar glue-labels-fake-<version>-standalone.jar [options]

      Serves a fake AWS Glue (ML task runs) and S3 on one HTTP endpoint until stopped (Ctrl-C or SIGTERM).
      When it listens it prints the endpoint, the credentials and region to use, and last the line
      "glue-labels fake ready".

      Options:
        --port N                      port to listen on; 0 (the default) picks a free one
        --bind ADDRESS                address to listen on: 127.0.0.1 (the default), 0.0.0.0, ::1, localhost, ...
        --seed TRANSFORM_ID=FILE      create a transform whose labels are the labeling file FILE (UTF-8 CSV with the
                                      header labeling_set_id,label,...); repeat for more transforms
        --bucket NAME                 create an S3 bucket; repeat for more buckets
        --region REGION               region of the transforms and buckets (default us-east-1)
        --rows-per-part N             most labels in one exported part file (default 10000)
        --max-upload SIZE             largest body of one S3 request, e.g. 64MiB (default 64MiB, or a quarter of the
                                      heap when that is less); larger objects go as multipart uploads
        --body-budget SIZE            most bytes all request bodies in flight hold together (default 256MiB, or half
                                      the heap when that is less); past it, requests get 503 SlowDown
        --body-timeout DURATION       longest time a request body may take to arrive whole, e.g. 30s (default 60s)
        -h, --help                    print this help and exit

      Any access key and secret reach the same fake account; signatures are not checked. It listens on loopback
      unless --bind says otherwise; with any other address it warns: the fake is reachable without credentials.
      Exit status: 0 after --help or when stopped, 1 when it cannot start, 2 for a bad argument.
      """;

    /** AWS region names: {@code us-east-1}, {@code eu-central-2}, {@code us-gov-west-1}, {@code cn-north-1}, … */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static final int DEFAULT_PORT = 0;
    static final String DEFAULT_BIND = "127.0.0.1";
    static final String DEFAULT_REGION = "us-east-1";
    static final int DEFAULT_ROWS_PER_PART = 10_000;
    private static final List<String> OPTIONS = List.of(
            "--port",
            "--bind",
            "--seed",
            "--bucket",
            "--region",
            "--rows-per-part",
            "--max-upload",
            "--body-budget",
            "--body-timeout");

    /** A transform to create and the labeling file that holds its labels. */
    record Seed(String transformId, Path labelingFile, String argument) {}

    /** A command line that cannot be used: the message names the option and the value seen. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    final boolean help;
    final int port;
    final String bindAddress;
    final String region;
    final int rowsPerPart;
    final List<Seed> seeds;
    final List<String> buckets;
    /** The body limits given, or null for the fake's defaults. */
    final Long maxUploadBytes;

    final Long bodyBudgetBytes;
    final Duration bodyReadTimeout;

    private MainArguments(
            boolean help,
            int port,
            String bindAddress,
            String region,
            int rowsPerPart,
            List<Seed> seeds,
            List<String> buckets,
            Long maxUploadBytes,
            Long bodyBudgetBytes,
            Duration bodyReadTimeout) {
        this.help = help;
        this.port = port;
        this.bindAddress = bindAddress;
        this.region = region;
        this.rowsPerPart = rowsPerPart;
        this.seeds = List.copyOf(seeds);
        this.buckets = List.copyOf(buckets);
        this.maxUploadBytes = maxUploadBytes;
        this.bodyBudgetBytes = bodyBudgetBytes;
        this.bodyReadTimeout = bodyReadTimeout;
    }

    /**
     * Parses a command line; {@code --name value} and {@code --name=value} are the same.
     *
     * @param args the arguments as the JVM passed them
     * @return the arguments; only {@link #help} is meaningful when it is set
     * @throws UsageException at the first problem
     */
    static MainArguments parse(List<String> args) throws UsageException {
        if (args.contains("--help") || args.contains("-h")) {
            return new MainArguments(
                    true,
                    DEFAULT_PORT,
                    DEFAULT_BIND,
                    DEFAULT_REGION,
                    DEFAULT_ROWS_PER_PART,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null);
        }
        Integer port = null;
        String bind = null;
        String region = null;
        Integer rowsPerPart = null;
        Long maxUpload = null;
        Long bodyBudget = null;
        Duration bodyTimeout = null;
        List<Seed> seeds = new ArrayList<>();
        Set<String> buckets = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument " + Values.describe(arg) + " (options start with --)");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option " + Values.describe(name));
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--port" ->
                    port = once(
                            name,
                            port,
                            number(name, value, 0, 65_535, "a port number from 0 to 65535 (0 picks a free port)"));
                case "--bind" -> bind = once(name, bind, bindAddress(value));
                case "--region" -> region = once(name, region, region(value));
                case "--rows-per-part" ->
                    rowsPerPart = once(
                            name,
                            rowsPerPart,
                            number(name, value, 1, Integer.MAX_VALUE, "a whole number from 1 to " + Integer.MAX_VALUE));
                case "--max-upload" -> maxUpload = once(name, maxUpload, size(name, value, Integer.MAX_VALUE - 8));
                case "--body-budget" -> bodyBudget = once(name, bodyBudget, size(name, value, Long.MAX_VALUE));
                case "--body-timeout" -> bodyTimeout = once(name, bodyTimeout, duration(name, value));
                case "--seed" -> {
                    Seed seed = seed(value);
                    if (seeds.stream().anyMatch(s -> s.transformId().equals(seed.transformId()))) {
                        throw new UsageException("--seed " + Values.describe(value) + ": transform "
                                + Values.describe(seed.transformId()) + " is seeded twice");
                    }
                    seeds.add(seed);
                }
                default -> buckets.add(bucket(value));
            }
        }
        if (maxUpload != null && bodyBudget != null && bodyBudget < maxUpload) {
            throw new UsageException("--body-budget " + bodyBudget + " is less than --max-upload " + maxUpload
                    + ": no upload of the largest size could ever be taken");
        }
        return new MainArguments(
                false,
                port == null ? DEFAULT_PORT : port,
                bind == null ? DEFAULT_BIND : bind,
                region == null ? DEFAULT_REGION : region,
                rowsPerPart == null ? DEFAULT_ROWS_PER_PART : rowsPerPart,
                seeds,
                new ArrayList<>(buckets),
                maxUpload,
                bodyBudget,
                bodyTimeout);
    }

    private static long size(String name, String value, long max) throws UsageException {
        long bytes = OptionValues.size(value);
        if (bytes < 1 || bytes > max) {
            throw new UsageException(name + " " + Values.describe(value) + " is not " + OptionValues.SIZE_FORMS
                    + (bytes > max ? ", at most " + max + " bytes" : ""));
        }
        return bytes;
    }

    private static Duration duration(String name, String value) throws UsageException {
        Duration duration = OptionValues.duration(value);
        if (duration == null || duration.isZero()) {
            throw new UsageException(name + " " + Values.describe(value) + " is not " + OptionValues.DURATION_FORMS
                    + ", more than zero");
        }
        return duration;
    }

    private static <T> T once(String name, T previous, T value) throws UsageException {
        if (previous != null) {
            throw new UsageException(name + " is given twice (" + Values.describe(String.valueOf(previous)) + " and "
                    + Values.describe(String.valueOf(value)) + ")");
        }
        return value;
    }

    private static int number(String name, String value, int min, int max, String expected) throws UsageException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " " + Values.describe(value) + " is not " + expected);
    }

    private static String bindAddress(String value) throws UsageException {
        if (value.equals("localhost")
                || IPV4.matcher(value).matches()
                || IPV6.matcher(value).matches()) {
            return value;
        }
        throw new UsageException("--bind " + Values.describe(value)
                + " is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::1) nor localhost");
    }

    private static String region(String value) throws UsageException {
        if (REGION.matcher(value).matches()) {
            return value;
        }
        throw new UsageException(
                "--region " + Values.describe(value) + " is not an AWS region name such as us-east-1 or eu-west-1");
    }

    private static String bucket(String value) throws UsageException {
        String problem = Constraints.bucketNameProblem(value);
        if (problem != null) {
            throw new UsageException(
                    "--bucket " + Values.describe(value) + " is not a valid S3 bucket name: " + problem);
        }
        return value;
    }

    private static Seed seed(String value) throws UsageException {
        int eq = value.indexOf('=');
        if (eq < 0) {
            throw new UsageException("--seed " + Values.describe(value)
                    + " must be TRANSFORM_ID=LABELING_FILE, e.g. tfm-123=labels.csv");
        }
        String transformId = value.substring(0, eq);
        String file = value.substring(eq + 1);
        List<Violation> violations = Constraints.hashString("TransformId", transformId);
        if (!violations.isEmpty()) {
            throw new UsageException("--seed " + Values.describe(value) + ": "
                    + String.join(
                            "; ", violations.stream().map(Violation::message).toList()));
        }
        if (file.isEmpty()) {
            throw new UsageException("--seed " + Values.describe(value) + " names no labeling file after '='");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("--seed " + Values.describe(value) + ": " + Values.describe(file)
                    + " is not a file path: " + e.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("--seed " + Values.describe(value) + ": there is no labeling file "
                    + path.toAbsolutePath() + (Files.isDirectory(path) ? " (it is a folder)" : ""));
        }
        if (!Files.isReadable(path)) {
            throw new UsageException("--seed " + Values.describe(value) + ": cannot read " + path.toAbsolutePath());
        }
        return new Seed(transformId, path, value);
    }
}
