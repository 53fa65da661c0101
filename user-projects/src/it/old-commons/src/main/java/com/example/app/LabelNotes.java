package com.example.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.IOUtils;
import org.apache.hc.core5.net.URIBuilder;

/** The user's own code, on the versions of commons-io and httpclient5 the user chose. */
public final class LabelNotes {

  private LabelNotes() {}

  public static String read(InputStream notes) throws IOException {
    return IOUtils.toString(notes, StandardCharsets.UTF_8);
  }

  public static String consoleLink(String transformId) throws Exception {
    return new URIBuilder("https://console.aws.amazon.com/glue/home").addParameter("transform", transformId)
        .build().toString();
  }
}
