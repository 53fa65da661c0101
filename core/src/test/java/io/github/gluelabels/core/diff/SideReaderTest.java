package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SideReader: a side's files read into its sorter")
class SideReaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a side of plainly well-formed files is read once: a run a record, none written twice")
    void readsAPlainSideOnce() throws IOException {
        Path side = Files.createDirectories(dir.resolve("side"));
        Files.writeString(side.resolve("a.csv"), "labeling_set_id,label,id\ns1,A,1\ns1,B,2\n", UTF_8);
        Files.writeString(side.resolve("b.csv"), "labeling_set_id,label,id\ns2,A,3\n", UTF_8);
        List<Path> created = new ArrayList<>();
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            ExternalSorter sorter = new ExternalSorter(scratch, 1, "from");

            long records = SideReader.open(LabelSource.of(side)).readInto(sorter, new int[] {2});

            assertThat(records).isEqualTo(3);
            assertThat(created.stream()
                            .filter(file -> file.getFileName().toString().startsWith("from-run")))
                    .hasSize(3);
            try (EntryStream sorted = sorter.sorted()) {
                assertThat(sorted.next()).isEqualTo(DiffEntry.of("s1", new String[] {"1"}, "A"));
            }
        }
    }
}
