package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The control API: what {@link FakeGlue} lets a Java test do, as JSON over HTTP under {@value #PREFIX} on the fake's
 * port, for scripts in any language. A request reaches the account of the access key it is signed with, like any
 * other; {@code curl} (unsigned) reaches the default account, the one the AWS CLI and boto3 talk to. Everything else
 * goes on to Glue and S3. No Glue call has this path ({@code POST /}), and to S3 it would name the bucket
 * {@code __glue-labels}, which no bucket can be (names begin with a letter or digit and hold no {@code _}). Its calls
 * are not journaled: the journal stays what the services were asked.
 */
final class ControlApi implements Function<FakeRequest, FakeResponse> {

    /** Where the control API answers. */
    static final String PREFIX = "/__glue-labels/";

    private static final String JSON = "application/json";

    private final Function<FakeRequest, Account> accountFor;
    private final Function<FakeRequest, FakeResponse> services;

    /**
     * @param accountFor the account a request reaches
     * @param services answers what is not for the control API
     */
    ControlApi(Function<FakeRequest, Account> accountFor, Function<FakeRequest, FakeResponse> services) {
        this.accountFor = accountFor;
        this.services = services;
    }

    @Override
    public FakeResponse apply(FakeRequest request) {
        if (!request.rawPath().startsWith(PREFIX)) {
            return services.apply(request);
        }
        List<String> path = Arrays.stream(
                        request.rawPath().substring(PREFIX.length()).split("/", -1))
                .map(segment -> FakeRequest.percentDecode(segment, false))
                .toList();
        try {
            return answer(request, path, accountFor.apply(request));
        } catch (ControlRequest.Refused e) {
            return json(e.status(), ControlJson.object("error", e.getMessage()));
        }
    }

    private static FakeResponse answer(FakeRequest request, List<String> path, Account account)
            throws ControlRequest.Refused {
        ControlRequest call = new ControlRequest(request, path);
        switch (path.get(0)) {
            case "pacing" -> {
                call.expect(path.size() == 1, "PUT");
                Pacing pacing = call.form("pacing", BehaviourForms::pacing);
                account.glue.pacing(pacing);
                return json(200, ControlJson.object("pacing", MainBehaviour.describe(pacing)));
            }
            case "outcome" -> {
                call.expect(path.size() == 1, "PUT");
                return outcome(call, account);
            }
            case "faults" -> {
                call.expect(path.size() == 1, "POST", "DELETE");
                if (request.method().equals("DELETE")) {
                    account.faults.clear();
                    return json(200, ControlJson.object("faults", "cleared"));
                }
                BehaviourForms.FaultSetting fault = call.form("fault", BehaviourForms::fault);
                fault.applyTo(account.faults);
                return json(
                        200,
                        ControlJson.object(
                                "operation", fault.operation(), "kind", fault.kind(), "times", fault.times()));
            }
            case "transforms" -> {
                return ControlTransforms.answer(call, path, account);
            }
            case "max-concurrent-task-runs-per-transform" -> {
                call.expect(path.size() == 1, "PUT");
                return quota(call, account);
            }
            case "task-runs" -> {
                return ControlTaskRuns.answer(call, path, account);
            }
            case "journal" -> {
                call.expect(path.size() == 1, "GET");
                return json(200, ControlJson.journal(account.journal.dropped(), account.journal.entries()));
            }
            case "reset" -> {
                call.expect(path.size() == 1, "POST");
                account.reset();
                return json(200, ControlJson.object("reset", true));
            }
            default -> throw call.notFound();
        }
    }

    private static FakeResponse outcome(ControlRequest call, Account account) throws ControlRequest.Refused {
        String transformId = call.optionalString("transformId");
        String text = call.string("outcome");
        BehaviourForms.OutcomeSetting outcome = call.form(
                "outcome",
                // the id given apart, never joined into "id=outcome" and split again: an id may hold "="
                t -> transformId == null
                        ? BehaviourForms.outcome(t)
                        : BehaviourForms.outcome(transformId, t.trim(), transformId + "=" + t));
        if (outcome.transformId() == null) {
            account.glue.outcome(outcome.outcome());
        } else {
            account.glue.outcome(outcome.transformId(), outcome.outcome());
        }
        return json(
                200,
                ControlJson.object(
                        "transformId",
                        outcome.transformId(),
                        "outcome",
                        MainBehaviour.describe(outcome.outcome()),
                        "given",
                        text));
    }

    private static FakeResponse quota(ControlRequest call, Account account) throws ControlRequest.Refused {
        long runs = call.number("maxConcurrentTaskRunsPerTransform", 1);
        if (runs > Integer.MAX_VALUE) {
            throw call.refused(
                    400,
                    "field \"maxConcurrentTaskRunsPerTransform\" must be at most " + Integer.MAX_VALUE + ", was "
                            + runs);
        }
        account.glue.maxConcurrentTaskRunsPerTransform((int) runs);
        return json(200, ControlJson.object("maxConcurrentTaskRunsPerTransform", runs));
    }

    static FakeResponse json(int status, byte[] body) {
        return FakeResponse.status(status).body(body).header("Content-Type", JSON);
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
