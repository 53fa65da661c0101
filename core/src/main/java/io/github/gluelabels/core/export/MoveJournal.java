package io.github.gluelabels.core.export;

import io.github.gluelabels.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * What the final move of a download is about to do, {@code .glue-labels/journal.json}, written (whole, forced to
 * disk) before it changes anything visible: which earlier files go aside, which new files come in, which folders it
 * creates. While it exists, the move is unfinished; the next download into the folder reads it and puts the folder
 * back as it was (or, when the new list of files was already written, finishes the move).
 *
 * @param run the download, which names its folders of staged and set-aside files
 * @param aside the earlier download's files, each moved to {@code aside/<run>/<stash>}
 * @param in the new files, each moved from {@code staging/<run>/<stash>}
 * @param newFolders the folders the new files need that do not exist yet, parents first
 */
record MoveJournal(String run, List<Move> aside, List<Move> in, List<RelativePath> newFolders) {

    static final String FILE = "journal.json";
    private static final int FORMAT = 1;

    /** One file: its place in the download folder, and its name in the folder of staged or set-aside files. */
    record Move(RelativePath path, String stash) {}

    MoveJournal {
        aside = List.copyOf(aside);
        in = List.copyOf(in);
        newFolders = List.copyOf(newFolders);
    }

    static boolean exists(Path bookkeeping) {
        return SafePaths.kind(bookkeeping.resolve(FILE)) != SafePaths.Kind.NOTHING;
    }

    void write(Path bookkeeping) throws IOException {
        JsonWriter json = JsonWriter.create();
        json.writeStartObject();
        json.writeFieldName("format").writeValue(FORMAT);
        json.writeFieldName("run").writeValue(run);
        moves(json, "aside", aside);
        moves(json, "in", in);
        json.writeFieldName("newFolders").writeStartArray();
        newFolders.forEach(f -> json.writeValue(f.toString()));
        json.writeEndArray();
        json.writeEndObject();
        AtomicFiles.write(bookkeeping.resolve(FILE), json.getBytes());
    }

    private static void moves(JsonWriter json, String name, List<Move> moves) {
        json.writeFieldName(name).writeStartArray();
        for (Move move : moves) {
            json.writeStartObject();
            json.writeFieldName("path").writeValue(move.path().toString());
            json.writeFieldName("stash").writeValue(move.stash());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * @throws IOException when the journal cannot be read, or holds anything but what glue-labels writes (a path
     *     outside the folder, a stash name with a separator): a move that cannot be understood is not touched
     */
    static MoveJournal read(Path bookkeeping) throws IOException {
        Path file = bookkeeping.resolve(FILE);
        try {
            JsonNode json = JsonNode.parser().parse(Files.readAllBytes(file));
            String run = string(json, "run");
            if (!RelativePath.safeName(run)) {
                throw new IOException("its run " + run + " is not a name");
            }
            List<RelativePath> folders = list(json, "newFolders", node -> path(node.asString()));
            return new MoveJournal(
                    run, list(json, "aside", MoveJournal::move), list(json, "in", MoveJournal::move), folders);
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Move move(JsonNode node) {
        String stash = string(node, "stash");
        if (!RelativePath.safeName(stash)) {
            throw new IllegalArgumentException("the stash " + stash + " is not a name");
        }
        return new Move(path(string(node, "path")), stash);
    }

    private static RelativePath path(String text) {
        return RelativePath.parse(text)
                .orElseThrow(() -> new IllegalArgumentException(text + " is not a path inside " + "the folder"));
    }

    private static String string(JsonNode node, String field) {
        return node.field(field)
                .filter(JsonNode::isString)
                .map(JsonNode::asString)
                .orElseThrow(() -> new IllegalArgumentException("no text \"" + field + "\""));
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
        List<T> values = new ArrayList<>();
        node.field(field)
                .filter(JsonNode::isArray)
                .orElseThrow(() -> new IllegalArgumentException("no list \"" + field + "\""))
                .asArray()
                .forEach(entry -> values.add(read.apply(entry)));
        return values;
    }
}
