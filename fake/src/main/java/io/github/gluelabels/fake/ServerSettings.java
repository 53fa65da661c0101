package io.github.gluelabels.fake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The settings of one {@link FakeGlueServer}, as its builder ({@link ServerOptions}) resolved them: every default
 * applied, the body limits sized to the heap.
 *
 * @param port the port, 0 for a free one
 * @param bindAddress the address to listen on
 * @param region the region of transforms and of buckets created without a location
 * @param accountId the account id of the fake's messages
 * @param rowsPerPart the most labels an export writes into one part file
 * @param importLimitBytes the largest labeling file an import takes
 * @param maxConcurrentTaskRunsPerTransform how many task runs of one transform may go at once
 * @param maxUploadBytes the largest body of an S3 request
 * @param bodyBudgetBytes the most bytes all request bodies in flight hold together
 * @param bodyReadTimeout how long a request body may take to arrive whole
 * @param idleTimeout how long a connection may be idle; null for WireMock's
 * @param journalCapacity how many calls each account's journal keeps
 * @param containerThreads how many requests the server answers at once
 * @param dataDirectory where objects and labels are kept; null for a folder of the server's own
 * @param clock the clock of timestamps and pacing
 * @param listenOnDemand whether a fake in process opens its port when asked for it
 * @param warnings where warnings go
 */
record ServerSettings(
        int port,
        String bindAddress,
        String region,
        String accountId,
        int rowsPerPart,
        long importLimitBytes,
        int maxConcurrentTaskRunsPerTransform,
        long maxUploadBytes,
        long bodyBudgetBytes,
        Duration bodyReadTimeout,
        Duration idleTimeout,
        int journalCapacity,
        int containerThreads,
        Path dataDirectory,
        Clock clock,
        boolean listenOnDemand,
        Consumer<String> warnings) {}
