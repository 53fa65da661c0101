package io.github.gluelabels.fake;

import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * One call of the {@link ControlApi}: its method checked, its JSON body read field by field, and its refusals, each
 * naming the call, the field, the rule and the value seen.
 */
final class ControlRequest {

    /** A call the control API refuses: the HTTP status and why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** Reads a text form, or says why it is none. */
    interface Form<T> {
        T read(String text) throws BehaviourForms.BadForm;
    }

    private final FakeRequest request;
    private final String name;
    private Map<String, JsonNode> body;

    ControlRequest(FakeRequest request, List<String> path) {
        this.request = request;
        this.name = request.method() + " " + ControlApi.PREFIX + String.join("/", path);
    }

    FakeRequest request() {
        return request;
    }

    /** Refuses a path that is not there (404) or a method it does not take (405). */
    void expect(boolean pathExists, String... methods) throws Refused {
        if (!pathExists) {
            throw notFound();
        }
        if (!Arrays.asList(methods).contains(request.method())) {
            throw refused(
                    405,
                    name + " is not a call of the control API: " + request.rawPath() + " takes "
                            + String.join(" or ", methods));
        }
    }

    Refused notFound() {
        return refused(
                404,
                name + " is not a call of the control API; its calls are PUT pacing, PUT outcome, "
                        + "POST and DELETE faults, GET and PUT transforms/ID/labels, PUT transforms/ID/records, "
                        + "PUT and DELETE transforms/ID/evaluation-metrics, PUT max-concurrent-task-runs-per-transform, "
                        + "GET task-runs, GET task-runs/ID, POST task-runs/ID/advance, POST task-runs/ID/finish, GET journal, POST reset (see the fake's "
                        + "README)");
    }

    Refused refused(int status, String why) {
        return new Refused(status, why.startsWith(name) ? why : name + ": " + why);
    }

    /** @return the string field, which must be there */
    String string(String field) throws Refused {
        String value = optionalString(field);
        if (value == null) {
            throw refused(400, "the body must be a JSON object with the string field \"" + field + "\"");
        }
        return value;
    }

    /** @return the string field, or null when the body does not have it */
    String optionalString(String field) throws Refused {
        JsonNode node = body().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw refused(400, "field \"" + field + "\" must be a string, was " + node);
        }
        return node.asString();
    }

    /**
     * @param least the smallest value allowed
     * @return the whole-number field, which must be there
     */
    long number(String field, long least) throws Refused {
        JsonNode node = body().get(field);
        if (node == null || node.isNull()) {
            throw refused(400, "the body must be a JSON object with the number field \"" + field + "\"");
        }
        return wholeNumber("field \"" + field + "\"", node, least);
    }

    /** @return the object field, or null when the body does not have it */
    Map<String, JsonNode> optionalObject(String field) throws Refused {
        JsonNode node = body().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw refused(400, "field \"" + field + "\" must be an object, was " + node);
        }
        return node.asObject();
    }

    /** @return the node as a whole number of at least {@code least}, or a refusal naming {@code what} */
    long wholeNumber(String what, JsonNode node, long least) throws Refused {
        if (node.isNumber() && node.asNumber().matches("-?\\d{1,18}")) {
            long value = Long.parseLong(node.asNumber());
            if (value >= least) {
                return value;
            }
        }
        throw refused(400, what + " must be a whole number of at least " + least + ", was " + node);
    }

    /** @return the string field read as a form */
    <T> T form(String field, Form<T> form) throws Refused {
        try {
            return form.read(string(field));
        } catch (BehaviourForms.BadForm e) {
            throw refused(400, "field \"" + field + "\": " + e.getMessage());
        }
    }

    private Map<String, JsonNode> body() throws Refused {
        if (body == null) {
            JsonNode root;
            try {
                root = JsonNode.parser().parse(request.body());
            } catch (RuntimeException e) {
                throw refused(400, "the body is not JSON: " + Values.describe(ControlApi.text(request.body())));
            }
            if (!root.isObject()) {
                throw refused(400, "the body must be a JSON object, was " + Values.describe(root.toString()));
            }
            body = root.asObject();
        }
        return body;
    }

    static String quoted(String value) {
        return Values.describe(value);
    }
}
