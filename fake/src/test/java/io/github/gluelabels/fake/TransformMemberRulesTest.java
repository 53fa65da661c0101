package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The service model's rules of a transform's members ({@code DescriptionString}, {@code ColumnNameString},
 * {@code GlueVersionString}, {@code GenericBoundedDouble}, {@code Timeout}, {@code TagsMap}), each taken exactly at its
 * bounds and refused one past them, in the words Glue uses: {@code InvalidInputException}, the member's path, the
 * value and the model's constraint, and no transform made. Sent as raw JSON, so that any character (a lone surrogate
 * too) reaches the fake as written.
 */
@DisplayName("CreateMLTransform takes each member exactly at its bounds and refuses it one past, as Glue words it")
@Timeout(60)
class TransformMemberRulesTest {

    static final String DESCRIPTION_PATTERN = "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*";
    static final String COLUMN_NAME_PATTERN = "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*";
    static final String GLUE_VERSION_PATTERN = "^(\\w+\\.)+\\w+$";

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;

    @BeforeEach
    void account() {
        fake = server.defaultAccount();
    }

    @AfterEach
    void forget() {
        fake.reset();
    }

    static HttpResponse<String> glue(String operation, String body) throws Exception {
        return RawHttp.glue(server.endpoint(), "AWSGlue." + operation, body);
    }

    /** @return the string as a JSON string, every character outside printable ASCII escaped as {@code \\uXXXX} */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** @return a valid CreateMLTransform with these members of its FindMatchesParameters and these other members */
    static String create(String findMatches, String members) {
        return "{\"Name\":\"people\",\"Role\":\"GlueServiceRole\","
                + "\"InputRecordTables\":[{\"DatabaseName\":\"crm\",\"TableName\":\"people\"}],"
                + "\"Parameters\":{\"TransformType\":\"FIND_MATCHES\",\"FindMatchesParameters\":{" + findMatches + "}}"
                + (members.isEmpty() ? "" : "," + members) + "}";
    }

    static String oneError(String value, String member, String constraint) {
        return "1 validation error detected: Value " + value + " at '" + member + "' failed to satisfy constraint: "
                + constraint;
    }

    static String quoted(String value) {
        return "'" + value + "'";
    }

    static JsonNode parse(HttpResponse<String> answer) {
        return JsonNode.parser().parse(answer.body());
    }

    static JsonNode field(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            at = at.field(name).orElseThrow(() -> new AssertionError("no " + name + " in " + node));
        }
        return at;
    }

    List<String> transformIds() throws Exception {
        HttpResponse<String> answer = glue("ListMLTransforms", "{}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return field(parse(answer), "TransformIds").asArray().stream()
                .map(JsonNode::asString)
                .toList();
    }

    /** Sends the request and asserts the one answer Glue gives it: this message, and no transform made. */
    void assertRefused(String operation, String body, String message) throws Exception {
        HttpResponse<String> answer = glue(operation, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidInputException");
        assertThat(field(parse(answer), "__type").asString()).isEqualTo("InvalidInputException");
        assertThat(field(parse(answer), "Message").asString()).isEqualTo(message);
        assertThat(transformIds()).as("no transform is made").isEmpty();
    }

    /** @return the new transform as GetMLTransform describes it */
    static JsonNode assertCreated(String body) throws Exception {
        HttpResponse<String> answer = glue("CreateMLTransform", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String id = field(parse(answer), "TransformId").asString();
        HttpResponse<String> got = glue("GetMLTransform", "{\"TransformId\":" + json(id) + "}");
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        return parse(got);
    }

    /** Characters every XML-character pattern takes: each end of each of its ranges, and the tab. */
    static List<Arguments> xmlCharacters() {
        return List.of(
                Arguments.of("a tab", "a\tb"),
                Arguments.of("U+0020, the first after the control characters", " "),
                Arguments.of("U+D7FF, the last before the surrogates", "\uD7FF"),
                Arguments.of("U+E000, the first after the surrogates", "\uE000"),
                Arguments.of("U+FFFD, the last before U+FFFE", "\uFFFD"),
                Arguments.of("U+10000, the first supplementary character, a surrogate pair", "\uD800\uDC00"),
                Arguments.of("U+1F600, an emoji", "smile \uD83D\uDE00"),
                Arguments.of("U+10FFFF, the last character", "\uDBFF\uDFFF"));
    }

    /** Characters no XML-character pattern takes, each next to an end of an allowed range. */
    static List<Arguments> nonXmlCharacters() {
        return List.of(
                Arguments.of("U+0000", "a\u0000"),
                Arguments.of("U+001F, the last control character", "\u001Fa"),
                Arguments.of("U+D800, a lone high surrogate", "a\uD800b"),
                Arguments.of("U+DFFF, a lone low surrogate", "\uDFFF"),
                Arguments.of("U+FFFE", "\uFFFE"),
                Arguments.of("U+FFFF", "a\uFFFF"));
    }

    @Nested
    @DisplayName("Description (DescriptionString: 0 to 2,048 XML characters, line breaks too)")
    class Description {

        JsonNode created(String description) throws Exception {
            return assertCreated(create("", "\"Description\":" + json(description)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.TransformMemberRulesTest#xmlCharacters")
        @DisplayName("takes every XML character")
        void takesXmlCharacters(String what, String description) throws Exception {
            assertThat(field(created(description), "Description").asString()).isEqualTo(description);
        }

        static List<Arguments> lineBreaksAndBounds() {
            return List.of(
                    Arguments.of("line breaks", "one\r\ntwo\nthree\r"),
                    Arguments.of("an empty one", ""),
                    Arguments.of(
                            "2,048 characters, counted in code points",
                            "\uD83D\uDE00".repeat(1024) + "a".repeat(1024)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("lineBreaksAndBounds")
        @DisplayName("takes line breaks, an empty one, and 2,048 characters")
        void takesLineBreaksAndItsBounds(String what, String description) throws Exception {
            assertThat(field(created(description), "Description").asString()).isEqualTo(description);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.TransformMemberRulesTest#nonXmlCharacters")
        @DisplayName("refuses any other character, by the model's pattern")
        void refusesOtherCharacters(String what, String description) throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    create("", "\"Description\":" + json(description)),
                    oneError(
                            quoted(description),
                            "description",
                            "Member must satisfy regular expression pattern: " + DESCRIPTION_PATTERN));
        }

        @Test
        @DisplayName("refuses 2,049 characters")
        void refusesOnePastItsLength() throws Exception {
            String description = "a".repeat(2049);

            assertRefused(
                    "CreateMLTransform",
                    create("", "\"Description\":" + json(description)),
                    oneError(quoted(description), "description", "Member must have length less than or equal to 2048"));
        }
    }

    @Nested
    @DisplayName("PrimaryKeyColumnName (ColumnNameString: 1 to 1,024 XML characters, no line breaks)")
    class PrimaryKeyColumnName {

        static final String MEMBER = "parameters.findMatchesParameters.primaryKeyColumnName";

        static String request(String column) {
            return create("\"PrimaryKeyColumnName\":" + json(column), "");
        }

        static String echoed(JsonNode transform) {
            return field(transform, "Parameters", "FindMatchesParameters", "PrimaryKeyColumnName")
                    .asString();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.TransformMemberRulesTest#xmlCharacters")
        @DisplayName("takes every XML character")
        void takesXmlCharacters(String what, String column) throws Exception {
            assertThat(echoed(assertCreated(request(column)))).isEqualTo(column);
        }

        @ParameterizedTest(name = "{0} characters")
        @ValueSource(ints = {1, 1024})
        @DisplayName("takes one character, and 1,024")
        void takesItsBounds(int length) throws Exception {
            String column = "k".repeat(length);

            assertThat(echoed(assertCreated(request(column)))).isEqualTo(column);
        }

        static List<Arguments> refused() {
            List<Arguments> all = new java.util.ArrayList<>(nonXmlCharacters());
            all.add(Arguments.of("a carriage return", "id\r"));
            all.add(Arguments.of("a line feed", "\nid"));
            return all;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refused")
        @DisplayName("refuses any other character, line breaks too, by the model's pattern")
        void refusesOtherCharacters(String what, String column) throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    request(column),
                    oneError(
                            quoted(column),
                            MEMBER,
                            "Member must satisfy regular expression pattern: " + COLUMN_NAME_PATTERN));
        }

        @Test
        @DisplayName("refuses an empty name")
        void refusesEmpty() throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    request(""),
                    oneError("''", MEMBER, "Member must have length greater than or equal to 1"));
        }

        @Test
        @DisplayName("refuses 1,025 characters")
        void refusesOnePastItsLength() throws Exception {
            String column = "k".repeat(1025);

            assertRefused(
                    "CreateMLTransform",
                    request(column),
                    oneError(quoted(column), MEMBER, "Member must have length less than or equal to 1024"));
        }
    }

    @Nested
    @DisplayName("GlueVersion (GlueVersionString: 1 to 255 characters, a version such as 2.0)")
    class GlueVersion {

        static String request(String version) {
            return create("", "\"GlueVersion\":" + json(version));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"4.0", "1.0.0", "v_2.x1"})
        @DisplayName("takes a version")
        void takesVersions(String version) throws Exception {
            assertThat(field(assertCreated(request(version)), "GlueVersion").asString())
                    .isEqualTo(version);
        }

        @Test
        @DisplayName("takes 255 characters")
        void takesItsLongest() throws Exception {
            String version = "1." + "0".repeat(253);

            assertThat(field(assertCreated(request(version)), "GlueVersion").asString())
                    .isEqualTo(version);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"2", "2.", ".0", "4.0 ", "4..0"})
        @DisplayName("refuses what is no version, by the model's pattern")
        void refusesNoVersion(String version) throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    request(version),
                    oneError(
                            quoted(version),
                            "glueVersion",
                            "Member must satisfy regular expression pattern: " + GLUE_VERSION_PATTERN));
        }

        @Test
        @DisplayName("refuses an empty version by its length alone")
        void refusesEmpty() throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    request(""),
                    oneError("''", "glueVersion", "Member must have length greater than or equal to 1"));
        }

        @Test
        @DisplayName("refuses 256 characters by their length alone")
        void refusesOnePastItsLength() throws Exception {
            String version = "1." + "0".repeat(254);

            assertRefused(
                    "CreateMLTransform",
                    request(version),
                    oneError(quoted(version), "glueVersion", "Member must have length less than or equal to 255"));
        }

        @Test
        @DisplayName("in the filter of GetMLTransforms is refused by the same rule")
        void inAFilter() throws Exception {
            assertRefused(
                    "GetMLTransforms",
                    "{\"Filter\":{\"GlueVersion\":\"2\"}}",
                    oneError(
                            "'2'",
                            "filter.glueVersion",
                            "Member must satisfy regular expression pattern: " + GLUE_VERSION_PATTERN));
        }
    }

    @Nested
    @DisplayName("PrecisionRecallTradeoff and AccuracyCostTradeoff (GenericBoundedDouble: 0.0 to 1.0)")
    class Tradeoffs {

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("io.github.gluelabels.fake.TransformMemberRulesTest#tradeoffBounds")
        @DisplayName("take each bound")
        void takeTheirBounds(String member, double value) throws Exception {
            JsonNode transform = assertCreated(create("\"" + member + "\":" + value, ""));

            assertThat(field(transform, "Parameters", "FindMatchesParameters", member)
                            .asNumber())
                    .isEqualTo(Double.toString(value));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.TransformMemberRulesTest#tradeoffMembers")
        @DisplayName("refuse the nearest number below 0.0")
        void refuseBelow(String member) throws Exception {
            double below = -Double.MIN_VALUE;

            assertRefused(
                    "CreateMLTransform",
                    create("\"" + member + "\":" + below, ""),
                    oneError(
                            "'-4.9E-324'",
                            "parameters.findMatchesParameters." + lowerFirst(member),
                            "Member must have value greater than or equal to 0.0"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.gluelabels.fake.TransformMemberRulesTest#tradeoffMembers")
        @DisplayName("refuse the nearest number above 1.0")
        void refuseAbove(String member) throws Exception {
            double above = Math.nextUp(1.0);

            assertRefused(
                    "CreateMLTransform",
                    create("\"" + member + "\":" + above, ""),
                    oneError(
                            "'1.0000000000000002'",
                            "parameters.findMatchesParameters." + lowerFirst(member),
                            "Member must have value less than or equal to 1.0"));
        }
    }

    static List<String> tradeoffMembers() {
        return List.of("PrecisionRecallTradeoff", "AccuracyCostTradeoff");
    }

    static List<Arguments> tradeoffBounds() {
        return tradeoffMembers().stream()
                .flatMap(m -> java.util.stream.Stream.of(Arguments.of(m, 0.0), Arguments.of(m, 1.0)))
                .toList();
    }

    static String lowerFirst(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }

    @Nested
    @DisplayName("Timeout (at least 1 minute)")
    class TimeoutMember {

        @Test
        @DisplayName("takes 1")
        void takesOne() throws Exception {
            assertThat(field(assertCreated(create("", "\"Timeout\":1")), "Timeout")
                            .asNumber())
                    .isEqualTo("1");
        }

        @Test
        @DisplayName("refuses 0")
        void refusesZero() throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    create("", "\"Timeout\":0"),
                    oneError("'0'", "timeout", "Member must have value greater than or equal to 1"));
        }
    }

    @Nested
    @DisplayName("Tags (TagsMap: at most 50; keys of 1 to 128 characters, values of 0 to 256)")
    class Tags {

        static String tags(int count) {
            return IntStream.range(0, count)
                    .mapToObj(i -> "\"k" + i + "\":\"v" + i + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
        }

        void assertTagged(String tags) throws Exception {
            assertCreated(create("", "\"Tags\":" + tags));
            HttpResponse<String> tagged = glue("ListMLTransforms", "{\"Tags\":" + tags + "}");
            assertThat(field(parse(tagged), "TransformIds").asArray())
                    .as("the transform has all of them")
                    .hasSize(1);
        }

        @Test
        @DisplayName("takes 50 tags")
        void takesFifty() throws Exception {
            assertTagged(tags(50));
        }

        @Test
        @DisplayName("refuses 51 tags")
        void refusesFiftyOne() throws Exception {
            assertRefused(
                    "CreateMLTransform",
                    create("", "\"Tags\":" + tags(51)),
                    "Tags must hold at most 50 tags (it holds 51); value seen: null");
        }

        @Test
        @DisplayName("takes a key of 1 and of 128 characters, a value of 0 and of 256")
        void takesTheBoundsOfKeysAndValues() throws Exception {
            assertTagged("{\"k\":\"\",\"" + "k".repeat(128) + "\":\"" + "v".repeat(256) + "\"}");
        }

        @Test
        @DisplayName("refuses a key of 129 characters")
        void refusesALongKey() throws Exception {
            String key = "k".repeat(129);

            assertRefused(
                    "CreateMLTransform",
                    create("", "\"Tags\":{\"" + key + "\":\"v\"}"),
                    oneError(quoted(key), "tags", "Member must have length less than or equal to 128"));
        }

        @Test
        @DisplayName("refuses a value of 257 characters")
        void refusesALongValue() throws Exception {
            String value = "v".repeat(257);

            assertRefused(
                    "CreateMLTransform",
                    create("", "\"Tags\":{\"team\":\"" + value + "\"}"),
                    oneError(quoted(value), "tags.team", "Member must have length less than or equal to 256"));
        }
    }

    @Nested
    @DisplayName("names (NameString: 1 to 255 XML characters)")
    class Names {

        @Test
        @DisplayName("an empty Name is refused")
        void emptyName() throws Exception {
            String body = create("", "").replace("\"Name\":\"people\"", "\"Name\":\"\"");

            assertRefused(
                    "CreateMLTransform",
                    body,
                    oneError("''", "name", "Member must have length greater than or equal to 1"));
        }

        @Test
        @DisplayName("a TableName of 256 characters is refused")
        void longTableName() throws Exception {
            String table = "t".repeat(256);
            String body = create("", "").replace("\"TableName\":\"people\"", "\"TableName\":\"" + table + "\"");

            assertRefused(
                    "CreateMLTransform",
                    body,
                    oneError(
                            quoted(table),
                            "inputRecordTables[0].tableName",
                            "Member must have length less than or equal to 255"));
        }
    }

    @Test
    @DisplayName("a rule beyond the model's names its member, the rule and the value seen")
    void aRuleBeyondTheModelsNamesTheValue() throws Exception {
        assertRefused(
                "CreateMLTransform",
                create("", "\"MaxCapacity\":0.5"),
                "MaxCapacity must be at least 1; value seen: \"0.5\"");
    }
}
