package io.github.gluelabels.fake;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The control API's calls on one transform, under {@code transforms/ID/}: its labels ({@code GET}, {@code PUT}, a
 * labeling file), the records of its input table ({@code PUT}, a CSV) and what its evaluations find
 * ({@code PUT}, {@code DELETE evaluation-metrics}).
 */
final class ControlTransforms {

    private ControlTransforms() {}

    static FakeResponse answer(ControlRequest call, List<String> path, Account account) throws ControlRequest.Refused {
        if (path.size() != 3) {
            throw call.notFound();
        }
        String transformId = path.get(1);
        switch (path.get(2)) {
            case "labels" -> {
                call.expect(true, "GET", "PUT");
                return labels(call, transformId, account);
            }
            case "records" -> {
                call.expect(true, "PUT");
                return records(call, transformId, account);
            }
            case "evaluation-metrics" -> {
                call.expect(true, "PUT", "DELETE");
                return metrics(call, transformId, account);
            }
            default -> throw call.notFound();
        }
    }

    private static FakeResponse labels(ControlRequest call, String transformId, Account account)
            throws ControlRequest.Refused {
        if (call.request().method().equals("GET")) {
            byte[] labels = account.glue
                    .labels(transformId)
                    .orElseThrow(() -> call.refused(
                            404,
                            "transform " + ControlRequest.quoted(transformId) + " has no labels (or does not exist)"));
            return FakeResponse.status(200).body(labels).header("Content-Type", "text/csv; charset=utf-8");
        }
        long count;
        try {
            count = account.glue.seed(
                    transformId, new ByteArrayInputStream(call.request().body()), source(call));
        } catch (GlueLabelsException | IllegalArgumentException e) {
            throw call.refused(400, e.getMessage());
        }
        return ControlApi.json(200, ControlJson.object("transformId", transformId, "labels", count));
    }

    private static FakeResponse records(ControlRequest call, String transformId, Account account)
            throws ControlRequest.Refused {
        long count;
        try {
            count = account.glue.seedRecords(
                    transformId, new ByteArrayInputStream(call.request().body()), source(call));
        } catch (GlueLabelsException | IllegalArgumentException e) {
            throw call.refused(400, e.getMessage());
        }
        return ControlApi.json(200, ControlJson.object("transformId", transformId, "records", count));
    }

    private static FakeResponse metrics(ControlRequest call, String transformId, Account account)
            throws ControlRequest.Refused {
        if (call.request().method().equals("DELETE")) {
            chooseMetrics(call, transformId, account, null);
            return ControlApi.json(200, ControlJson.object("transformId", transformId, "evaluationMetrics", "derived"));
        }
        Map<String, Double> importances = new LinkedHashMap<>();
        Map<String, JsonNode> given = call.optionalObject("columnImportances");
        if (given != null) {
            for (Map.Entry<String, JsonNode> column : given.entrySet()) {
                JsonNode value = column.getValue();
                if (!value.isNumber()) {
                    throw call.refused(
                            400,
                            "the importance of column " + ControlRequest.quoted(column.getKey())
                                    + " must be a number from 0 to 1, was " + value);
                }
                importances.put(column.getKey(), Double.parseDouble(value.asNumber()));
            }
        }
        EvaluationMetrics metrics;
        try {
            metrics = new EvaluationMetrics(
                    call.number("truePositives", 0),
                    call.number("falsePositives", 0),
                    call.number("trueNegatives", 0),
                    call.number("falseNegatives", 0),
                    importances);
        } catch (IllegalArgumentException e) {
            throw call.refused(400, e.getMessage());
        }
        chooseMetrics(call, transformId, account, metrics);
        return ControlApi.json(
                200,
                ControlJson.object(
                        "transformId",
                        transformId,
                        "precision",
                        metrics.precision(),
                        "recall",
                        metrics.recall(),
                        "f1",
                        metrics.f1()));
    }

    private static void chooseMetrics(
            ControlRequest call, String transformId, Account account, EvaluationMetrics metrics)
            throws ControlRequest.Refused {
        try {
            account.glue.evaluationMetrics(transformId, metrics);
        } catch (GlueLabelsException | IllegalArgumentException e) {
            throw call.refused(400, e.getMessage());
        }
    }

    private static String source(ControlRequest call) {
        return "the body of " + call.request().method() + " " + call.request().rawPath();
    }
}
