package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.it.FolderState;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A download that replaces an earlier one in every way a move can: a file replaced at the same place ({@code a.csv}),
 * a folder kept with other files in it ({@code sub/}), a file that becomes a folder ({@code x} → {@code x/y.csv}), a
 * folder emptied and gone ({@code gone/}), a new folder ({@code new/}). And the user's own file, which stays. On a
 * fake of its own, on a port, for downloads in this JVM and in others.
 */
final class MoveScenario implements AutoCloseable {

    static final S3Uri FIRST = S3Uri.parse("OutputS3Path", "s3://bucket/first");
    static final S3Uri SECOND = S3Uri.parse("OutputS3Path", "s3://bucket/second");

    final FakeGlueServer server;
    final FakeGlue fake;
    final AwsClients clients;
    /** The steps of the move of the second download over the first, as a run that nothing stops takes them. */
    final List<String> moveSteps = new CopyOnWriteArrayList<>();
    /** The folder after the first download, then the second: what a finished second download looks like. */
    final Map<String, String> replaced;

    // FolderCommit's test hook is static by design (one JVM, one scenario at a time); set and reset here
    @SuppressWarnings("StaticAssignmentInConstructor")
    MoveScenario(Path work) throws IOException {
        server = FakeGlueServer.builder().start();
        fake = server.defaultAccount();
        fake.createBucket("bucket");
        for (String key : List.of(
                "first/a.csv",
                "first/sub/b.csv",
                "first/x",
                "first/gone/c.csv",
                "second/a.csv",
                "second/sub/d.csv",
                "second/x/y.csv",
                "second/new/e.csv")) {
            fake.putObject("bucket", key, ("labeling_set_id,label\n" + key + ",A\n").getBytes(StandardCharsets.UTF_8));
        }
        clients = AwsClients.create(ClientSettings.builder()
                .region(fake.region())
                .credentials(Credentials.of(fake.accessKeyId(), fake.secretAccessKey()))
                .glueEndpoint(fake.glueEndpoint())
                .s3Endpoint(fake.s3Endpoint())
                .maxAttempts(1)
                .build());
        Path reference = work.resolve("reference");
        earlierDownload(reference);
        FolderCommit.hook = (root, step) -> {
            if (root.equals(reference)) {
                moveSteps.add(step);
            }
        };
        try {
            exporter().download(SECOND, reference);
        } finally {
            FolderCommit.hook = (root, step) -> {};
        }
        replaced = state(reference);
    }

    LabelExporter exporter() {
        return LabelExporter.of(clients, ExportListener.NONE);
    }

    /** @return the number of a step of the move, from 1 */
    int step(String name) {
        int index = moveSteps.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no step " + name + " in " + moveSteps);
        }
        return index + 1;
    }

    /** @return whether the move is done once this step is: the new list of files is written */
    boolean done(int step) {
        return step >= step("list of files written");
    }

    /** The first download, and the user's own file beside it. @return the folder then */
    Map<String, String> earlierDownload(Path folder) throws IOException {
        exporter().download(FIRST, folder);
        Files.writeString(folder.resolve("notes.txt"), "mine\n");
        return state(folder);
    }

    /**
     * The next download into the folder — one that fails once it has prepared the folder, its first object cut short —
     * leaves the folder as expected and no temporary file; the one after it downloads the second export whole.
     */
    void assertNextRunsFind(Path folder, Map<String, String> expected) {
        fake.faults().inject("GetObject", 1, Fault.cutShort(3));
        LabelExporter oneAtATime =
                LabelExporter.builder().clients(clients).downloadThreads(1).build();
        assertThatThrownBy(() -> oneAtATime.download(SECOND, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("broke off after 3 of");

        assertThat(state(folder)).isEqualTo(expected);
        assertThat(temporaries(folder)).isEmpty();

        exporter().download(SECOND, folder);
        assertThat(state(folder)).isEqualTo(replaced);
        assertThat(temporaries(folder)).isEmpty();
    }

    @Override
    public void close() {
        clients.close();
        server.stop();
    }

    /**
     * Everything in a folder ({@link FolderState#of}), the download's run id in its list of files replaced by
     * {@code <run>}, so that two folders with the same download compare equal.
     */
    static Map<String, String> state(Path folder) {
        Map<String, String> state = new TreeMap<>();
        FolderState.of(folder)
                .forEach((path, what) ->
                        state.put(path, what.replaceAll("\"run\":\"[0-9a-f-]+\"", "\"run\":\"<run>\"")));
        return state;
    }

    /** @return what a download that is not under way must not leave: anything in the bookkeeping folder but its list */
    static List<String> temporaries(Path folder) {
        return FolderState.temporaries(folder);
    }
}
