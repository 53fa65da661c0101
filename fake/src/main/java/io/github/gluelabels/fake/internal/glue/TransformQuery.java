package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code GetMLTransforms} or {@code ListMLTransforms} asks for: its {@code Filter} (name, type, status, Glue
 * version, created and modified before or after, schema), its {@code Sort} (column and direction; oldest first when
 * absent, a guess) and, for {@code ListMLTransforms}, its {@code Tags}, checked against the service's enumerations.
 */
final class TransformQuery {

    static final List<String> STATUSES = List.of("NOT_READY", "READY", "DELETING");
    static final List<String> SORT_COLUMNS = List.of("NAME", "TRANSFORM_TYPE", "STATUS", "CREATED", "LAST_MODIFIED");
    static final List<String> SORT_DIRECTIONS = List.of("DESCENDING", "ASCENDING");

    private final JsonIn filter;
    private final JsonIn sort;
    private final String name;
    private final String transformType;
    private final String status;
    private final String glueVersion;
    private final Instant createdBefore;
    private final Instant createdAfter;
    private final Instant modifiedBefore;
    private final Instant modifiedAfter;
    private final List<JsonIn> schema;
    private final String column;
    private final String direction;
    private final Map<String, String> tags;

    private TransformQuery(JsonIn in, JsonIn filter, JsonIn sort, boolean withTags) {
        this.filter = filter;
        this.sort = sort;
        boolean f = filter != null;
        this.name = f ? filter.string("Name") : null;
        this.transformType = f ? filter.string("TransformType") : null;
        this.status = f ? filter.string("Status") : null;
        this.glueVersion = f ? filter.string("GlueVersion") : null;
        this.createdBefore = f ? filter.timestamp("CreatedBefore") : null;
        this.createdAfter = f ? filter.timestamp("CreatedAfter") : null;
        this.modifiedBefore = f ? filter.timestamp("LastModifiedBefore") : null;
        this.modifiedAfter = f ? filter.timestamp("LastModifiedAfter") : null;
        this.schema = f ? filter.objects("Schema") : null;
        this.column = sort == null ? "CREATED" : sort.string("Column");
        this.direction = sort == null ? "ASCENDING" : sort.string("SortDirection");
        this.tags = withTags ? in.stringMap("Tags") : null;
    }

    /**
     * Reads the query's members; their values are checked by {@link #violations}.
     *
     * @param withTags whether the request may have {@code Tags} ({@code ListMLTransforms})
     *
     * @throws GlueError {@code SerializationException} when a member has the wrong JSON type
     */
    static TransformQuery read(JsonIn in, boolean withTags) {
        return new TransformQuery(in, in.object("Filter"), in.object("Sort"), withTags);
    }

    /** @return every rule the filter and sort break, in the order of their members */
    List<Violation> violations() {
        List<Violation> all = new ArrayList<>();
        if (filter != null) {
            all.addAll(ModelRules.name(filter.qualified("Name"), name));
            all.addAll(ModelRules.oneOf(
                    filter.qualified("TransformType"), transformType, TransformParametersIn.TRANSFORM_TYPES));
            all.addAll(ModelRules.oneOf(filter.qualified("Status"), status, STATUSES));
            all.addAll(ModelRules.glueVersion(filter.qualified("GlueVersion"), glueVersion));
            all.addAll(ModelRules.rule(
                    schema != null && schema.size() > 100,
                    filter.qualified("Schema"),
                    "must list at most 100 columns",
                    null));
        }
        if (sort != null) {
            all.addAll(Validation.requiredMember(sort, "Column", column));
            all.addAll(Validation.requiredMember(sort, "SortDirection", direction));
            all.addAll(ModelRules.oneOf(sort.qualified("Column"), column, SORT_COLUMNS));
            all.addAll(ModelRules.oneOf(sort.qualified("SortDirection"), direction, SORT_DIRECTIONS));
        }
        all.addAll(ModelRules.tags(tags));
        return all;
    }

    /**
     * @return whether the transform passes the filter and has the tags: its name the filter's (exactly), its schema
     *     every column the filter's has (name and type), each time inside the bounds (exclusive)
     */
    boolean matches(Transform t) {
        TransformSettings s = t.settings();
        return (name == null || s.name().equals(name))
                && (status == null || t.status().equals(status))
                && (glueVersion == null || glueVersion.equals(s.glueVersion()))
                && (createdBefore == null || t.createdOn.isBefore(createdBefore))
                && (createdAfter == null || t.createdOn.isAfter(createdAfter))
                && (modifiedBefore == null || t.lastModifiedOn().isBefore(modifiedBefore))
                && (modifiedAfter == null || t.lastModifiedOn().isAfter(modifiedAfter))
                && hasSchema(t)
                && (tags == null || s.tags().entrySet().containsAll(tags.entrySet()));
    }

    private boolean hasSchema(Transform t) {
        if (schema == null) {
            return true;
        }
        List<String> columns = TransformJson.schemaColumns(t.labels());
        return schema.stream()
                .allMatch(c -> columns.contains(c.string("Name"))
                        && (c.string("DataType") == null || c.string("DataType").equals("string")));
    }

    /** @return the order of the sort; transforms that tie stay in the order they were created, then of their ids */
    Comparator<Transform> order() {
        Comparator<Transform> order = switch (column) {
            case "NAME" -> Comparator.comparing(Transform::name);
            case "STATUS" -> Comparator.comparing(Transform::status);
            case "LAST_MODIFIED" -> Comparator.comparing(Transform::lastModifiedOn);
            default -> Comparator.comparing((Transform t) -> t.createdOn); // CREATED; TRANSFORM_TYPE: all the same
        };
        order = order.thenComparing(t -> t.createdOn).thenComparing(t -> t.id);
        return direction.equals("DESCENDING") ? order.reversed() : order;
    }

    private List<String> schemaNames() {
        return schema == null
                ? null
                : schema.stream()
                        .map(c -> c.string("Name") + ":" + c.string("DataType"))
                        .toList();
    }

    /** @return what this query is, for its {@link PageToken}s */
    String fingerprint() {
        return Integer.toHexString(Objects.hash(
                name,
                transformType,
                status,
                glueVersion,
                createdBefore,
                createdAfter,
                modifiedBefore,
                modifiedAfter,
                schemaNames(),
                column,
                direction,
                tags));
    }
}
