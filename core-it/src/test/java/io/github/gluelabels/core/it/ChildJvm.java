package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A JVM of its own running a main class of these tests on their class path, its standard output read as it comes:
 * for the tests that kill an export or a download.
 */
public record ChildJvm(Process process, List<String> output, Thread reader) {

    /** Starts the main class, with a small heap and a quick start (more than peak speed for a run of seconds). */
    public static ChildJvm start(Class<?> main, String... arguments) throws IOException {
        List<String> command = Stream.concat(
                        Stream.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-Xmx128m",
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-cp",
                                System.getProperty("java.class.path"),
                                main.getName()),
                        Stream.of(arguments))
                .toList();
        // standard error (the SDK's SLF4J notice, stack traces) goes to the build's output
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            output.add(line);
                        }
                    } catch (IOException e) {
                        // the process is gone
                    }
                },
                "child-output");
        reader.setDaemon(true);
        reader.start();
        return new ChildJvm(process, output, reader);
    }

    /** Kills the process (SIGKILL) as soon as the condition holds; fails if it ends first. */
    public void killWhen(BooleanSupplier condition) throws InterruptedException {
        awaitCondition(condition);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
    }

    /** Waits until the process printed the line; fails if it ends first. */
    public void awaitLine(String line) throws InterruptedException {
        awaitCondition(() -> output.contains(line));
    }

    private void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive())
                    .as("the child still runs; its output: %s", output)
                    .isTrue();
            assertThat(System.nanoTime()).as("time to reach the point awaited").isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    /** @return the exit status, once the process ended (within a minute) */
    public int waitForExit() throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the child ends; its output: %s", output)
                .isTrue();
        reader.join(5_000);
        return process.exitValue();
    }
}
