/**
 * Internal: the fake's S3 service (routing, buckets, objects, listings, multipart uploads). Not API: nothing
 * outside {@code glue-labels-fake} may use it (a test enforces it), and it may change in any release. Use
 * {@link io.github.gluelabels.fake.FakeGlueServer} and {@link io.github.gluelabels.fake.FakeGlue}.
 */
package io.github.gluelabels.fake.internal.s3;
