package io.github.gluelabels.maven;

import io.github.gluelabels.core.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of {@code fake-start}, each with the name it was configured under: where the fake listens, its
 * region, the transforms and buckets it starts with, and how its task runs behave.
 *
 * @param port the port, 0 for a free one
 * @param region the region
 * @param seeds the transforms and their labeling files
 * @param buckets the buckets to create
 * @param behaviour how the task runs move and end
 */
record FakeStartParameters(
        Setting<Integer> port,
        Setting<String> region,
        Setting<List<Seed>> seeds,
        Setting<List<String>> buckets,
        FakeParameters behaviour) {

    /**
     * Adds every problem of these parameters to {@code problems}.
     *
     * @return the buckets to create, trimmed, without the invalid ones
     */
    List<String> check(ConfigurationProblems problems) {
        int portNumber = port.value();
        if (portNumber < 0 || portNumber > 65_535) {
            problems.parameter(
                    port.name(),
                    "glue-labels.fakePort",
                    "must be 0 (a free port) to 65535",
                    String.valueOf(portNumber));
        }
        if (region.value() == null || region.value().isBlank()) {
            problems.parameter(
                    region.name(), "glue-labels.fakeRegion", "must name a region, e.g. us-east-1", region.value());
        }
        behaviour.check(problems);
        checkSeeds(problems);
        return checkBuckets(problems);
    }

    /** @return the seeds, none when not set */
    List<Seed> seedList() {
        return seeds.value() == null ? List.of() : seeds.value();
    }

    private void checkSeeds(ConfigurationProblems problems) {
        List<Seed> seedList = seedList();
        for (int i = 0; i < seedList.size(); i++) {
            Seed seed = seedList.get(i);
            String which = seeds.name() + "[" + (i + 1) + "]";
            if (seed.getTransformId() == null || seed.getTransformId().isBlank()) {
                problems.add(which + " has no <transformId>: name the transform to seed");
            }
            if (seed.getLabels() == null) {
                problems.add(which + " has no <labels>: give the labeling file (CSV) to seed " + seed.getTransformId()
                        + " with");
            } else if (!seed.getLabels().isFile()) {
                problems.add(which + ": the labeling file " + seed.getLabels() + " does not exist (or is not a file)");
            }
        }
    }

    private List<String> checkBuckets(ConfigurationProblems problems) {
        List<String> valid = new ArrayList<>();
        for (String bucket : buckets.value() == null ? List.<String>of() : buckets.value()) {
            if (bucket == null || bucket.isBlank()) {
                problems.add(buckets.name() + " (property glue-labels.fakeBuckets) has an empty entry");
                continue;
            }
            String problem = Constraints.bucketNameProblem(bucket.trim());
            if (problem != null) {
                problems.parameter(
                        buckets.name(),
                        "glue-labels.fakeBuckets",
                        "must each be a valid S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens, "
                                + "beginning and ending with a letter or digit, not an IP address), but " + problem,
                        bucket);
            } else {
                valid.add(bucket.trim());
            }
        }
        return valid;
    }
}
