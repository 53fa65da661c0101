package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.internal.glue.GlueService;
import io.github.gluelabels.fake.internal.s3.S3Service;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text forms of how task runs pace and end and of the faults to inject, read the same way by the standalone
 * fake's options ({@code --pacing}, {@code --outcome}, {@code --fault}) and its control API. Pacing and outcome take
 * the forms of the Maven goals' {@code fakePacing} and {@code fakeOutcome}.
 */
final class BehaviourForms {

    static final String PACING_FORMS = Pacing.FORMS;
    static final String OUTCOME_FORMS = Outcome.FORMS + ", for one transform after TRANSFORM_ID=, e.g. tfm-1=timeout";
    static final String FAULT_FORMS = "OPERATION=KIND[:N], OPERATION an operation name such as GetMLTaskRun or "
            + "GetObject (* for every one), KIND one of " + FaultKind.NAMES + ", N how many calls (every call without "
            + "it), e.g. GetMLTaskRun=throttling:2";

    /** Every operation a fault can name: those the fake answers, as the APIs name them, sorted. */
    static final SortedSet<String> OPERATIONS = operations();

    private static final Pattern TIMES = Pattern.compile("(.*):(\\d{1,10})");

    /** A value that is none of the forms: the message names the value and the forms. */
    static final class BadForm extends Exception {
        private static final long serialVersionUID = 1L;

        BadForm(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * How the runs of one transform, or of every transform, end.
     *
     * @param transformId the transform, or null for the account's default
     * @param outcome how its runs end
     */
    record OutcomeSetting(String transformId, Outcome outcome) {
        void applyTo(FakeGlue fake) {
            if (transformId == null) {
                fake.outcome(outcome);
            } else {
                fake.outcome(transformId, outcome);
            }
        }
    }

    /**
     * A fault to inject.
     *
     * @param operation the operation, or {@code *}
     * @param times how many calls, or 0 for every call
     * @param fault what goes wrong
     * @param kind its name, as given
     */
    record FaultSetting(String operation, int times, Fault fault, String kind) {
        void applyTo(Faults faults) {
            if (times == 0) {
                faults.injectAlways(operation, fault);
            } else {
                faults.inject(operation, times, fault);
            }
        }
    }

    private BehaviourForms() {}

    private static SortedSet<String> operations() {
        SortedSet<String> names = new TreeSet<>(GlueService.OPERATIONS);
        names.addAll(S3Service.OPERATIONS);
        return Collections.unmodifiableSortedSet(names);
    }

    static Pacing pacing(String value) throws BadForm {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("immediate")) {
            return Pacing.immediate();
        }
        if (lower.equals("manual")) {
            return Pacing.manual();
        }
        if (lower.startsWith("reads:")) {
            String reads = lower.substring("reads:".length()).trim();
            if (reads.matches("\\d{1,9}") && Integer.parseInt(reads) >= 1) {
                return Pacing.afterReads(Integer.parseInt(reads));
            }
        } else {
            Duration duration = OptionValues.duration(
                    lower.startsWith("duration:") ? lower.substring("duration:".length()) : lower);
            if (duration != null) {
                return Pacing.afterDuration(duration);
            }
        }
        throw new BadForm(Values.describe(value) + " is not " + PACING_FORMS);
    }

    static OutcomeSetting outcome(String value) throws BadForm {
        String text = value.trim();
        int eq = text.indexOf('=');
        if (eq < 0 || text.toLowerCase(Locale.ROOT).startsWith("fail:")) {
            return new OutcomeSetting(null, outcomeOnly(value, text, OUTCOME_FORMS));
        }
        return outcome(text.substring(0, eq), text.substring(eq + 1).trim(), value);
    }

    /**
     * @param transformId the transform whose runs end so, checked as a {@code TransformId}
     * @param text the outcome alone ({@code succeed}, {@code fail:…}, {@code timeout})
     * @param value what was given, for the message
     */
    static OutcomeSetting outcome(String transformId, String text, String value) throws BadForm {
        List<Violation> violations = Constraints.hashString("TransformId", transformId);
        if (!violations.isEmpty()) {
            throw new BadForm(Values.describe(value) + ": "
                    + String.join(
                            "; ", violations.stream().map(Violation::message).toList()));
        }
        return new OutcomeSetting(transformId, outcomeOnly(value, text, OUTCOME_FORMS));
    }

    /** @return the outcome alone, with no transform before it: {@link Outcome#parse}'s form */
    static Outcome outcomeOnly(String value) throws BadForm {
        return outcomeOnly(value, value.trim(), Outcome.FORMS);
    }

    private static Outcome outcomeOnly(String value, String text, String forms) throws BadForm {
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "succeed", "succeeded" -> {
                return Outcome.succeed();
            }
            case "timeout" -> {
                return Outcome.timeout();
            }
            case "stopped", "stop" -> {
                return Outcome.stopped();
            }
            case "fail", "failed" -> {
                return Outcome.fail("The glue-labels fake was told to fail this run.");
            }
            default -> {
                if (lower.startsWith("fail:")
                        && !text.substring("fail:".length()).isBlank()) {
                    return Outcome.fail(text.substring("fail:".length()).trim());
                }
                throw new BadForm(Values.describe(value) + " is not " + forms);
            }
        }
    }

    static FaultSetting fault(String value) throws BadForm {
        int eq = value.indexOf('=');
        if (eq < 0) {
            throw new BadForm(Values.describe(value) + " is not " + FAULT_FORMS);
        }
        String operation = value.substring(0, eq).trim();
        if (!operation.equals("*") && !OPERATIONS.contains(operation)) {
            throw new BadForm(Values.describe(value) + ": " + Values.describe(operation)
                    + " is not an operation the fake answers; they are " + String.join(", ", OPERATIONS)
                    + " (or * for every one)");
        }
        String kind = value.substring(eq + 1).trim();
        int times = 0;
        Matcher counted = TIMES.matcher(kind);
        if (counted.matches()) {
            long n = Long.parseLong(counted.group(2));
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new BadForm(Values.describe(value) + ": the number of calls " + n + " is not from 1 to "
                        + Integer.MAX_VALUE + " (leave out :N for every call)");
            }
            times = (int) n;
            kind = counted.group(1).trim();
        }
        Fault fault = FaultKind.parse(kind);
        if (fault == null) {
            throw new BadForm(
                    Values.describe(value) + ": " + Values.describe(kind) + " is not one of " + FaultKind.NAMES);
        }
        return new FaultSetting(operation, times, fault, kind);
    }
}
