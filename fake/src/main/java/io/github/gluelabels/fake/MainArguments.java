package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Values;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link FakeGlueMain}, parsed and checked before anything starts. Every problem is a
 * {@link UsageException} whose message names the option and the value seen; {@link OptionChecks} checks each value.
 */
final class MainArguments {

    static final String USAGE = MainUsage.TEXT;

    static final int DEFAULT_PORT = 0;
    static final String DEFAULT_BIND = "127.0.0.1";
    private static final List<String> OPTIONS = List.of(
            "--port",
            "--bind",
            "--seed",
            "--records",
            "--bucket",
            "--region",
            "--rows-per-part",
            "--max-upload",
            "--body-budget",
            "--body-timeout",
            "--pacing",
            "--outcome",
            "--fault",
            "--journal",
            "--max-concurrent-task-runs-per-transform");

    /** A transform to create and the file that holds its labels ({@code --seed}) or records ({@code --records}). */
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
    /** The records of transforms' input tables, as {@code --records} gave them. */
    final List<Seed> records;
    /** Glue's quota of concurrent task runs per transform, or null for the fake's default. */
    final Integer maxConcurrentTaskRunsPerTransform;

    final List<String> buckets;
    /** The body limits given, or null for the fake's defaults. */
    final Long maxUploadBytes;

    final Long bodyBudgetBytes;
    final Duration bodyReadTimeout;
    /** How task runs pace, or null for the fake's default. */
    final Pacing pacing;

    final List<BehaviourForms.OutcomeSetting> outcomes;
    final List<BehaviourForms.FaultSetting> faults;
    /** Where the journal goes as calls are answered, or null. */
    final Path journal;

    private MainArguments(boolean help, GivenOptions given) {
        this.help = help;
        this.port = given.port == null ? DEFAULT_PORT : given.port;
        this.bindAddress = given.bind == null ? DEFAULT_BIND : given.bind;
        this.region = given.region == null ? FakeDefaults.REGION : given.region;
        this.rowsPerPart = given.rowsPerPart == null ? FakeDefaults.ROWS_PER_PART : given.rowsPerPart;
        this.seeds = List.copyOf(given.seeds);
        this.records = List.copyOf(given.records);
        this.maxConcurrentTaskRunsPerTransform = given.maxConcurrentTaskRuns;
        this.buckets = List.copyOf(given.buckets);
        this.maxUploadBytes = given.maxUpload;
        this.bodyBudgetBytes = given.bodyBudget;
        this.bodyReadTimeout = given.bodyTimeout;
        this.pacing = given.pacing;
        this.outcomes = List.copyOf(given.outcomes);
        this.faults = List.copyOf(given.faults);
        this.journal = given.journal;
    }

    /**
     * Parses a command line; {@code --name value} and {@code --name=value} are the same.
     *
     * @param args the arguments as the JVM passed them
     * @return the arguments; only {@link #help} is meaningful when it is set
     * @throws UsageException naming every problem, one after the other
     */
    static MainArguments parse(List<String> args) throws UsageException {
        if (args.contains("--help") || args.contains("-h")) {
            return new MainArguments(true, new GivenOptions());
        }
        GivenOptions given = new GivenOptions();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasNext = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!arg.startsWith("--")) {
                problems.add("unexpected argument " + Values.describe(arg) + " (options start with --)");
            } else if (!OPTIONS.contains(name)) {
                problems.add("unknown option " + Values.describe(name));
                i += eq < 0 && hasNext ? 1 : 0; // its value, if it has one, is no second problem
            } else if (eq < 0 && !hasNext) {
                problems.add(name + " needs a value");
            } else {
                take(given, name, eq >= 0 ? arg.substring(eq + 1) : args.get(++i), problems);
            }
        }
        if (problems.isEmpty()) {
            try {
                given.checkTogether();
            } catch (UsageException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
        return new MainArguments(false, given);
    }

    private static void take(GivenOptions given, String name, String value, List<String> problems) {
        try {
            given.take(name, value);
        } catch (UsageException e) {
            problems.add(e.getMessage());
        }
    }
}
