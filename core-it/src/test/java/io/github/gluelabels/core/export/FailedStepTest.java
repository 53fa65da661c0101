package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download whose final move fails at a step — the step's file operation throws, as a failed rename does — undoes
 * the steps before it: the folder is exactly as it was, with no temporary file. Past the moment the new list of files
 * is written, the download stands, and the next run cleans up after it.
 */
@DisplayName("A download whose final move fails at a step")
class FailedStepTest {

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

    @AfterEach
    void noHook() {
        FolderCommit.hook = (root, step) -> {};
    }

    /** Fails the listed steps (counted from 1, across the move and its undo) of downloads into the folder. */
    static List<String> failAt(Path folder, int... steps) {
        List<String> taken = new ArrayList<>();
        AtomicInteger count = new AtomicInteger();
        FolderCommit.hook = (root, step) -> {
            if (root.equals(folder)) {
                taken.add(step);
                int number = count.incrementAndGet();
                if (IntStream.of(steps).anyMatch(s -> s == number)) {
                    throw new IOException("injected failure after " + step);
                }
            }
        };
        return taken;
    }

    @TestFactory
    @DisplayName("failing at each step, is undone whole, or stands whole and is cleaned up by the next run")
    Stream<DynamicTest> failingAtEachStep() {
        return IntStream.rangeClosed(1, scenario.moveSteps.size())
                .mapToObj(k -> DynamicTest.dynamicTest(
                        "failing after step " + k + ", " + scenario.moveSteps.get(k - 1), () -> {
                            Path folder = work.resolve("failed-" + k);
                            Map<String, String> earlier = scenario.earlierDownload(folder);
                            String step = scenario.moveSteps.get(k - 1);
                            failAt(folder, k);

                            if (scenario.done(k)) {
                                scenario.exporter().download(MoveScenario.SECOND, folder);
                                noHook();
                                assertThat(MoveScenario.state(folder))
                                        .as("the download stands")
                                        .containsAllEntriesOf(
                                                Map.of("a.csv", scenario.replaced.get("a.csv"), "x", "folder"));
                                scenario.assertNextRunsFind(folder, scenario.replaced);
                            } else {
                                assertThatThrownBy(() -> scenario.exporter().download(MoveScenario.SECOND, folder))
                                        .isInstanceOf(GlueLabelsException.class)
                                        .hasMessageContaining("injected failure after " + step)
                                        .hasMessageContaining(
                                                "The folder was put back as it was before this download; nothing of this "
                                                        + "download was kept.");
                                noHook();
                                assertThat(MoveScenario.state(folder)).isEqualTo(earlier);
                                assertThat(MoveScenario.temporaries(folder)).isEmpty();
                                scenario.assertNextRunsFind(folder, earlier);
                            }
                        }));
    }

    @Test
    @DisplayName("failing half-way, and failing again while it puts the folder back, is put back by the next run")
    void undoFails() {
        Path folder = work.resolve("undo-fails");
        Map<String, String> earlier;
        try {
            earlier = scenario.earlierDownload(folder);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int halfWay = scenario.step("new file 3 of 4 in place");
        List<String> taken = failAt(folder, halfWay, halfWay + 1);

        assertThatThrownBy(() -> scenario.exporter().download(MoveScenario.SECOND, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("injected failure after new file 3 of 4 in place")
                .hasMessageContaining("Putting the folder back failed too (java.io.IOException: injected failure after "
                        + "undo: new file 3 out): the next download into " + folder
                        + " finishes putting it back, as the "
                        + "journal " + folder.resolve(".glue-labels").resolve("journal.json") + " says.");
        noHook();

        assertThat(taken).last().isEqualTo("undo: new file 3 out");
        assertThat(MoveScenario.temporaries(folder)).contains(".glue-labels/journal.json");
        scenario.assertNextRunsFind(folder, earlier);
    }
}
