package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.MainArguments.Seed;
import io.github.gluelabels.fake.MainArguments.UsageException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the value of one option of {@link FakeGlueMain}'s command line: a port, a size, a duration, an address, a
 * region, a bucket name, a seed. Each returns the value it read, or throws a {@link UsageException}
 * naming the option, the value seen and what was expected.
 */
final class OptionChecks {

    /** AWS region names: {@code us-east-1}, {@code eu-central-2}, {@code us-gov-west-1}, {@code cn-north-1}, … */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private OptionChecks() {}

    static long size(String name, String value, long max) throws UsageException {
        long bytes = OptionValues.size(value);
        if (bytes < 1 || bytes > max) {
            throw new UsageException(name + " " + Values.describe(value) + " is not " + OptionValues.SIZE_FORMS
                    + (bytes > max ? ", at most " + max + " bytes" : ""));
        }
        return bytes;
    }

    static Duration duration(String name, String value) throws UsageException {
        Duration duration = OptionValues.duration(value);
        if (duration == null || duration.isZero()) {
            throw new UsageException(name + " " + Values.describe(value) + " is not " + OptionValues.DURATION_FORMS
                    + ", more than zero");
        }
        return duration;
    }

    static <T> T once(String name, T previous, T value) throws UsageException {
        if (previous != null) {
            throw new UsageException(name + " is given twice (" + Values.describe(String.valueOf(previous)) + " and "
                    + Values.describe(String.valueOf(value)) + ")");
        }
        return value;
    }

    static int number(String name, String value, int min, int max, String expected) throws UsageException {
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

    static String bindAddress(String value) throws UsageException {
        if (value.equals("localhost")
                || IPV4.matcher(value).matches()
                || IPV6.matcher(value).matches()) {
            return value;
        }
        throw new UsageException("--bind " + Values.describe(value)
                + " is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::1) nor localhost");
    }

    static String region(String value) throws UsageException {
        if (REGION.matcher(value).matches()) {
            return value;
        }
        throw new UsageException(
                "--region " + Values.describe(value) + " is not an AWS region name such as us-east-1 or eu-west-1");
    }

    static String bucket(String value) throws UsageException {
        String problem = Constraints.bucketNameProblem(value);
        if (problem != null) {
            throw new UsageException(
                    "--bucket " + Values.describe(value) + " is not a valid S3 bucket name: " + problem);
        }
        return value;
    }

    static Seed seed(String value) throws UsageException {
        return transformFile("--seed", "labeling file", "LABELING_FILE, e.g. tfm-123=labels.csv", value);
    }

    static Seed records(String value) throws UsageException {
        return transformFile("--records", "records file", "RECORDS_FILE, e.g. tfm-123=people.csv", value);
    }

    /** A transform and a readable file: {@code TRANSFORM_ID=FILE}, the form of {@code --seed} and {@code --records}. */
    private static Seed transformFile(String option, String noun, String form, String value) throws UsageException {
        String given = option + " " + Values.describe(value);
        int eq = value.indexOf('=');
        if (eq < 0) {
            throw new UsageException(given + " must be TRANSFORM_ID=" + form);
        }
        String transformId = value.substring(0, eq);
        String file = value.substring(eq + 1);
        List<Violation> violations = Constraints.hashString("TransformId", transformId);
        if (!violations.isEmpty()) {
            throw new UsageException(given + ": "
                    + String.join(
                            "; ", violations.stream().map(Violation::message).toList()));
        }
        if (file.isEmpty()) {
            throw new UsageException(given + " names no " + noun + " after '='");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(given + ": " + Values.describe(file) + " is not a file path: " + e.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(given + ": there is no " + noun + " " + path.toAbsolutePath()
                    + (Files.isDirectory(path) ? " (it is a folder)" : ""));
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(given + ": cannot read " + path.toAbsolutePath());
        }
        return new Seed(transformId, path, value);
    }

    static Pacing pacing(String value) throws UsageException {
        try {
            return BehaviourForms.pacing(value);
        } catch (BehaviourForms.BadForm e) {
            throw new UsageException("--pacing " + e.getMessage());
        }
    }

    static BehaviourForms.OutcomeSetting outcome(String value) throws UsageException {
        try {
            return BehaviourForms.outcome(value);
        } catch (BehaviourForms.BadForm e) {
            throw new UsageException("--outcome " + e.getMessage());
        }
    }

    static BehaviourForms.FaultSetting fault(String value) throws UsageException {
        try {
            return BehaviourForms.fault(value);
        } catch (BehaviourForms.BadForm e) {
            throw new UsageException("--fault " + e.getMessage());
        }
    }

    /** A file the journal can be written to: in a folder that exists, and not a folder itself. */
    static Path journal(String value) throws UsageException {
        Path path;
        try {
            path = Path.of(value).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("--journal " + Values.describe(value) + " is not a file path: " + e.getReason());
        }
        if (value.isBlank() || Files.isDirectory(path)) {
            throw new UsageException("--journal " + Values.describe(value) + " is not a file name"
                    + (value.isBlank() ? "" : " but a folder") + ": give the file to write the journal to");
        }
        if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
            throw new UsageException("--journal " + Values.describe(value) + ": there is no folder " + path.getParent()
                    + " to write it in");
        }
        return path;
    }
}
