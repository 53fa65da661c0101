package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.export.MoveJournal.Move;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("MoveJournal: what a move is about to do, read back only when it is what glue-labels writes")
class MoveJournalTest {

    @TempDir
    Path bookkeeping;

    @Test
    @DisplayName("a journal written is read back as it was")
    void roundTrip() throws IOException {
        MoveJournal journal = new MoveJournal(
                "run-2",
                List.of(new Move(path("a.csv"), "0")),
                List.of(new Move(path("a.csv"), "0"), new Move(path("new/b.csv"), "1")),
                List.of(path("new")));
        assertThat(MoveJournal.exists(bookkeeping)).isFalse();

        journal.write(bookkeeping);

        assertThat(MoveJournal.exists(bookkeeping)).isTrue();
        assertThat(MoveJournal.read(bookkeeping)).isEqualTo(journal);
    }

    @Test
    @DisplayName("refuses a run that is not a name")
    void refusesARunThatIsNotAName() throws IOException {
        journal("{\"run\":\"..\",\"newFolders\":[],\"aside\":[],\"in\":[]}");

        assertThatThrownBy(() -> MoveJournal.read(bookkeeping))
                .isInstanceOf(IOException.class)
                .hasMessage("its run .. is not a name");
    }

    @Test
    @DisplayName("refuses a stash name with a separator")
    void refusesAStashThatIsNotAName() throws IOException {
        Path file = journal("{\"run\":\"run-2\",\"newFolders\":[],\"aside\":[{\"path\":\"a.csv\",\"stash\":\"x/0\"}],"
                + "\"in\":[]}");

        assertThatThrownBy(() -> MoveJournal.read(bookkeeping))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read " + file + ": the stash x/0 is not a name");
    }

    @Test
    @DisplayName("refuses a path outside the folder")
    void refusesAPathOutsideTheFolder() throws IOException {
        Path file = journal("{\"run\":\"run-2\",\"newFolders\":[\"../up\"],\"aside\":[],\"in\":[]}");

        assertThatThrownBy(() -> MoveJournal.read(bookkeeping))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read " + file + ": ../up is not a path inside the folder");
    }

    @Test
    @DisplayName("refuses a move without its path")
    void refusesAMoveWithoutItsPath() throws IOException {
        Path file = journal("{\"run\":\"run-2\",\"newFolders\":[],\"aside\":[],\"in\":[{\"stash\":\"0\"}]}");

        assertThatThrownBy(() -> MoveJournal.read(bookkeeping))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read " + file + ": no text \"path\"");
    }

    @Test
    @DisplayName("refuses a journal without one of its lists")
    void refusesAJournalWithoutAList() throws IOException {
        Path file = journal("{\"run\":\"run-2\",\"newFolders\":[],\"in\":[]}");

        assertThatThrownBy(() -> MoveJournal.read(bookkeeping))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read " + file + ": no list \"aside\"");
    }

    private Path journal(String json) throws IOException {
        return Files.writeString(bookkeeping.resolve("journal.json"), json);
    }

    private static RelativePath path(String text) {
        return RelativePath.parse(text).orElseThrow();
    }
}
