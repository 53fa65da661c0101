package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JsonText")
class JsonTextTest {

    static String string(String value) throws IOException {
        StringWriter out = new StringWriter();
        JsonText.string(out, value);
        return out.toString();
    }

    static String strings(List<String> values) throws IOException {
        StringWriter out = new StringWriter();
        JsonText.strings(out, values);
        return out.toString();
    }

    @Test
    @DisplayName("writes a plain string in quotes, as it is")
    void plain() throws IOException {
        assertThat(string("set-7 a b")).isEqualTo("\"set-7 a b\"");
        assertThat(string("")).isEqualTo("\"\"");
    }

    @Test
    @DisplayName("escapes quotes and backslashes with a backslash, keeping what is around them")
    void quotesAndBackslashes() throws IOException {
        assertThat(string("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(string("C:\\x\\")).isEqualTo("\"C:\\\\x\\\\\"");
        assertThat(string("\"")).isEqualTo("\"\\\"\"");
        assertThat(string("\\")).isEqualTo("\"\\\\\"");
    }

    @Test
    @DisplayName("escapes new lines, returns and tabs by their short forms")
    void shortForms() throws IOException {
        assertThat(string("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    }

    @Test
    @DisplayName("escapes the other control characters as \\u00XX in lower-case hex, both digits")
    void otherControlCharacters() throws IOException {
        assertThat(string("\u0000")).isEqualTo("\"\\u0000\"");
        assertThat(string("a\u0001b")).isEqualTo("\"a\\u0001b\"");
        assertThat(string("\u001f")).isEqualTo("\"\\u001f\"");
        assertThat(string("\u0012\u001b\u000c\b")).isEqualTo("\"\\u0012\\u001b\\u000c\\u0008\"");
    }

    @Test
    @DisplayName("leaves the space, DEL and every non-ASCII character as they are")
    void notEscaped() throws IOException {
        assertThat(string(" ")).isEqualTo("\" \"");
        assertThat(string("~\u007f")).isEqualTo("\"~\u007f\"");
        assertThat(string("é€😀\u2028")).isEqualTo("\"é€😀\u2028\"");
    }

    @Test
    @DisplayName("writes a name with its quotes, then a colon and a space")
    void name() throws IOException {
        StringWriter out = new StringWriter();
        JsonText.name(out, "to\"");
        assertThat(out.toString()).isEqualTo("\"to\\\"\": ");
    }

    @Test
    @DisplayName("writes an array of strings on one line, separated by a comma and a space")
    void array() throws IOException {
        assertThat(strings(List.of())).isEqualTo("[]");
        assertThat(strings(List.of("id"))).isEqualTo("[\"id\"]");
        assertThat(strings(List.of("id", "na\"me", "x"))).isEqualTo("[\"id\", \"na\\\"me\", \"x\"]");
    }
}
