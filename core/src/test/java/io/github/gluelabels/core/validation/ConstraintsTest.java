package io.github.gluelabels.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintsTest {

    /** The model's pattern, compiled as the service compiles it: the oracle for the character rule. */
    private static final Pattern MODEL_PATTERN = Pattern.compile(Constraints.HASH_STRING_PATTERN);

    @Nested
    @DisplayName("HashString (TransformId, TaskRunId)")
    class HashString {

        @ParameterizedTest
        @ValueSource(strings = {"tfm-0123456789abcdef", "a", " ", "with\ttab", "ünïcödé", "😀 astral", "\uE000\uFFFD"})
        void acceptsXmlCharacters(String value) {
            assertThat(Constraints.hashString("TransformId", value)).isEmpty();
            assertThat(MODEL_PATTERN.matcher(value).matches()).isTrue();
        }

        @Test
        void requiresAValue() {
            assertThat(Constraints.hashString("TransformId", null))
                    .singleElement()
                    .satisfies(v -> {
                        assertThat(v.message()).isEqualTo("TransformId is required; value seen: null");
                        assertThat(v.modelConstraint()).isEqualTo("Member must not be null");
                    });
        }

        @Test
        void rejectsEmpty() {
            assertThat(Constraints.hashString("TaskRunId", ""))
                    .singleElement()
                    .extracting(Violation::message)
                    .isEqualTo("TaskRunId must not be empty; value seen: \"\"");
        }

        @Test
        void countsCodePointsNotChars() {
            String astral = "😀".repeat(255);
            assertThat(astral.length()).isEqualTo(510);
            assertThat(Constraints.hashString("TransformId", astral)).isEmpty();
            assertThat(Constraints.hashString("TransformId", astral + "😀"))
                    .singleElement()
                    .extracting(Violation::detail)
                    .isEqualTo("it has 256");
        }

        @Test
        void acceptsExactly255AndRejects256() {
            assertThat(Constraints.hashString("TransformId", "a".repeat(255))).isEmpty();
            assertThat(Constraints.hashString("TransformId", "a".repeat(256)))
                    .singleElement()
                    .satisfies(v -> assertThat(v.message())
                            .startsWith(
                                    "TransformId must be at most 255 characters long (counted in Unicode code points) (it has 256)")
                            .endsWith("…\" (256 characters)"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "a\nb",
                    "\u0000",
                    "x\r",
                    "\u001F",
                    "\u007F\u0000",
                    "\uFFFE",
                    "\uFFFF",
                    "lone\uD800",
                    "\uDC00x"
                })
        void rejectsWhatTheModelPatternRejects(String value) {
            assertThat(MODEL_PATTERN.matcher(value).matches()).isFalse();
            assertThat(Constraints.hashString("TransformId", value))
                    .singleElement()
                    .extracting(Violation::modelConstraint)
                    .asString()
                    .startsWith("Member must satisfy regular expression pattern");
        }

        @Test
        void namesTheOffendingCharacterAndItsPosition() {
            Violation v = Constraints.hashString("TransformId", "ab\ncd").get(0);
            assertThat(v.message())
                    .isEqualTo("TransformId must not contain control characters other than tab, nor U+FFFE or U+FFFF"
                            + " (found U+000A (line feed) at character 3); value seen: \"ab\\ncd\"");
        }

        @Test
        void namesAnUnpairedSurrogate() {
            Violation v = Constraints.hashString("TaskRunId", "😀\uD83D").get(0);
            assertThat(v.rule()).isEqualTo("must not contain an unpaired surrogate");
            assertThat(v.detail()).isEqualTo("found U+D83D (unpaired surrogate) at character 2");
            assertThat(v.message()).endsWith("value seen: \"😀\\uD83D\"");
        }

        @Test
        void reportsLengthAndCharacterTogether() {
            assertThat(Constraints.hashString("TransformId", "\n".repeat(300))).hasSize(2);
        }
    }

    @Nested
    @DisplayName("S3 paths (OutputS3Path, InputS3Path)")
    class S3Paths {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "s3://my-bucket",
                    "s3://my-bucket/",
                    "s3://my.bucket-1/labels/2026/",
                    "s3://abc/ä ö/x y",
                    "s3://a1b/😀"
                })
        void acceptsValidPaths(String value) {
            assertThat(Constraints.s3Path("OutputS3Path", value)).isEmpty();
        }

        @Test
        void requiresAValue() {
            assertThat(Constraints.s3Path("OutputS3Path", null))
                    .singleElement()
                    .extracting(Violation::message)
                    .isEqualTo("OutputS3Path is required; value seen: null");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"", "my-bucket/labels", "https://my-bucket.s3.amazonaws.com/x", "s3:/my-bucket", "s3a://b/x"
                })
        void requiresTheS3Scheme(String value) {
            assertThat(Constraints.s3Path("OutputS3Path", value))
                    .singleElement()
                    .extracting(Violation::rule)
                    .isEqualTo("must be an S3 URI of the form s3://bucket/prefix");
        }

        @Test
        void saysTheSchemeIsLowerCase() {
            assertThat(Constraints.s3Path("OutputS3Path", "S3://bucket/x"))
                    .singleElement()
                    .extracting(Violation::detail)
                    .isEqualTo("the scheme is written in lower case");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "s3://",
                    "s3:///labels",
                    "s3://ab",
                    "s3://" + "a123456789",
                    "s3://My-Bucket/x",
                    "s3://-bucket",
                    "s3://bucket-",
                    "s3://my..bucket",
                    "s3://192.168.1.1/x",
                    "s3://my_bucket",
                    "s3://xn--bucket",
                    "s3://bucket-s3alias",
                    "s3://bücket"
                })
        void rejectsInvalidBucketNames(String value) {
            if (value.equals("s3://a123456789")) {
                value = "s3://" + "a".repeat(64);
            }
            assertThat(Constraints.s3Path("OutputS3Path", value))
                    .singleElement()
                    .extracting(Violation::rule)
                    .asString()
                    .startsWith("must name a valid S3 bucket");
        }

        @Test
        void explainsWhatIsWrongWithTheBucket() {
            assertThat(Constraints.s3Path("OutputS3Path", "s3://My-Bucket/x")
                            .get(0)
                            .detail())
                    .isEqualTo(
                            "bucket name has U+004D (latin capital letter m) at character 1; bucket names are lower case");
            assertThat(Constraints.s3Path("OutputS3Path", "s3://ab/x").get(0).detail())
                    .isEqualTo("bucket \"ab\" has 2 characters");
            assertThat(Constraints.s3Path("OutputS3Path", "s3:///x").get(0).detail())
                    .isEqualTo("the bucket name is missing");
        }

        @Test
        void limitsTheKeyTo1024Utf8Bytes() {
            assertThat(Constraints.s3Path("OutputS3Path", "s3://bucket/" + "a".repeat(1024)))
                    .isEmpty();
            assertThat(Constraints.s3Path("OutputS3Path", "s3://bucket/" + "ä".repeat(513)))
                    .singleElement()
                    .extracting(Violation::detail)
                    .isEqualTo("it has 1026");
        }

        @Test
        void rejectsAnUnpairedSurrogateInTheKey() {
            assertThat(Constraints.s3Path("InputS3Path", "s3://bucket/x\uD800"))
                    .singleElement()
                    .extracting(Violation::rule)
                    .isEqualTo("must be valid Unicode (an S3 key is UTF-8)");
        }

        @Test
        void reportsBucketAndKeyProblemsTogether() {
            assertThat(Constraints.s3Path("OutputS3Path", "s3://AB/" + "a".repeat(2000)))
                    .hasSize(2);
        }
    }

    @Test
    void formatsServiceMessagesAsAwsServicesDo() {
        List<Violation> violations = List.of(
                Constraints.hashString("TransformId", null).get(0),
                Constraints.hashString("TaskRunId", "").get(0));
        assertThat(Constraints.serviceMessage(violations))
                .isEqualTo(
                        "2 validation errors detected: Value null at 'transformId' failed to satisfy constraint: Member must not be"
                                + " null; Value '' at 'taskRunId' failed to satisfy constraint: Member must have length greater than or"
                                + " equal to 1");
    }

    @Test
    void appendsRulesThatAreNotTheModelsInPlainWords() {
        List<Violation> violations = Constraints.s3Path("OutputS3Path", "http://x");
        assertThat(Constraints.serviceMessage(violations))
                .isEqualTo("OutputS3Path must be an S3 URI of the form s3://bucket/prefix; value seen: \"http://x\"");
    }
}
