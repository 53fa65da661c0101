package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelingCheck;
import io.github.gluelabels.core.labels.LabelingProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.glue.model.GetMlTransformRequest;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;

/**
 * The check of an import's files: what the listener hears (the first 20 warnings one by one, the rest counted, and the
 * check when it passed), the schema it is checked against, and the warning when the transform cannot be read.
 */
class ImportCheckTest {

    @TempDir
    Path folder;

    private final List<String> heard = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void warning(String message) {
            heard.add("warning " + message);
        }

        @Override
        public void checked(LabelingCheck check) {
            heard.add("checked " + check.records() + " records");
        }
    };

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("labels.csv"), text, StandardCharsets.UTF_8);
    }

    /** @return a file with one repeated record in each of the given number of sets: one warning each */
    private Path repeats(int sets) throws IOException {
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name\n");
        for (int i = 0; i < sets; i++) {
            csv.append("s").append(i).append(",A,x\n");
            csv.append("s").append(i).append(",B,x\n");
        }
        return write(csv.toString());
    }

    private LabelingCheck check(Path labels, List<String> schema) {
        return ImportCheck.check(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), schema, listener);
    }

    @Test
    void tellsTwentyWarningsOneByOneAndCountsTheRest() throws IOException {
        Path file = repeats(ImportCheck.WARNINGS_TOLD + 1);

        LabelingCheck check = check(file, List.of("name"));

        assertThat(check.warnings()).hasSize(21);
        assertThat(check.warnings().get(0))
                .isEqualTo(new LabelingProblem(
                        file.toString(),
                        3,
                        "repeated record",
                        "labeling set s0 already holds this record (the same fields but the label)"));
        List<String> expected = new ArrayList<>();
        check.warnings().stream().limit(20).forEach(w -> expected.add("warning " + w));
        expected.add("warning … and 1 more warnings of the files");
        expected.add("checked 42 records");
        assertThat(heard).containsExactlyElementsOf(expected);
    }

    @Test
    void twentyWarningsAreAllTold() throws IOException {
        LabelingCheck check = check(repeats(ImportCheck.WARNINGS_TOLD), List.of("name"));

        assertThat(check.warnings()).hasSize(20);
        assertThat(heard).hasSize(21).last().isEqualTo("checked 40 records");
        assertThat(heard).noneMatch(h -> h.contains("more warnings"));
    }

    @Test
    void aCheckThatFailsIsNotHeardAsChecked() throws IOException {
        LabelingCheck check = check(write("labeling_set_id,label,name\ns1,A\n"), List.of());

        assertThat(check.isValid()).isFalse();
        assertThat(heard).isEmpty();
    }

    @Test
    void anEmptySchemaChecksTheFilesAlone() throws IOException {
        LabelingCheck check = check(write("labeling_set_id,label,name\ns1,A,x\n"), List.of());

        assertThat(check.problems()).isEmpty();
        assertThat(heard).containsExactly("checked 1 records");
    }

    @Test
    void theColumnsAreCheckedAgainstTheTransformsSchema() throws IOException {
        LabelingCheck check = check(write("labeling_set_id,label,name\ns1,A,x\n"), List.of("city"));

        assertThat(check.problems()).extracting(LabelingProblem::rule).containsOnly("schema");
        assertThat(heard).isEmpty();
    }

    /** A Glue that does not know the transform. */
    private static final class UnknownTransformGlue extends StubGlue {
        @Override
        public GetMlTransformResponse getMLTransform(GetMlTransformRequest request) {
            throw AwsServiceException.builder()
                    .statusCode(400)
                    .requestId("req-1")
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("EntityNotFoundException")
                            .errorMessage("Transform not found")
                            .build())
                    .build();
        }
    }

    @Test
    void aTransformThatCannotBeReadIsAWarningAndTheFilesAreCheckedAlone() throws IOException {
        LabelImporter importer = LabelImporter.builder()
                .glue(new UnknownTransformGlue())
                .s3(new RecordingS3())
                .region("eu-west-1")
                .listener(listener)
                .build();
        Path file = write("labeling_set_id,label,name\ns1,A,x\n");
        String unknown = "";
        try {
            importer.labelCount("tfm-1");
        } catch (AwsCallException e) {
            unknown = e.getMessage();
        }
        assertThat(unknown).contains("tfm-1", "eu-west-1");

        LabelingCheck check = importer.check(ImportRequest.of("tfm-1", file, "s3://bucket/in/"));

        assertThat(check.problems()).isEmpty();
        assertThat(heard)
                .containsExactly(
                        "warning The columns were not checked against the transform's schema: " + unknown,
                        "checked 1 records");
        assertThatThrownBy(() -> importer.labelCount("tfm-1")).hasMessage(unknown);
    }
}
