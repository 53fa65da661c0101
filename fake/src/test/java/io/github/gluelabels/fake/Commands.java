package io.github.gluelabels.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs programs (the AWS CLI, python) as a person's shell would, with a clean AWS environment. */
final class Commands {

    /** How a command ended. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {
        /** @return the command and its output, for failure messages */
        String describe() {
            return command + " exited with " + exitCode + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    private final Map<String, String> environment;

    /**
     * @param environment variables to set; every inherited {@code AWS_*} variable is removed first, so that no real
     *     profile, credential or endpoint of the machine leaks in
     */
    Commands(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The environment of an AWS client pointed at a fake: fake credentials, a region, no instance metadata, empty
     * config and credentials files, one attempt per call (so that a fake's error is never hidden by a retry).
     */
    static Commands forAws(String region, Path folder) {
        try {
            Path config = Files.writeString(folder.resolve("aws-config"), "");
            Path credentials = Files.writeString(folder.resolve("aws-credentials"), "");
            return new Commands(Map.of(
                    "AWS_ACCESS_KEY_ID", "AKIDSTANDALONEIT",
                    "AWS_SECRET_ACCESS_KEY", "fake-secret-not-a-secret",
                    "AWS_DEFAULT_REGION", region,
                    "AWS_EC2_METADATA_DISABLED", "true",
                    "AWS_CONFIG_FILE", config.toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                    "AWS_MAX_ATTEMPTS", "1",
                    "AWS_PAGER", "",
                    "PYTHONUTF8", "1",
                    "PYTHONIOENCODING", "utf-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return these commands with one more environment variable */
    Commands with(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(environment);
        more.put(name, value);
        return new Commands(more);
    }

    /** @return whether the program runs at all (e.g. {@code aws --version}) */
    static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command to its end (two minutes at most) and returns how it ended. */
    Result run(String... command) {
        return start(List.of(command)).await();
    }

    /** Runs commands side by side and returns how each ended, in order. */
    List<Result> runAll(List<List<String>> commands) {
        List<Running> running = new ArrayList<>();
        for (List<String> command : commands) {
            running.add(start(command));
        }
        return running.stream().map(Running::await).toList();
    }

    private Running start(List<String> command) {
        try {
            Path out = Files.createTempFile("command-", ".out");
            Path err = Files.createTempFile("command-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().putAll(environment);
            return new Running(command, builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        }
    }

    private record Running(List<String> command, Process process, Path out, Path err) {
        Result await() {
            try {
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly().waitFor();
                }
                Result result = new Result(
                        command,
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + command, e);
            }
        }
    }
}
