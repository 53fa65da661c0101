package io.github.gluelabels.junit5;

import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.JournalEntry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calls an account received that the fake does not understand, found in its journal; and the failure that says
 * what was asked. Calls already in the journal when a test started (on an account shared by a class) are not the
 * test's.
 */
final class UnknownRequests {

    private static final String GLUE_UNKNOWN = "UnknownOperation";
    private static final String S3_UNKNOWN = "Unsupported";
    private static final String TARGET = "X-Amz-Target: ";

    private final Set<String> before;

    private UnknownRequests(Set<String> before) {
        this.before = before;
    }

    /** Notes the unknown calls so far, so that only later ones count. */
    static UnknownRequests since(FakeGlue account) {
        return new UnknownRequests(
                unknown(account).stream().map(JournalEntry::requestId).collect(Collectors.toSet()));
    }

    /**
     * @param account the test's account
     * @param where the test, for the message
     * @return the failure when the account received calls the fake does not understand since {@link #since}, or
     *     {@code null}
     */
    AssertionError check(FakeGlue account, String where) {
        List<JournalEntry> calls = unknown(account).stream()
                .filter(e -> !before.contains(e.requestId()))
                .toList();
        if (calls.isEmpty()) {
            return null;
        }
        StringBuilder message = new StringBuilder("The fake Glue did not understand ")
                .append(calls.size() == 1 ? "1 call" : calls.size() + " calls")
                .append(" made during ")
                .append(where)
                .append(", and answered with an error (nothing reached AWS):");
        for (JournalEntry call : calls) {
            message.append("\n  - ").append(describe(call));
        }
        message.append("\nThe fake implements Glue's StartExportLabelsTaskRun, StartImportLabelsTaskRun, GetMLTaskRun, "
                + "GetMLTaskRuns, CancelMLTaskRun and GetMLTransform, and S3's common bucket and object calls (create, "
                + "list, put, get, head, copy, delete, multipart upload). If the code under test needs another call, "
                + "the fake cannot stand in for AWS there; if the test means to make it, set failOnUnknownRequests = "
                + "false on @FakeGlueTest or the builder.");
        return new AssertionError(message.toString());
    }

    private static List<JournalEntry> unknown(FakeGlue account) {
        return account.journal().matching(UnknownRequests::isUnknown);
    }

    /** @return whether the fake did not understand the call: its Glue's and its S3's names for such calls */
    static boolean isUnknown(JournalEntry call) {
        return (call.service().equals("glue") && call.operation().equals(GLUE_UNKNOWN))
                || (call.service().equals("s3") && call.operation().equals(S3_UNKNOWN));
    }

    /** @return one line of the failure: the call as the fake received it, and its answer */
    static String describe(JournalEntry call) {
        String answer = " → HTTP " + call.status() + (call.errorCode() == null ? "" : " " + call.errorCode());
        if (call.service().equals("s3")) {
            return "S3 " + call.input() + answer;
        }
        String input = call.input();
        if (input.startsWith(TARGET)) {
            int space = input.indexOf(' ', TARGET.length());
            String target = space < 0 ? input.substring(TARGET.length()) : input.substring(TARGET.length(), space);
            String body = space < 0 ? "" : input.substring(space + 1);
            return "Glue POST / X-Amz-Target " + target + ", body " + Values.describe(body) + answer;
        }
        return "Glue POST /, body " + Values.describe(input) + answer;
    }
}
