package io.github.gluelabels.fake.internal.glue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * Reads the members of a JSON 1.1 request. A member of the wrong JSON type is a {@code SerializationException}, as the
 * service answers it; a missing member reads as {@code null}.
 */
final class JsonIn {

    private static final JsonNodeParser PARSER =
            JsonNodeParser.builder().removeErrorLocations(false).build();
    /** The furthest timestamp from the epoch whose milliseconds fit in a long: about 292 million years. */
    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE / 1000);

    private final String path;
    private final Map<String, JsonNode> members;

    private JsonIn(String path, Map<String, JsonNode> members) {
        this.path = path;
        this.members = members;
    }

    /**
     * Parses a request body; an empty body is the empty object.
     *
     * @throws GlueError {@code SerializationException} when the body is not a JSON object
     */
    static JsonIn parse(byte[] body) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return new JsonIn("", Map.of());
        }
        JsonNode root;
        try {
            root = PARSER.parse(body);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String why = cause.getMessage() == null
                    ? cause.getClass().getSimpleName()
                    : cause.getMessage().split("\n", -1)[0];
            throw GlueError.serialization("The request body is not valid JSON: " + why);
        }
        if (!root.isObject()) {
            throw GlueError.serialization(
                    "Start of structure or map expected; the request body is a JSON " + kind(root));
        }
        return new JsonIn("", root.asObject());
    }

    String string(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw wrongType(name, "a string", node);
        }
        return node.asString();
    }

    Integer integer(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw wrongType(name, "an integer", node);
        }
        try {
            return new BigDecimal(node.asNumber()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrongType(name, "an integer", node);
        }
    }

    Boolean bool(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw wrongType(name, "a boolean", node);
        }
        return node.asBoolean();
    }

    Double decimal(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw wrongType(name, "a number", node);
        }
        double value = Double.parseDouble(node.asNumber());
        if (Double.isInfinite(value)) {
            throw wrongType(name, "a number a double can hold", node);
        }
        return value;
    }

    /** @return the objects of an array member, each read as a structure; {@code null} when it is absent */
    List<JsonIn> objects(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw wrongType(name, "a list", node);
        }
        List<JsonIn> items = new ArrayList<>();
        List<JsonNode> elements = node.asArray();
        for (int i = 0; i < elements.size(); i++) {
            String item = qualified(name) + "[" + i + "]";
            if (!elements.get(i).isObject()) {
                throw GlueError.serialization(item + " must be a structure, but is a JSON " + kind(elements.get(i)));
            }
            items.add(new JsonIn(item + ".", elements.get(i).asObject()));
        }
        return items;
    }

    /** @return a map of strings to strings, in the request's order; {@code null} when it is absent */
    Map<String, String> stringMap(String name) {
        JsonIn map = object(name);
        if (map == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : map.members.keySet()) {
            String value = map.string(key);
            if (value == null) {
                throw GlueError.serialization(map.qualified(key) + " must be a string, but is a JSON null");
            }
            values.put(key, value);
        }
        return values;
    }

    Instant timestamp(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw wrongType(name, "a timestamp in epoch seconds", node);
        }
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(node.asNumber());
        } catch (NumberFormatException e) {
            throw wrongType(name, "a timestamp in epoch seconds", node);
        }
        // checked before any arithmetic, which would cost a billion digits for 1e999999999 or 1e-999999999
        if (seconds.precision() - seconds.scale() <= -3) {
            return Instant.EPOCH; // nearer to it than a millisecond
        }
        if (seconds.abs().compareTo(MAX_EPOCH_SECONDS) > 0) {
            throw GlueError.serialization(qualified(name) + " must be a timestamp in epoch seconds, between -"
                    + MAX_EPOCH_SECONDS + " and " + MAX_EPOCH_SECONDS + ", but is " + shortened(node.asNumber()));
        }
        return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }

    JsonIn object(String name) {
        JsonNode node = members.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(name, "a structure", node);
        }
        return new JsonIn(qualified(name) + ".", node.asObject());
    }

    private static String shortened(String number) {
        return number.length() <= 40 ? number : number.substring(0, 40) + "… (" + number.length() + " characters)";
    }

    String qualified(String name) {
        return path + name;
    }

    private GlueError wrongType(String name, String expected, JsonNode node) {
        return GlueError.serialization(qualified(name) + " must be " + expected + ", but is a JSON " + kind(node));
    }

    private static String kind(JsonNode node) {
        if (node.isString()) {
            return "string";
        } else if (node.isNumber()) {
            return "number";
        } else if (node.isBoolean()) {
            return "boolean";
        } else if (node.isArray()) {
            return "array";
        } else if (node.isObject()) {
            return "object";
        }
        return "null";
    }
}
