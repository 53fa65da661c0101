/**
 * Internal: not API; may change in any release. Helpers that glue-labels' own modules share (the Maven plugin uses
 * them); users call {@code io.github.gluelabels.core} and its other packages instead.
 */
package io.github.gluelabels.core.internal;
