package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.IOUtils;
import org.apache.hc.client5.http.classic.HttpClient;
import org.junit.jupiter.api.Test;

/** The versions the user forced are the ones on the classpath, next to glue-labels. */
class ForcedVersionsTest {

  @Test
  void theUsersCodeRunsOnTheVersionsTheUserForced() throws Exception {
    assertEquals("2.11.0", IOUtils.class.getPackage().getImplementationVersion(), "commons-io");
    assertEquals("5.3.1", HttpClient.class.getPackage().getImplementationVersion(), "httpclient5");
    assertEquals("notes", LabelNotes.read(new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theUsersHttpClientCodeWorks() throws Exception {
    assertEquals("https://console.aws.amazon.com/glue/home?transform=tfm-1", LabelNotes.consoleLink("tfm-1"));
  }
}
