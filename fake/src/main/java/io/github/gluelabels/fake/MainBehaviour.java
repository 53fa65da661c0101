package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Values;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Gives the standalone fake's default account the behaviour of its command line — {@code --pacing}, {@code --outcome},
 * {@code --fault}, {@code --journal} — and says so in the text printed before the ready line.
 */
final class MainBehaviour {

    private MainBehaviour() {}

    /**
     * @param seeded the text printed at startup, to add to
     * @return null, or why the journal file cannot be written
     */
    static String apply(FakeGlue fake, MainArguments arguments, StringBuilder seeded, Consumer<String> warnings) {
        if (arguments.journal != null) {
            try {
                fake.journal().follow(new JournalLines(arguments.journal, warnings));
            } catch (UncheckedIOException e) {
                return "--journal " + Values.describe(arguments.journal.toString()) + ": " + e.getMessage();
            }
            seeded.append("Journal:       ").append(arguments.journal).append(" (one JSON object a line)\n");
        }
        if (arguments.pacing != null) {
            fake.pacing(arguments.pacing);
            seeded.append("Pacing:        ").append(describe(arguments.pacing)).append('\n');
        }
        for (BehaviourForms.OutcomeSetting outcome : arguments.outcomes) {
            outcome.applyTo(fake);
            seeded.append("Outcome:       ")
                    .append(outcome.transformId() == null ? "" : "runs of " + outcome.transformId() + " ")
                    .append(describe(outcome.outcome()))
                    .append('\n');
        }
        for (BehaviourForms.FaultSetting fault : arguments.faults) {
            fault.applyTo(fake.faults());
            seeded.append("Fault:         ")
                    .append(fault.operation())
                    .append(": ")
                    .append(fault.kind())
                    .append(fault.times() == 0 ? ", every call" : ", next " + fault.times() + " calls")
                    .append('\n');
        }
        return null;
    }

    static String describe(Pacing pacing) {
        if (pacing instanceof Pacing.AfterReads r) {
            return "runs end at status read " + r.reads();
        }
        if (pacing instanceof Pacing.AfterDuration d) {
            return "runs end after " + d.duration().toMillis() + " ms";
        }
        if (pacing instanceof Pacing.Manual) {
            return "runs move only when told (control API)";
        }
        return "runs end at once";
    }

    static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Fail f) {
            return "FAILED with " + Values.describe(f.errorString());
        }
        return outcome.status();
    }
}
