package io.github.gluelabels.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every failure is explained in words, and the words are part of the API: each explanation checked word for word, and
 * the edges of each rule (the characters and code points on either side of it).
 */
@DisplayName("What validation says, word for word, at the edges of each rule")
class ConstraintsWordingTest {

    @Nested
    @DisplayName("bucket names")
    class BucketNames {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                -bucket          | bucket name must begin and end with a letter or digit
                bucket-          | bucket name must begin and end with a letter or digit
                .bucket          | bucket name must begin and end with a letter or digit
                bucket.          | bucket name must begin and end with a letter or digit
                my..bucket       | bucket name has two adjacent dots
                192.168.1.1      | bucket name is formatted as an IP address
                xn--bucket       | bucket names beginning with "xn--" are reserved
                sthree-bucket    | bucket names beginning with "sthree-" are reserved
                amzn-s3-demo-b   | bucket names beginning with "amzn-s3-demo-" are reserved
                bucket-s3alias   | bucket names ending with "-s3alias" are reserved
                bucket--ol-s3    | bucket names ending with "--ol-s3" are reserved
                bucket.mrap      | bucket names ending with ".mrap" are reserved
                bucket--x-s3     | bucket names ending with "--x-s3" are reserved
                bucket--table-s3 | bucket names ending with "--table-s3" are reserved
                my_bucket        | bucket name has U+005F (low line) at character 3
                a:b              | bucket name has U+003A (colon) at character 2
                a`b              | bucket name has U+0060 (grave accent) at character 2
                a{b              | bucket name has U+007B (left curly bracket) at character 2
                bücket           | bucket name has U+00FC (latin small letter u with diaeresis) at character 2
                bucKet           | bucket name has U+004B (latin capital letter k) at character 4; bucket names are lower case
                """)
        void explainsEachKindOfBadName(String bucket, String explanation) {
            assertThat(Constraints.bucketNameProblem(bucket)).isEqualTo(explanation);
            assertThat(Constraints.s3Path("OutputS3Path", "s3://" + bucket + "/x"))
                    .singleElement()
                    .extracting(Violation::detail)
                    .isEqualTo(explanation);
        }

        /** Characters below '0' that are not a dot or a hyphen: the generators of the property tests had none. */
        @ParameterizedTest(name = "U+{0}")
        @CsvSource({"0020, space", "0021, exclamation mark", "002B, plus sign", "002C, comma", "002F, solidus"})
        void refusesCharactersBelowTheDigits(String hex, String name) {
            String bucket = "a" + Character.toString(Integer.parseInt(hex, 16)) + "b";
            assertThat(Constraints.bucketNameProblem(bucket))
                    .isEqualTo("bucket name has U+" + hex + " (" + name + ") at character 2");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "a-z.09", "0az", "9.a", "z-0"})
        void acceptsTheEdgesOfEachRange(String bucket) {
            assertThat(Constraints.bucketNameProblem(bucket)).isNull();
            assertThat(Constraints.s3Path("OutputS3Path", "s3://" + bucket)).isEmpty();
        }

        @Test
        void countsTheLengthInCodePoints() {
            assertThat(Constraints.bucketNameProblem("a".repeat(64)))
                    .isEqualTo("bucket \"" + "a".repeat(64) + "\" has 64 characters");
            assertThat(Constraints.bucketNameProblem("😀😀")).isEqualTo("bucket \"😀😀\" has 2 characters");
            assertThat(Constraints.bucketNameProblem("a😀b"))
                    .isEqualTo("bucket name has U+1F600 (grinning face) at character 2");
        }

        /** A surrogate pair is one character; a high surrogate before anything else, or a low one alone, is not. */
        @ParameterizedTest
        @ValueSource(strings = {"x\uDC00", "\uD800x", "\uDC00\uDC00", "\uD800\uD800"})
        void refusesEveryUnpairedSurrogateInTheKey(String key) {
            assertThat(Constraints.s3Path("InputS3Path", "s3://bucket/" + key))
                    .singleElement()
                    .extracting(Violation::rule)
                    .isEqualTo("must be valid Unicode (an S3 key is UTF-8)");
            assertThat(Constraints.s3Path("InputS3Path", "s3://bucket/a😀b/" + key + "😀"))
                    .hasSize(1);
        }

        @Test
        void judgesABucketWithoutAKeyOnlyAsABucket() {
            // without a slash there is no key: a long or broken bucket name is one problem, not a key's too
            assertThat(Constraints.s3Path("OutputS3Path", "s3://" + "a".repeat(1100)))
                    .singleElement()
                    .extracting(Violation::detail)
                    .isEqualTo("bucket \"" + "a".repeat(1100) + "\" has 1100 characters");
            assertThat(Constraints.s3Path("OutputS3Path", "s3://ab\uD800")).hasSize(1);
        }

        @Test
        void keepsTheKeyOutOfTheBucket() {
            assertThat(Constraints.s3Path("OutputS3Path", "s3://bucket/-x..192.168.1.1-s3alias"))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("code points at the edges of the HashString pattern")
    class CodePointEdges {

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(ints = {0x09, 0x20, 0x7E, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF})
        void acceptsTheFirstAndLastOfEachAllowedRange(int codePoint) {
            String value = "a" + Character.toString(codePoint) + "b";
            assertThat(Constraints.firstNonXmlCharacter(value)).isEqualTo(-1);
            assertThat(Constraints.hashString("TransformId", value)).isEmpty();
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource({
            "0x08, U+0008 (backspace)",
            "0x0A, U+000A (line feed)",
            "0x1F, U+001F (information separator one)",
            "0xFFFE, U+FFFE",
            "0xFFFF, U+FFFF"
        })
        void refusesTheCodePointsJustOutside(String hex, String named) {
            int codePoint = Integer.decode(hex);
            String value = "😀a" + Character.toString(codePoint);
            assertThat(Constraints.firstNonXmlCharacter(value)).isEqualTo(3);
            assertThat(Constraints.hashString("TaskRunId", value))
                    .singleElement()
                    .satisfies(v -> {
                        assertThat(v.rule())
                                .isEqualTo("must not contain control characters other than tab, nor U+FFFE or U+FFFF");
                        assertThat(v.detail()).isEqualTo("found " + named + " at character 3");
                    });
        }

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(ints = {0xD800, 0xDBFF, 0xDC00, 0xDFFF})
        void refusesEveryUnpairedSurrogate(int surrogate) {
            String value = "ab" + (char) surrogate;
            assertThat(Constraints.firstNonXmlCharacter(value)).isEqualTo(2);
            assertThat(Constraints.hashString("TaskRunId", value))
                    .singleElement()
                    .extracting(Violation::detail)
                    .isEqualTo(
                            String.format(Locale.ROOT, "found U+%04X (unpaired surrogate) at character 3", surrogate));
        }
    }

    @Nested
    @DisplayName("Values names code points and shows values")
    class ValuesEdges {

        @Test
        void callsOnlySurrogatesUnpairedSurrogates() {
            assertThat(Values.codePoint(0xD7FF)).doesNotContain("surrogate");
            assertThat(Values.codePoint(0xD800)).isEqualTo("U+D800 (unpaired surrogate)");
            assertThat(Values.codePoint(0xDFFF)).isEqualTo("U+DFFF (unpaired surrogate)");
            assertThat(Values.codePoint(0xE000)).isEqualTo("U+E000 (private use area e000)");
            assertThat(Values.codePoint(0xFFFD)).isEqualTo("U+FFFD (replacement character)");
            assertThat(Values.codePoint(0x1F600)).isEqualTo("U+1F600 (grinning face)");
        }

        @Test
        void namesACodePointWithoutANameByItsNumberAlone() {
            assertThat(Values.codePoint(0x0378)).isEqualTo("U+0378");
        }

        @Test
        void escapesExactlyTheInvisibleCharacters() {
            assertThat(Values.describe("\u001F ~\u007F\u009F\u00A0")).isEqualTo("\"\\u001F ~\\u007F\\u009F\u00A0\"");
            assertThat(Values.describe("\uFFFD\uFFFE\uFFFF")).isEqualTo("\"\uFFFD\\uFFFE\\uFFFF\"");
        }

        @Test
        void showsAstralCharactersWhoseLowBitsLookLikeSurrogates() {
            // U+1D800 and U+1DFFF: (char) of either is a surrogate, yet they are whole characters
            String astral = Character.toString(0x1D800) + Character.toString(0x1DFFF);
            assertThat(Values.describe(astral)).isEqualTo("\"" + astral + "\"");
        }

        @Test
        void shortensOnlyPastTheLimit() {
            String atLimit = "y".repeat(Values.MAX_SHOWN);
            assertThat(Values.describe(atLimit)).isEqualTo("\"" + atLimit + "\"");
            assertThat(Values.describe(atLimit + "z")).isEqualTo("\"" + atLimit + "…\" (65 characters)");
        }
    }

    @Nested
    @DisplayName("messages: singular forms, separators, member paths")
    class Messages {

        @Test
        void saysOneValidationErrorInTheSingular() {
            assertThat(Constraints.serviceMessage(Constraints.hashString("TransformId", null)))
                    .isEqualTo("1 validation error detected: Value null at 'transformId' failed to satisfy constraint:"
                            + " Member must not be null");
        }

        @Test
        void writesDottedMemberPathsAsTheServicesDo() {
            Violation nested = new Violation("Filter.TaskRunType", "is bad", null, "X", "Member must be an enum");
            Violation odd = new Violation("A..B.", "is bad", null, null, "Member must not be null");
            assertThat(Constraints.serviceMessage(List.of(nested, odd)))
                    .isEqualTo("2 validation errors detected: Value 'X' at 'filter.taskRunType' failed to satisfy"
                            + " constraint: Member must be an enum; Value null at 'a..b.' failed to satisfy constraint:"
                            + " Member must not be null");
        }

        @Test
        void putsTheModelsErrorsFirstAndJoinsEverythingWithSemicolons() {
            Violation plainFirst = new Violation("OutputS3Path", "must be an S3 URI", null, "x", null);
            Violation model = new Violation("TransformId", "is required", null, null, "Member must not be null");
            Violation plainLast = new Violation("InputS3Path", "must be an S3 URI", "it is not", "y", null);
            assertThat(Constraints.serviceMessage(List.of(plainFirst, model, plainLast)))
                    .isEqualTo("1 validation error detected: Value null at 'transformId' failed to satisfy constraint:"
                            + " Member must not be null; OutputS3Path must be an S3 URI; value seen: \"x\";"
                            + " InputS3Path must be an S3 URI (it is not); value seen: \"y\"");
            assertThat(Constraints.serviceMessage(List.of(plainFirst, plainLast)))
                    .isEqualTo("OutputS3Path must be an S3 URI; value seen: \"x\"; InputS3Path must be an S3 URI (it is"
                            + " not); value seen: \"y\"");
        }

        @Test
        void countsOneProblemInTheSingular() {
            InvalidRequestException one = new InvalidRequestException(Constraints.hashString("TransformId", ""));
            assertThat(one.getMessage())
                    .isEqualTo("Invalid request, nothing was sent (1 problem):\n  - TransformId must not be empty;"
                            + " value seen: \"\"");
            assertThat(one.violations()).hasSize(1);
            assertThat(one.violations().get(0))
                    .hasToString(one.violations().get(0).message());
        }

        @Test
        void refusesAnInvalidRequestWithoutAViolation() {
            assertThatThrownBy(() -> new InvalidRequestException(List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an invalid request has at least one violation");
        }
    }
}
