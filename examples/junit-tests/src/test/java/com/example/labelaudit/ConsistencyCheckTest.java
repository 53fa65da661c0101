package com.example.labelaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on its own, on files written by the test: no fake, no export. */
@DisplayName("The consistency check of labeling files")
class ConsistencyCheckTest {

  @TempDir
  Path folder;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  @DisplayName("a set with one record is a set with a single label")
  void singleLabel() throws IOException {
    Findings findings = ConsistencyCheck.of(List.of(file("a.csv", """
        labeling_set_id,label,name
        s1,A,Ana
        s2,A,Bea
        s2,A,"Bea, B."
        """)));

    assertThat(findings.singleLabelSets()).containsExactly("s1");
    assertThat(findings.allDifferentSets()).isEmpty();
    assertThat(findings.labels()).isEqualTo(3);
    assertThat(findings.labelingSets()).isEqualTo(2);
  }

  @Test
  @DisplayName("a set whose records all have labels of their own is a set where every row differs")
  void everyRowDiffers() throws IOException {
    Findings findings = ConsistencyCheck.of(List.of(file("a.csv", """
        labeling_set_id,label,name
        s1,A,Ana
        s1,B,Bea
        s1,C,Cleo
        s2,A,Dan
        s2,B,Dani
        s2,B,Daniel
        """)));

    assertThat(findings.allDifferentSets()).containsExactly("s1");
    assertThat(findings.consistent()).isFalse();
  }

  @Test
  @DisplayName("a record that repeats an earlier one of its set is a duplicate row, conflicting when the labels differ")
  void duplicateRows() throws IOException {
    Findings findings = ConsistencyCheck.of(List.of(file("a.csv", """
        labeling_set_id,label,name,city
        s1,A,"Souza, Ana",Lisboa
        s1,A,Ana Souza,Lisboa
        s1,B,"Souza, Ana",Lisboa
        s2,A,Ana Souza,Lisboa
        s2,A,Ana Souza,Lisboa
        """)));

    assertThat(findings.duplicateRows()).extracting(Findings.DuplicateRow::describe).containsExactly(
        "s1: a.csv:4 repeats a.csv:2 (labels A and B: conflicting)",
        "s2: a.csv:6 repeats a.csv:5 (same label A)");
  }

  @Test
  @DisplayName("a labeling set may span the part files of an export")
  void setsSpanFiles() throws IOException {
    Findings findings = ConsistencyCheck.of(List.of(
        file("part-00000.csv", "labeling_set_id,label,name\ns1,A,Ana\n"),
        file("part-00001.csv", "labeling_set_id,label,name\ns1,A,Ana S.\ns2,A,Bea\ns2,A,Bea\n")));

    assertThat(findings.singleLabelSets()).containsExactly();
    assertThat(findings.duplicateRows()).extracting(Findings.DuplicateRow::describe)
        .containsExactly("s2: part-00001.csv:4 repeats part-00001.csv:3 (same label A)");
    assertThat(findings.labels()).isEqualTo(4);
  }

  @Test
  @DisplayName("consistent labels have no findings")
  void consistent() throws IOException {
    Findings findings = ConsistencyCheck.of(List.of(file("a.csv", """
        labeling_set_id,label,name
        s1,A,Ana
        s1,A,Ana S.
        s1,B,Bea
        """)));

    assertThat(findings.consistent()).isTrue();
    assertThat(findings.problems()).isZero();
  }

  @Test
  @DisplayName("a file that is not a labeling file fails, naming the file and the line")
  void notALabelingFile() throws IOException {
    Path broken = file("broken.csv", "labeling_set_id,label,name\ns1,A,Ana,extra\n");

    assertThatThrownBy(() -> ConsistencyCheck.of(List.of(broken)))
        .isInstanceOf(LabelingFileException.class)
        .hasMessageContaining("broken.csv line 2");
  }
}
