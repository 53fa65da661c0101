package io.github.gluelabels.core.aws;

import io.github.gluelabels.core.GlueLabelsException;

/**
 * No region was set and the SDK's region chain found none: glue-labels never guesses a region.
 *
 * @since 0.1.0
 */
public class MissingRegionException extends GlueLabelsException {

  private static final long serialVersionUID = 1L;

  MissingRegionException(String where) {
    super("No AWS region is set" + where + ". glue-labels does not guess one, because a transform lives in exactly "
        + "one region. Set it explicitly, or set the AWS_REGION environment variable, or add 'region = eu-west-1' "
        + "(your region) to the profile in ~/.aws/config.");
  }
}
