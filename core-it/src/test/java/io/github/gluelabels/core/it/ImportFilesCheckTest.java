package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.labels.InvalidLabelingFilesException;
import io.github.gluelabels.core.labels.LabelingCheck;
import io.github.gluelabels.core.labels.LabelingFilesCheck;
import io.github.gluelabels.core.labels.LabelingProblem;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The check of an import's files")
class ImportFilesCheckTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.with(FakeGlueServer.builder());

    @TempDir
    Path dir;

    FakeGlue fake;
    AwsClients clients;
    ImportRecorder listener = new ImportRecorder();
    LabelImporter importer;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", ImportTest.CURRENT).createBucket("bucket");
        clients = Fakes.clients(fake);
        importer = LabelImporter.builder().clients(clients).listener(listener).build();
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private InvalidLabelingFilesException refused(Path labels) {
        InvalidLabelingFilesException e = catchThrowableOfType(
                InvalidLabelingFilesException.class,
                () -> importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), ImportTest.fast()));
        assertThat(e).as("the import was refused").isNotNull();
        assertThat(fake.journal().count("PutObject")).as("nothing uploaded").isZero();
        assertThat(fake.journal().count("StartImportLabelsTaskRun"))
                .as("nothing imported")
                .isZero();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
        return e;
    }

    @Test
    @DisplayName("reports every broken record at once, with file, line and rule, and sends nothing")
    void everyProblemAtOnce() throws IOException {
        Path labels = Files.writeString(dir.resolve("bad.csv"), """
                labeling_set_id,label,name,city
                set-1,A,ok,ok
                set-1,A,three fields
                ,A,no,set
                set-2,,no,label
                set-2,B,ok,ok
                """);

        InvalidLabelingFilesException e = refused(labels);

        String file = labels.toString();
        assertThat(e.problems())
                .extracting(LabelingProblem::source, LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(file, 3L, LabelingFilesCheck.FIELDS),
                        org.assertj.core.groups.Tuple.tuple(file, 4L, LabelingFilesCheck.SET_ID),
                        org.assertj.core.groups.Tuple.tuple(file, 5L, LabelingFilesCheck.LABEL));
        assertThat(e.getMessage())
                .contains("3 problems", "nothing was sent", file + " line 3 [fields]: the record has 3 fields");
    }

    @Test
    @DisplayName("reports the problems of every file of a folder: a bad header, text that is not UTF-8")
    void everyFileOfAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.csv"), "set,label,name,city\ns,A,x,y\n");
        Files.write(folder.resolve("b.csv"), new byte[] {
            'l',
            'a',
            'b',
            'e',
            'l',
            'i',
            'n',
            'g',
            '_',
            's',
            'e',
            't',
            '_',
            'i',
            'd',
            ',',
            'l',
            'a',
            'b',
            'e',
            'l',
            ',',
            'n',
            'a',
            'm',
            'e',
            ',',
            'c',
            'i',
            't',
            'y',
            '\n',
            's',
            ',',
            'A',
            ',',
            (byte) 0xC3,
            '(',
            ',',
            'y',
            '\n'
        });

        InvalidLabelingFilesException e = refused(folder);

        assertThat(e.problems())
                .extracting(LabelingProblem::rule)
                .containsExactly(LabelingFilesCheck.HEADER, LabelingFilesCheck.ENCODING);
        assertThat(e.problems().get(1).line()).isEqualTo(2);
    }

    @Test
    @DisplayName("names each column that differs from the transform's schema")
    void schemaMismatch() throws IOException {
        Path labels =
                Files.writeString(dir.resolve("labels.csv"), "labeling_set_id,label,name,town\nset-9,A,Bob,Lyon\n");

        InvalidLabelingFilesException e = refused(labels);

        assertThat(e.problems()).extracting(LabelingProblem::rule).containsOnly(LabelingFilesCheck.SCHEMA);
        assertThat(e.problems())
                .extracting(LabelingProblem::detail)
                .containsExactly(
                        "the transform's schema has the column \"city\", which the file lacks",
                        "the file has the column \"town\", which the transform's schema lacks");
    }

    @Test
    @DisplayName("warns of large sets and repeated records, and imports all the same")
    void warnings() throws IOException {
        StringBuilder text = new StringBuilder("labeling_set_id,label,name,city\n");
        for (int i = 0; i < 51; i++) {
            text.append("big,A,n").append(i).append(",c\n");
        }
        text.append("small,A,same,c\nsmall,B,same,c\n");
        Path labels = Files.writeString(dir.resolve("labels.csv"), text);

        ImportResult result =
                importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), ImportTest.fast());

        assertThat(result.warnings())
                .extracting(LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, LabelingFilesCheck.SET_SIZE),
                        org.assertj.core.groups.Tuple.tuple(54L, LabelingFilesCheck.REPEATED));
        assertThat(result.warnings().get(0).detail()).contains("big has 51 records");
        assertThat(listener.warnings()).hasSize(2);
        assertThat(result.labelCountAfter()).isEqualTo(3 + 53);
    }

    @Test
    @DisplayName("checks without importing: only GetMLTransform is sent")
    void checkAlone() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.csv"), ImportTest.NEW);

        LabelingCheck check = importer.check(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"));

        assertThat(check.isValid()).isTrue();
        assertThat(check.records()).isEqualTo(2);
        assertThat(check.sets()).isEqualTo(1);
        assertThat(fake.journal().entries()).extracting(e -> e.operation()).containsOnly("GetMLTransform");
    }
}
