package io.github.gluelabels.fake;

import java.time.Duration;
import java.util.Locale;

/** The kinds of {@link Fault} by name, as {@code --fault} and the control API take them: {@code throttling}, … */
final class FaultKind {

    static final String NAMES = "throttling, internal-error (or 500), operation-timeout, connection-reset, "
            + "slow-<duration> (e.g. slow-5s), cut-short-<bytes> (GetObject, e.g. cut-short-100)";

    private FaultKind() {}

    /** @return the fault the name stands for, or null when it is none */
    static Fault parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "throttling" -> {
                return Fault.throttling();
            }
            case "internal-error", "500" -> {
                return Fault.internalServiceError();
            }
            case "operation-timeout" -> {
                return Fault.operationTimeout();
            }
            case "connection-reset" -> {
                return Fault.dropConnection();
            }
            default -> {
                if (lower.startsWith("slow-")) {
                    Duration delay = OptionValues.duration(lower.substring("slow-".length()));
                    return delay == null || delay.isZero() ? null : Fault.delay(delay);
                }
                if (lower.startsWith("cut-short-")
                        && lower.substring("cut-short-".length()).matches("\\d{1,18}")) {
                    return Fault.cutShort(Long.parseLong(lower.substring("cut-short-".length())));
                }
                return null;
            }
        }
    }
}
