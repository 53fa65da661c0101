package io.github.gluelabels.fake;

import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.validation.Values;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The fake as a program, for shell scripts, the AWS CLI, boto3 and programs in any language:
 *
 * <pre>
 * java -jar glue-labels-fake-&lt;version&gt;-standalone.jar --port 4566 --seed tfm-123=labels.csv --bucket my-bucket
 * </pre>
 *
 * <p>It serves until stopped (Ctrl-C, SIGTERM). Once it listens it prints, on standard output, the Glue and S3
 * endpoint, the fake credentials and region, ready-to-paste {@code export AWS_…} lines, and last the line
 * {@value #READY_LINE}, which scripts wait for. {@code --help} prints the usage. A bad command line prints one line
 * naming every bad option on standard error and exits with status 2; a server that cannot start exits with status 1.
 * {@code --pacing}, {@code --outcome}, {@code --fault} and {@code --journal} set how its task runs and calls behave;
 * its control API ({@code /__glue-labels/} on the same port) changes that while it runs.
 *
 * @since 0.1.0
 */
public final class FakeGlueMain {

    /** The last line printed at startup: the fake answers requests from then on. */
    public static final String READY_LINE = "glue-labels fake ready";

    static final int BAD_ARGUMENT = 2;
    static final int CANNOT_START = 1;

    private FakeGlueMain() {}

    /**
     * Starts the fake and serves until the JVM is stopped.
     *
     * @param args the command line; {@code --help} describes it
     * @throws InterruptedException when the thread serving is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Launch launch;
        try {
            launch = launch(args, System.out, System.err, FakeGlueMain::stopAtExit);
        } catch (RuntimeException | Error e) {
            // whatever escaped, the program ends: a fake that never says ready must not keep its threads and port
            System.err.println("glue-labels fake: cannot start: " + e);
            System.err.flush();
            System.exit(CANNOT_START);
            return;
        }
        if (launch.server() == null) {
            System.exit(launch.exitStatus());
            return;
        }
        new CountDownLatch(1).await();
    }

    /** Ctrl-C and SIGTERM stop the server, which deletes what it stored. */
    private static void stopAtExit(FakeGlueServer server) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (server.isRunning()) {
                                server.stop();
                                System.err.println("glue-labels fake: stopped");
                            }
                        },
                        "glue-labels-fake-shutdown"));
    }

    /**
     * What {@link #launch} did: started a server, or ended with an exit status.
     *
     * @param server the running server, or null
     * @param exitStatus the status to exit with when there is no server
     */
    record Launch(FakeGlueServer server, int exitStatus) {}

    /**
     * Parses the arguments, starts the server, seeds it and prints how to reach it; or prints why not.
     *
     * @param args the command line
     * @param out where the endpoints and the ready line go
     * @param err where problems go
     * @param started called as soon as the server exists, before it is seeded and long before it listens and prints
     *     the ready line, so that a stop signal that comes early still stops it
     * @return the running server, or the exit status
     */
    static Launch launch(String[] args, PrintStream out, PrintStream err, Consumer<FakeGlueServer> started) {
        MainArguments arguments;
        try {
            arguments = MainArguments.parse(Arrays.asList(args));
        } catch (MainArguments.UsageException e) {
            return badArgument(err, e.getMessage());
        }
        if (arguments.help) {
            out.print(MainArguments.USAGE);
            out.flush();
            return new Launch(null, 0);
        }
        FakeGlueServer server;
        try {
            // in process first: seeded before it opens its port and starts its threads, so that a seed that fails
            // (even out of memory) ends a program that never listened
            server = builder(arguments, err).startInProcess();
        } catch (RuntimeException e) {
            err.println("glue-labels fake: cannot start: " + rootMessage(e));
            err.flush();
            return new Launch(null, CANNOT_START);
        }
        started.accept(server);
        StringBuilder seeded = new StringBuilder();
        Launch seedFailure = seed(server, arguments, seeded, err);
        if (seedFailure != null) {
            return seedFailure;
        }
        String behaviourFailure = MainBehaviour.apply(server.defaultAccount(), arguments, seeded, warning -> {
            err.println("glue-labels fake: WARNING: " + warning);
            err.flush();
        });
        if (behaviourFailure != null) {
            server.stop();
            return badArgument(err, behaviourFailure);
        }
        try {
            server.listen();
        } catch (RuntimeException e) {
            server.stop();
            err.println("glue-labels fake: cannot listen on " + arguments.bindAddress + " port " + arguments.port + ": "
                    + rootMessage(e));
            err.flush();
            return new Launch(null, CANNOT_START);
        }
        out.print(readyText(server, seeded));
        out.flush();
        return new Launch(server, 0);
    }

    /**
     * Seeds the transforms and creates the buckets of the command line, and says so in {@code seeded}.
     *
     * @return null, or the failure of a seed, after the server is stopped
     */
    private static Launch seed(FakeGlueServer server, MainArguments arguments, StringBuilder seeded, PrintStream err) {
        FakeGlue fake = server.defaultAccount();
        for (MainArguments.Seed seed : arguments.seeds) {
            try {
                fake.seedLabels(seed.transformId(), seed.labelingFile());
            } catch (RuntimeException | Error e) {
                server.stop();
                return seedFailed(err, seed, e);
            }
            seeded.append("Transform:     ")
                    .append(seed.transformId())
                    .append(" (")
                    .append(fake.labelCount(seed.transformId()))
                    .append(" labels from ")
                    .append(seed.labelingFile())
                    .append(")\n");
        }
        for (MainArguments.Seed records : arguments.records) {
            try {
                fake.seedRecords(records.transformId(), records.labelingFile());
            } catch (RuntimeException e) {
                server.stop();
                return badArgument(err, "--records " + Values.describe(records.argument()) + ": " + e.getMessage());
            }
            seeded.append("Records:       ")
                    .append(records.transformId())
                    .append(" (from ")
                    .append(records.labelingFile())
                    .append(")\n");
        }
        for (String bucket : arguments.buckets) {
            fake.createBucket(bucket);
            seeded.append("Bucket:        s3://").append(bucket).append('\n');
        }
        return null;
    }

    /** How to reach the fake, what it holds, and last the {@value #READY_LINE}. */
    private static String readyText(FakeGlueServer server, CharSequence seeded) {
        String endpoint = server.endpoint().toString();
        String version = FakeGlueMain.class.getPackage().getImplementationVersion();
        return "glue-labels fake " + (version == null ? "(development build)" : version)
                + ": AWS Glue ML task runs and S3, for tests\n"
                + "Glue endpoint: " + endpoint + "\n"
                + "S3 endpoint:   " + endpoint + " (path style)\n"
                + "Region:        " + server.region() + "\n"
                + "Account id:    " + server.accountId() + "\n"
                + "Credentials:   access key " + FakeGlueServer.DEFAULT_ACCESS_KEY_ID + ", secret "
                + FakeGlueServer.FAKE_SECRET_ACCESS_KEY + " (fake, not secrets: any credentials are accepted)\n"
                + seeded
                + "Control API:   " + endpoint + ControlApi.PREFIX + " (see the fake's README)\n"
                + "To point the AWS CLI, boto3 and the AWS SDKs at the fake, paste:\n"
                + "export AWS_ENDPOINT_URL=" + endpoint + "\n"
                + "export AWS_ACCESS_KEY_ID=" + FakeGlueServer.DEFAULT_ACCESS_KEY_ID + "\n"
                + "export AWS_SECRET_ACCESS_KEY=" + FakeGlueServer.FAKE_SECRET_ACCESS_KEY + "\n"
                + "export AWS_DEFAULT_REGION=" + server.region() + "\n"
                // the AWS CLI and boto3 read AWS_DEFAULT_REGION; the SDKs for Java v2, Go v2 and JavaScript v3 read
                // AWS_REGION
                + "export AWS_REGION=" + server.region() + "\n"
                + READY_LINE + "\n";
    }

    private static FakeGlueServer.Builder builder(MainArguments arguments, PrintStream err) {
        FakeGlueServer.Builder builder = FakeGlueServer.builder()
                .port(arguments.port)
                .bindAddress(arguments.bindAddress)
                .region(arguments.region)
                .rowsPerPart(arguments.rowsPerPart)
                .warnings(warning -> {
                    err.println("glue-labels fake: WARNING: " + warning);
                    err.flush();
                });
        if (arguments.maxConcurrentTaskRunsPerTransform != null) {
            builder.maxConcurrentTaskRunsPerTransform(arguments.maxConcurrentTaskRunsPerTransform);
        }
        if (arguments.maxUploadBytes != null) {
            builder.maxUploadBytes(arguments.maxUploadBytes);
        }
        if (arguments.bodyBudgetBytes != null) {
            builder.bodyBudgetBytes(arguments.bodyBudgetBytes);
        }
        if (arguments.bodyReadTimeout != null) {
            builder.bodyReadTimeout(arguments.bodyReadTimeout);
        }
        return builder;
    }

    /** One line naming the seed, the file and the cause; the status of a bad argument. */
    private static Launch seedFailed(PrintStream err, MainArguments.Seed seed, Throwable e) {
        String why;
        if (e instanceof LabelingFileException || e instanceof UncheckedIOException) {
            why = e.getMessage();
        } else if (e instanceof OutOfMemoryError) {
            why = "out of memory reading " + seed.labelingFile() + ": the fake reads a labeling file one record at a "
                    + "time, and a record of this one does not fit in its heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB (give the JVM more with -Xmx, or split the field)";
        } else {
            why = "cannot seed from " + seed.labelingFile() + ": " + e;
        }
        return badArgument(err, "--seed " + Values.describe(seed.argument()) + ": " + why);
    }

    private static Launch badArgument(PrintStream err, String message) {
        err.println("glue-labels fake: " + message.replace('\n', ' ') + "; run with --help for usage");
        err.flush();
        return new Launch(null, BAD_ARGUMENT);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
