package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.fake.BehaviourForms.FaultSetting;
import io.github.gluelabels.fake.BehaviourForms.OutcomeSetting;
import io.github.gluelabels.fake.MainArguments.Seed;
import io.github.gluelabels.fake.MainArguments.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The options of {@link MainArguments} given so far, each checked as it is taken: null for those not given. */
final class GivenOptions {

    Integer port;
    String bind;
    String region;
    Integer rowsPerPart;
    Long maxUpload;
    Long bodyBudget;
    Duration bodyTimeout;
    Pacing pacing;
    Path journal;
    Integer maxConcurrentTaskRuns;
    final List<Seed> seeds = new ArrayList<>();
    final List<Seed> records = new ArrayList<>();
    final Set<String> buckets = new LinkedHashSet<>();
    final List<OutcomeSetting> outcomes = new ArrayList<>();
    final List<FaultSetting> faults = new ArrayList<>();

    void take(String name, String value) throws UsageException {
        switch (name) {
            case "--port" ->
                port = OptionChecks.once(
                        name,
                        port,
                        OptionChecks.number(
                                name, value, 0, 65_535, "a port number from 0 to 65535 (0 picks a free port)"));
            case "--bind" -> bind = OptionChecks.once(name, bind, OptionChecks.bindAddress(value));
            case "--region" -> region = OptionChecks.once(name, region, OptionChecks.region(value));
            case "--rows-per-part" ->
                rowsPerPart = OptionChecks.once(
                        name,
                        rowsPerPart,
                        OptionChecks.number(
                                name, value, 1, Integer.MAX_VALUE, "a whole number from 1 to " + Integer.MAX_VALUE));
            case "--max-upload" ->
                maxUpload = OptionChecks.once(name, maxUpload, OptionChecks.size(name, value, Integer.MAX_VALUE - 8));
            case "--body-budget" ->
                bodyBudget = OptionChecks.once(name, bodyBudget, OptionChecks.size(name, value, Long.MAX_VALUE));
            case "--body-timeout" ->
                bodyTimeout = OptionChecks.once(name, bodyTimeout, OptionChecks.duration(name, value));
            case "--pacing" -> pacing = OptionChecks.once(name, pacing, OptionChecks.pacing(value));
            case "--journal" -> journal = OptionChecks.once(name, journal, OptionChecks.journal(value));
            case "--outcome" -> addOutcome(value);
            case "--fault" -> faults.add(OptionChecks.fault(value));
            case "--seed" -> addSeed(value);
            case "--records" -> addRecords(value);
            case "--max-concurrent-task-runs-per-transform" ->
                maxConcurrentTaskRuns = OptionChecks.once(
                        name,
                        maxConcurrentTaskRuns,
                        OptionChecks.number(
                                name, value, 1, Integer.MAX_VALUE, "a whole number from 1 to " + Integer.MAX_VALUE));
            default -> buckets.add(OptionChecks.bucket(value));
        }
    }

    private void addSeed(String value) throws UsageException {
        Seed seed = OptionChecks.seed(value);
        if (seeds.stream().anyMatch(s -> s.transformId().equals(seed.transformId()))) {
            throw new UsageException("--seed " + Values.describe(value) + ": transform "
                    + Values.describe(seed.transformId()) + " is seeded twice");
        }
        seeds.add(seed);
    }

    private void addRecords(String value) throws UsageException {
        Seed seed = OptionChecks.records(value);
        if (records.stream().anyMatch(s -> s.transformId().equals(seed.transformId()))) {
            throw new UsageException("--records " + Values.describe(value) + ": transform "
                    + Values.describe(seed.transformId()) + " is given records twice");
        }
        records.add(seed);
    }

    private void addOutcome(String value) throws UsageException {
        OutcomeSetting outcome = OptionChecks.outcome(value);
        if (outcomes.stream().anyMatch(o -> Objects.equals(o.transformId(), outcome.transformId()))) {
            throw new UsageException("--outcome " + Values.describe(value) + ": "
                    + (outcome.transformId() == null
                            ? "the outcome of every transform is given twice"
                            : "the outcome of transform " + Values.describe(outcome.transformId())
                                    + " is given twice"));
        }
        outcomes.add(outcome);
    }

    /** The checks of options that depend on each other. */
    void checkTogether() throws UsageException {
        if (maxUpload != null && bodyBudget != null && bodyBudget < maxUpload) {
            throw new UsageException("--body-budget " + bodyBudget + " is less than --max-upload " + maxUpload
                    + ": no upload of the largest size could ever be taken");
        }
    }
}
