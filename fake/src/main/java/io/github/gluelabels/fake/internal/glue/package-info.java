/**
 * Internal: the fake's Glue service (the JSON 1.1 protocol, its operations and their state). Not API: nothing
 * outside {@code glue-labels-fake} may use it (a test enforces it), and it may change in any release. Use
 * {@link io.github.gluelabels.fake.FakeGlueServer} and {@link io.github.gluelabels.fake.FakeGlue}.
 */
package io.github.gluelabels.fake.internal.glue;
