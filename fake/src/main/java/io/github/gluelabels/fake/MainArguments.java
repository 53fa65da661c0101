package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Values;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link FakeGlueMain}, parsed and checked before anything starts. Every problem is a
 * {@link UsageException} whose message names the option and the value seen; {@link OptionChecks} checks each value.
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
        --region REGION               region of the transforms and buckets (default %s)
        --rows-per-part N             most labels in one exported file (default: no limit, one file per export)
        --max-upload SIZE             largest body of one S3 request, e.g. 64MiB (default 64MiB, or a quarter of the
                                      heap when that is less); larger objects go as multipart uploads
        --body-budget SIZE            most bytes all request bodies in flight hold together (default 256MiB, or half
                                      the heap when that is less); past it, requests get 503 SlowDown
        --body-timeout DURATION       longest time a request body may take to arrive whole, e.g. 30s (default 60s)
        -h, --help                    print this help and exit

      Any access key and secret reach the same fake account; signatures are not checked. It listens on loopback
      unless --bind says otherwise; with any other address it warns: the fake is reachable without credentials.
      Exit status: 0 after --help or when stopped, 1 when it cannot start, 2 for a bad argument.
      """.formatted(FakeDefaults.REGION);

    static final int DEFAULT_PORT = 0;
    static final String DEFAULT_BIND = "127.0.0.1";
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

    private MainArguments(boolean help, Given given) {
        this.help = help;
        this.port = given.port == null ? DEFAULT_PORT : given.port;
        this.bindAddress = given.bind == null ? DEFAULT_BIND : given.bind;
        this.region = given.region == null ? FakeDefaults.REGION : given.region;
        this.rowsPerPart = given.rowsPerPart == null ? FakeDefaults.ROWS_PER_PART : given.rowsPerPart;
        this.seeds = List.copyOf(given.seeds);
        this.buckets = List.copyOf(given.buckets);
        this.maxUploadBytes = given.maxUpload;
        this.bodyBudgetBytes = given.bodyBudget;
        this.bodyReadTimeout = given.bodyTimeout;
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
            return new MainArguments(true, new Given());
        }
        Given given = new Given();
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
            given.take(name, value);
        }
        given.checkTogether();
        return new MainArguments(false, given);
    }

    /** The options given so far: null for those not given. */
    private static final class Given {
        private Integer port;
        private String bind;
        private String region;
        private Integer rowsPerPart;
        private Long maxUpload;
        private Long bodyBudget;
        private Duration bodyTimeout;
        private final List<Seed> seeds = new ArrayList<>();
        private final Set<String> buckets = new LinkedHashSet<>();

        void take(String name, String value) throws UsageException {
            switch (name) {
                case "--port" ->
                    port = OptionChecks.once(
                            name,
                            port,
                            OptionChecks.number(
                                    name, value, 0, 65_535, "a port number from 0 to 65535 (0 picks a free port)"));
                case "--bind" -> bind = OptionChecks.once(name, bind, OptionChecks.bindAddress(value));
                case "--region" -> region = OptionChecks.once(name, region, OptionChecks.region(value));
                case "--rows-per-part" ->
                    rowsPerPart = OptionChecks.once(
                            name,
                            rowsPerPart,
                            OptionChecks.number(
                                    name,
                                    value,
                                    1,
                                    Integer.MAX_VALUE,
                                    "a whole number from 1 to " + Integer.MAX_VALUE));
                case "--max-upload" ->
                    maxUpload =
                            OptionChecks.once(name, maxUpload, OptionChecks.size(name, value, Integer.MAX_VALUE - 8));
                case "--body-budget" ->
                    bodyBudget = OptionChecks.once(name, bodyBudget, OptionChecks.size(name, value, Long.MAX_VALUE));
                case "--body-timeout" ->
                    bodyTimeout = OptionChecks.once(name, bodyTimeout, OptionChecks.duration(name, value));
                case "--seed" -> addSeed(value);
                default -> buckets.add(OptionChecks.bucket(value));
            }
        }

        private void addSeed(String value) throws UsageException {
            Seed seed = OptionChecks.seed(value);
            if (seeds.stream().anyMatch(s -> s.transformId().equals(seed.transformId()))) {
                throw new UsageException("--seed " + Values.describe(value) + ": transform "
                        + Values.describe(seed.transformId()) + " is seeded twice");
            }
            seeds.add(seed);
        }

        /** The checks of options that depend on each other. */
        void checkTogether() throws UsageException {
            if (maxUpload != null && bodyBudget != null && bodyBudget < maxUpload) {
                throw new UsageException("--body-budget " + bodyBudget + " is less than --max-upload " + maxUpload
                        + ": no upload of the largest size could ever be taken");
            }
        }
    }
}
