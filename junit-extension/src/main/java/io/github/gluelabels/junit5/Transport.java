package io.github.gluelabels.junit5;

/**
 * How the clients the extension injects reach the fake. Either way they are real AWS SDK clients — they marshal, sign,
 * validate, retry and unmarshal as against AWS — and the fake answers them with the same code; what differs is whether
 * the bytes cross a socket.
 *
 * @since 0.1.0
 */
public enum Transport {

    /**
     * The injected clients hand their requests to the fake in the same JVM, without a socket (their endpoint is
     * {@link io.github.gluelabels.fake.FakeGlueServer#IN_PROCESS_ENDPOINT}); the fake opens its port on 127.0.0.1 only
     * when something asks for it — {@link io.github.gluelabels.fake.FakeGlue#glueEndpoint()},
     * {@link io.github.gluelabels.fake.FakeGlue#s3Endpoint()}, the published system properties — so that clients that
     * code under test builds itself reach the same account. Faults behave as over a socket: a dropped connection is an
     * {@link java.io.IOException}, a delay longer than the clients' read timeout (60 s) a
     * {@link java.net.SocketTimeoutException}. The default: a class's first test is ready about half a second sooner in
     * a cold JVM, where starting an HTTP server is most of the cost.
     */
    IN_PROCESS,

    /**
     * The fake listens on 127.0.0.1 and a free port from the start, and the injected clients call it over a socket with
     * the AWS SDK's Apache HTTP client (connect timeout 5 s, read timeout 60 s): for tests of what only a socket shows,
     * or to see the requests with a network tool.
     */
    HTTP
}
