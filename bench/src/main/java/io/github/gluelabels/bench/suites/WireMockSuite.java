package io.github.gluelabels.bench.suites;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Suite 2 (b): what users write today: {@code @WireMockTest} and hand-written stubs of the two calls, a client per
 * test pointed at WireMock's port. The stubs answer canned JSON; no label is exported anywhere.
 */
// ApacheHttpClient: deprecated in newer SDKs for apache5-client, but the client every supported SDK version has
@SuppressWarnings("deprecation")
@WireMockTest
public class WireMockSuite {

    GlueClient glue;

    @BeforeEach
    void stubAndConnect(WireMockRuntimeInfo wm) {
        stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.StartExportLabelsTaskRun"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(Workload.START_ANSWER)));
        stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.GetMLTaskRun"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(Workload.GET_ANSWER)));
        glue = GlueClient.builder()
                .endpointOverride(URI.create(wm.getHttpBaseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    @AfterEach
    void close() {
        glue.close();
    }

    @RepeatedTest(200)
    void export() {
        Workload.exportAndWait(glue);
    }
}
