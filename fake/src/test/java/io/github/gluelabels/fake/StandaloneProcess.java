package io.github.gluelabels.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar run as a separate {@code java} process, as a script would run it: started, waited for until it
 * prints its ready line, and stopped with SIGTERM. For integration tests ({@code *IT}), which run after
 * {@code package} has built the jar.
 */
final class StandaloneProcess implements AutoCloseable {

    // a bound for a start that never comes, not a timing: seeding 150 MB under -Xmx48m took over 30 s on a machine at
    // a load of 25 (StandaloneSeedIT.fileLargerThanTheHeap); a quiet machine starts in about a second
    static final long READY_SECONDS = 120;

    private final Process process;
    private final Path stderr;
    private final List<String> stdout = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile URI endpoint;

    private StandaloneProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::readStdout, "standalone-fake-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** @return the standalone jar that {@code package} built */
    static Path jar() {
        String configured = System.getProperty("glue-labels.standalone-jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*-standalone.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("No standalone jar in target/ (looked for " + configured
                + "): run the integration tests with ./mvnw verify, which packages it first");
    }

    /**
     * Starts {@code java [jvmOptions] -jar <standalone jar> [args]} and waits for the ready line.
     *
     * @throws AssertionError with the process's output when it is not ready within 30 s
     */
    static StandaloneProcess start(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        StandaloneProcess started;
        try {
            Path stderr = Files.createTempFile("standalone-fake-", ".stderr");
            Process process = new ProcessBuilder(command)
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            started = new StandaloneProcess(process, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        }
        try {
            if (!started.ready.await(READY_SECONDS, TimeUnit.SECONDS) || started.endpoint == null) {
                String output = started.describe();
                started.close();
                throw new AssertionError("The standalone fake did not print \"" + FakeGlueMain.READY_LINE + "\" within "
                        + READY_SECONDS + " s: " + command + "\n" + output);
            }
        } catch (InterruptedException e) {
            started.close();
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the standalone fake", e);
        }
        return started;
    }

    private void readStdout() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (stdout) {
                    stdout.add(line);
                }
                if (line.startsWith("Glue endpoint: ")) {
                    endpoint = URI.create(
                            line.substring("Glue endpoint: ".length()).trim());
                }
                if (line.equals(FakeGlueMain.READY_LINE)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            ready.countDown();
        }
    }

    /** @return the endpoint the process printed, e.g. {@code http://127.0.0.1:41234} */
    URI endpoint() {
        return endpoint;
    }

    /** @return what the process printed on standard output so far */
    List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    /** @return what the process printed on standard error so far */
    String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read standard error: " + e + ")";
        }
    }

    /** @return the output of the process, for failure messages */
    String describe() {
        return (process.isAlive() ? "still running" : "exited with " + process.exitValue()) + "\n--- stdout:\n"
                + String.join("\n", stdout()) + "\n--- stderr:\n" + stderr();
    }

    /**
     * Sends SIGTERM and waits for the process to end.
     *
     * @return its exit status
     */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    /** Kills the process with SIGKILL: no shutdown hook, no cleanup, as the OOM killer or {@code kill -9} would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(15, TimeUnit.SECONDS);
    }

    /** @return whether the process is still running */
    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the process to end by itself.
     *
     * @return its exit status, or null when it still runs after the timeout
     */
    Integer waitForExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    /** Stops the process: SIGTERM, then SIGKILL if it lingers. Safe to call more than once. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException e) {
            // a temporary file
        }
    }
}
