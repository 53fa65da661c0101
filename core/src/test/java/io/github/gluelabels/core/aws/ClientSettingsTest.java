package io.github.gluelabels.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the settings show of themselves: every setting, with the endpoints' user information masked. */
class ClientSettingsTest {

    @Test
    void showsEverySettingAndMasksThePasswordsOfTheEndpoints() {
        ClientSettings settings = ClientSettings.builder()
                .region("eu-west-1")
                .credentials(Credentials.profile("dev"))
                .glueEndpoint(URI.create("http://glue-user:glue-secret@127.0.0.1:4566/"))
                .s3Endpoint(URI.create("http://s3-user:s3-secret@127.0.0.1:4567/"))
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(7))
                .maxAttempts(4)
                .build();

        assertThat(settings)
                .hasToString("ClientSettings[region=eu-west-1, credentials=profile 'dev', glueEndpoint="
                        + "http://***@127.0.0.1:4566/, s3Endpoint=http://***@127.0.0.1:4567/, s3PathStyle=true, "
                        + "connectTimeout=PT5S, readTimeout=PT7S, maxAttempts=4]");
    }

    @Test
    void showsEndpointsNotSetAsNull() {
        ClientSettings settings = ClientSettings.builder()
                .credentials(Credentials.of("AKIDEXAMPLE", "secret-key"))
                .build();

        assertThat(settings)
                .hasToString("ClientSettings[region=null, credentials=static credentials with access key AKIDEXAMPLE,"
                        + " glueEndpoint=null, s3Endpoint=null, s3PathStyle=false, connectTimeout=PT10S, "
                        + "readTimeout=PT1M, maxAttempts=3]");
    }
}
