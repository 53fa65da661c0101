package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.it.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download killed at each step of its final move, in a JVM of its own that halts right after the step (no finally
 * block, no shutdown hook: a kill), and the runs after it: the next download into the folder finds the earlier
 * download exactly as it was — or, once the new list of files was written, the new one whole — and no temporary file.
 * The same after Ctrl-C (SIGTERM), and when the undo itself is stopped at each of its steps.
 */
@DisplayName("A download killed at each step of its final move")
@Timeout(600)
class KilledMoveTest {

    @TempDir
    static Path work;

    static MoveScenario scenario;

    @BeforeAll
    static void start() throws IOException {
        scenario = new MoveScenario(work);
    }

    @AfterAll
    static void stop() {
        scenario.close();
    }

    @Test
    @DisplayName("the move has the steps this test kills at")
    void steps() {
        assertThat(scenario.moveSteps)
                .containsExactly(
                        "journal written",
                        "earlier file 1 of 4 aside",
                        "earlier file 2 of 4 aside",
                        "earlier file 3 of 4 aside",
                        "earlier file 4 of 4 aside",
                        "emptied folders removed",
                        "new file 1 of 4 in place",
                        "new file 2 of 4 in place",
                        "new file 3 of 4 in place",
                        "new file 4 of 4 in place",
                        "list of files written",
                        "earlier files deleted",
                        "journal removed");
        assertThat(scenario.replaced)
                .containsKeys("a.csv", "sub/d.csv", "x/y.csv", "new/e.csv", "notes.txt")
                .doesNotContainKeys("sub/b.csv", "gone", "gone/c.csv");
        assertThat(scenario.replaced.get("x")).isEqualTo("folder");
    }

    @TestFactory
    @DisplayName("killed after each step, the next run finds the earlier download as it was or the new one whole")
    Stream<DynamicTest> killedAtEachStep() throws Exception {
        List<String> steps = scenario.moveSteps;
        List<Map<String, String>> earlier = new ArrayList<>();
        for (int k = 1; k <= steps.size(); k++) {
            earlier.add(scenario.earlierDownload(work.resolve("killed-" + k)));
        }
        // the children run two at a time, before any test below looks at a folder (or injects a fault into the fake)
        List<ChildJvm> killed = inParallel(IntStream.rangeClosed(1, steps.size())
                .mapToObj(k -> (Callable<ChildJvm>) () -> Child.run(work.resolve("killed-" + k), k))
                .toList());
        return IntStream.rangeClosed(1, steps.size())
                .mapToObj(k -> DynamicTest.dynamicTest("killed after step " + k + ", " + steps.get(k - 1), () -> {
                    ChildJvm child = killed.get(k - 1);
                    assertThat(child.waitForExit())
                            .as("output %s", child.output())
                            .isEqualTo(HaltingDownload.HALTED);
                    assertThat(child.output()).containsExactly("halted after " + steps.get(k - 1));

                    scenario.assertNextRunsFind(
                            work.resolve("killed-" + k), scenario.done(k) ? scenario.replaced : earlier.get(k - 1));
                }));
    }

    @Test
    @DisplayName("ended as Ctrl-C ends a build (SIGTERM, shutdown hooks run) half-way, the next run puts it back")
    void terminated() throws Exception {
        Path folder = work.resolve("terminated");
        Map<String, String> earlier = scenario.earlierDownload(folder);

        ChildJvm paused = Child.start(folder, -scenario.step("new file 2 of 4 in place"));
        paused.awaitLine("paused after new file 2 of 4 in place");
        paused.process().destroy();

        assertThat(paused.waitForExit()).as("SIGTERM").isEqualTo(143);
        scenario.assertNextRunsFind(folder, earlier);
    }

    @TestFactory
    @DisplayName("killed half-way, then stopped at each step of the undo, the next run still puts it back")
    Stream<DynamicTest> stoppedWhileUndoing() throws Exception {
        Path halfMoved = work.resolve("half-moved");
        Map<String, String> earlier = scenario.earlierDownload(halfMoved);
        ChildJvm killed = Child.run(halfMoved, scenario.step("new file 3 of 4 in place"));
        assertThat(killed.waitForExit()).isEqualTo(HaltingDownload.HALTED);
        // the undo of that move: three new files out, four earlier files back, the journal gone. Each case stops it in
        // this JVM, with an error no code catches, after one step: on disk, what a kill there leaves
        List<String> undoSteps = List.of(
                "undo: new file 3 out",
                "undo: new file 2 out",
                "undo: new file 1 out",
                "undo: earlier file 1 back",
                "undo: earlier file 2 back",
                "undo: earlier file 3 back",
                "undo: earlier file 4 back",
                "undo: journal removed");
        return IntStream.rangeClosed(1, undoSteps.size())
                .mapToObj(j ->
                        DynamicTest.dynamicTest("undo stopped after step " + j + ", " + undoSteps.get(j - 1), () -> {
                            Path folder = copy(halfMoved, work.resolve("undo-stopped-" + j));
                            List<String> taken = new ArrayList<>();
                            FolderCommit.hook = (root, step) -> {
                                if (root.equals(folder)) {
                                    taken.add(step);
                                    if (taken.size() == j) {
                                        throw new Stopped();
                                    }
                                }
                            };
                            try {
                                assertThatThrownBy(() -> scenario.exporter().download(MoveScenario.SECOND, folder))
                                        .isInstanceOf(Stopped.class);
                            } finally {
                                FolderCommit.hook = (root, step) -> {};
                            }
                            assertThat(taken).isEqualTo(undoSteps.subList(0, j));

                            scenario.assertNextRunsFind(folder, earlier);
                        }));
    }

    /** Stops a run where it is, as a kill does: an error no code of the download catches. */
    static final class Stopped extends Error {
        private static final long serialVersionUID = 1L;
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()), LinkOption.NOFOLLOW_LINKS);
            }
        }
        return to;
    }

    /** Runs the calls two at a time. */
    static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A {@link HaltingDownload} of the second export into a folder, halting at a step (see its arguments). */
    static final class Child {

        static ChildJvm run(Path folder, int haltAt) throws IOException, InterruptedException {
            ChildJvm child = start(folder, haltAt);
            child.waitForExit();
            return child;
        }

        static ChildJvm start(Path folder, int haltAt) throws IOException {
            return ChildJvm.start(
                    HaltingDownload.class,
                    scenario.fake.s3Endpoint().toString(),
                    scenario.fake.accessKeyId(),
                    scenario.fake.secretAccessKey(),
                    MoveScenario.SECOND.toString(),
                    folder.toString(),
                    String.valueOf(haltAt));
        }
    }
}
