package io.github.gluelabels.bench.suites;

import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.Transport;

/**
 * Suite 2 (a'): the tests of {@link ExtensionSuite} with {@code transport = HTTP}: the fake on a port from the start,
 * the injected clients over a socket (the extension's only transport before the in-process one).
 */
@FakeGlueTest(transport = Transport.HTTP)
public class ExtensionHttpSuite extends ExtensionSuite {}
