package io.github.gluelabels.fake.internal.http;

/**
 * Why the HTTP front answers a request itself, before or instead of its service: each is still answered with the
 * service's modelled error (Glue JSON, S3 XML), never with a server page.
 */
public enum Refusal {

    /** The body ended before its announced length, or its chunked framing is broken: the client's fault (400). */
    INCOMPLETE_BODY,

    /** The body did not arrive whole within the body read timeout, or the connection went idle while it came. */
    BODY_TIMEOUT,

    /** Taking the body would pass the memory budget of request bodies in flight: retry later (S3's 503 SlowDown). */
    BUSY,

    /** HTTP the server refused for another reason (a bad URI, a bad header), named in the detail. */
    BAD_REQUEST,

    /** The fake failed on the request — a bug, or out of memory: the service's internal error (500). */
    INTERNAL
}
