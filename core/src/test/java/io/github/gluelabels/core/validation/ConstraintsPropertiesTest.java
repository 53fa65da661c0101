package io.github.gluelabels.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

@Label("Validation agrees with the documented constraints")
class ConstraintsPropertiesTest {

    @Property(tries = 10_000)
    @Label("TransformId and TaskRunId: valid exactly when the oracle says so")
    void hashStringsAgreeWithTheOracle(@ForAll("identifiers") String value) {
        boolean valid = DocumentedConstraints.isValidHashString(value);
        Statistics.collect(valid ? "valid" : "invalid");
        List<Violation> violations = Constraints.hashString("TransformId", value);
        assertThat(violations.isEmpty())
                .as("violations %s for %s", violations, Values.describe(value))
                .isEqualTo(valid);
        violations.forEach(v -> {
            assertThat(v.field()).isEqualTo("TransformId");
            assertThat(v.message()).startsWith("TransformId ").contains("value seen: ");
            assertThat(v.message()).doesNotContainPattern("[\\x00-\\x08\\x0A-\\x1F]");
        });
    }

    @Property(tries = 10_000)
    @Label("S3 paths: valid exactly when the oracle says so")
    void s3PathsAgreeWithTheOracle(@ForAll("s3Paths") String value) {
        boolean valid = DocumentedConstraints.isValidS3Path(value);
        Statistics.collect(valid ? "valid" : "invalid");
        assertThat(Constraints.s3Path("OutputS3Path", value).isEmpty())
                .as("%s", Values.describe(value))
                .isEqualTo(valid);
    }

    @Property(tries = 10_000)
    @Label("An export request exists only when both fields are valid, and says what is wrong otherwise")
    void exportRequestsAreBuiltOnlyFromValidValues(
            @ForAll("identifiers") String transformId, @ForAll("s3Paths") String path) {
        boolean valid =
                DocumentedConstraints.isValidHashString(transformId) && DocumentedConstraints.isValidS3Path(path);
        Statistics.collect(valid ? "valid" : "invalid");
        try {
            ExportRequest request = ExportRequest.of(transformId, path);
            assertThat(valid).as("built %s", request).isTrue();
        } catch (InvalidRequestException e) {
            assertThat(valid).as(e.getMessage()).isFalse();
            assertThat(e.violations())
                    .isNotEmpty()
                    .allSatisfy(
                            v -> assertThat(v.field()).isIn(ExportRequest.TRANSFORM_ID, ExportRequest.OUTPUT_S3_PATH));
            assertThat(e.violations().stream().anyMatch(v -> v.field().equals(ExportRequest.TRANSFORM_ID)))
                    .isEqualTo(!DocumentedConstraints.isValidHashString(transformId));
            assertThat(e.violations().stream().anyMatch(v -> v.field().equals(ExportRequest.OUTPUT_S3_PATH)))
                    .isEqualTo(!DocumentedConstraints.isValidS3Path(path));
        }
    }

    @Provide
    Arbitrary<String> identifiers() {
        return DocumentedConstraints.identifiers();
    }

    @Provide
    Arbitrary<String> s3Paths() {
        return DocumentedConstraints.s3Paths();
    }
}
