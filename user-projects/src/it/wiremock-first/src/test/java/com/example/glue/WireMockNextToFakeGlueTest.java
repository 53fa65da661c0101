package com.example.glue;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;
import io.github.gluelabels.junit5.Transport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;

/** The user's own WireMock stubs (a service the application also calls) in the same test class as the fake. */
@WireMockTest
class WireMockNextToFakeGlueTest {

  static String greeting(WireMockRuntimeInfo wireMock) throws Exception {
    stubFor(get("/greeting").willReturn(okJson("{\"hello\":\"labels\"}")));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(wireMock.getHttpBaseUrl() + "/greeting")).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  @Nested
  @FakeGlueTest(transport = Transport.HTTP)
  @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv")
  class OverHttp {
    @Test
    void theUsersStubAnswers(WireMockRuntimeInfo wireMock) throws Exception {
      assertEquals("{\"hello\":\"labels\"}", greeting(wireMock));
    }

    @Test
    void theFakeAnswersBesideIt(WireMockRuntimeInfo wireMock, GlueClient glue, FakeGlue fake) throws Exception {
      assertEquals("{\"hello\":\"labels\"}", greeting(wireMock));
      assertEquals(6, glue.getMLTransform(r -> r.transformId("tfm-people")).labelCount());
      assertEquals(1, fake.journal().count("GetMLTransform"));
    }
  }

  @Nested
  @FakeGlueTest
  @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv")
  class InProcess {
    @Test
    void theUsersStubAnswers(WireMockRuntimeInfo wireMock) throws Exception {
      assertEquals("{\"hello\":\"labels\"}", greeting(wireMock));
    }

    @Test
    void theFakeAnswersBesideIt(WireMockRuntimeInfo wireMock, GlueClient glue) throws Exception {
      assertEquals("{\"hello\":\"labels\"}", greeting(wireMock));
      assertEquals(6, glue.getMLTransform(r -> r.transformId("tfm-people")).labelCount());
    }
  }
}
