/**
 * Internal: the fake's HTTP front (WireMock and Jetty, the request bodies, the in-process client). Not API: nothing
 * outside {@code glue-labels-fake} may use it (a test enforces it), and it may change in any release. Use
 * {@link io.github.gluelabels.fake.FakeGlueServer} and {@link io.github.gluelabels.fake.FakeGlue}.
 */
package io.github.gluelabels.fake.internal.http;
