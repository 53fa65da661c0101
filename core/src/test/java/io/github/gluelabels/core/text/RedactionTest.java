package io.github.gluelabels.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Redaction of URL user information")
class RedactionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://user:pw@glue.example.com | https://***@glue.example.com",
                "https://user:pw@glue.example.com:8443/a/b?c=d@e | https://***@glue.example.com:8443/a/b?c=d@e",
                "http://pw@127.0.0.1:4566 | http://***@127.0.0.1:4566",
                "HTTPS://USER:PW@HOST | HTTPS://***@HOST",
                "https://user:p@ss@host/x | https://***@host/x",
                "https://user:p%40ss@host | https://***@host",
                "Glue at https://u:secret@host failed; S3 at http://a:b@s3.local/ too | "
                        + "Glue at https://***@host failed; S3 at http://***@s3.local/ too",
                "https://glue.eu-west-1.amazonaws.com | https://glue.eu-west-1.amazonaws.com",
                "s3://bucket/key@with-at | s3://bucket/key@with-at",
                "mail me at someone@example.com | mail me at someone@example.com",
                "see http://host/ and a@b.c | see http://host/ and a@b.c"
            })
    void redactsUserInformation(String text, String shown) {
        assertThat(Redaction.text(text)).isEqualTo(shown);
    }

    @Test
    @DisplayName("an endpoint keeps everything but its user information")
    void endpoint() {
        assertThat(Redaction.endpoint(URI.create("https://user:canary-pw@host:1/p")))
                .isEqualTo("https://***@host:1/p");
        assertThat(Redaction.endpoint(URI.create("http://127.0.0.1:4566"))).isEqualTo("http://127.0.0.1:4566");
        assertThat(Redaction.endpoint(null)).isEqualTo("null");
    }

    @Test
    @DisplayName("a configured value that is no valid URL is masked up to its last @, whatever the password holds")
    void configuredValue() {
        assertThat(Redaction.configuredUrl("https://user:pa/ss#x@host")).isEqualTo("https://***@host");
        assertThat(Redaction.configuredUrl("https://host")).isEqualTo("https://host");
        assertThat(Redaction.configuredUrl("not a url")).isEqualTo("not a url");
        assertThat(Redaction.configuredUrl(null)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a configured value without a scheme, or with the @ before it, is masked from its start")
    @CsvSource(
            delimiter = '|',
            value = {
                // a refused endpoint is shown in the error: a password typed without http:// must not be
                "user:canary-pw@localhost:4566 | ***@localhost:4566",
                "//user:canary-pw@host | ***@host",
                "@host | ***@host",
                "canary-pw@http://host | ***@http://host",
                "ab@c://host | ***@c://host",
                "://user:canary-pw@host | ://***@host",
                "1://user:canary-pw@host | 1://***@host"
            })
    void configuredValueWithoutScheme(String value, String shown) {
        assertThat(Redaction.configuredUrl(value)).isEqualTo(shown);
    }

    @Test
    @DisplayName("an empty user information right after :// is still marked, as text() marks it")
    void emptyUserInformation() {
        assertThat(Redaction.configuredUrl("http://@host")).isEqualTo("http://***@host");
        assertThat(Redaction.configuredUrl("http://@host")).isEqualTo(Redaction.text("http://@host"));
    }
}
