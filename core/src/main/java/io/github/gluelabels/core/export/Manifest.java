package io.github.gluelabels.core.export;

import io.github.gluelabels.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The list of the files the last download into a folder wrote, {@code .glue-labels/manifest.json}: the next download
 * removes those it does not bring again, and never touches a file that is not listed. JSON, so that no name can split
 * an entry; in glue-labels' own folder, which no key may reach, so that no object can replace or forge it.
 */
final class Manifest {

    static final String FILE = "manifest.json";
    static final Manifest NONE = new Manifest(null, List.of());
    private static final int FORMAT = 1;

    private final String run;
    private final List<RelativePath> files;
    private final Set<RelativePath> listed;

    /**
     * @param run the download that wrote it (a journal of the same run is finished once this is written), or
     *     {@code null}
     * @param files the files, relative to the download folder
     */
    Manifest(String run, List<RelativePath> files) {
        this.run = run;
        this.files = List.copyOf(files);
        this.listed = new HashSet<>(files);
    }

    String run() {
        return run;
    }

    List<RelativePath> files() {
        return files;
    }

    /**
     * Reads the list of a folder's last download.
     *
     * @param bookkeeping glue-labels' folder in the download folder
     * @param warn hears why a list, or an entry of it, is not taken: those files stay, as if glue-labels had not written
     *     them
     * @return the list; {@link #NONE} when there is none
     */
    static Manifest read(Path bookkeeping, Consumer<String> warn) {
        Path file = bookkeeping.resolve(FILE);
        if (SafePaths.kind(file) == SafePaths.Kind.NOTHING) {
            return NONE;
        }
        try {
            JsonNode json = JsonNode.parser().parse(Files.readAllBytes(file));
            String run = json.field("run")
                    .filter(JsonNode::isString)
                    .map(JsonNode::asString)
                    .orElse(null);
            List<RelativePath> files = new ArrayList<>();
            for (JsonNode entry : json.field("files")
                    .filter(JsonNode::isArray)
                    .map(JsonNode::asArray)
                    .orElseThrow(() -> new IOException("it has no list \"files\""))) {
                RelativePath.parse(entry.isString() ? entry.asString() : "")
                        .ifPresentOrElse(
                                files::add,
                                () -> warn.accept("The list of downloaded files " + file + " names " + entry
                                        + ", which is not a path "
                                        + "inside the folder: it is ignored, and glue-labels does not touch it."));
            }
            return new Manifest(run, files);
        } catch (IOException | RuntimeException e) {
            warn.accept(
                    "Cannot read the list of downloaded files " + file + " (" + e.getMessage() + "): the files of the "
                            + "earlier download are not removed, and glue-labels treats them as files it did not write.");
            return NONE;
        }
    }

    void write(Path bookkeeping, String source) throws IOException {
        JsonWriter json = JsonWriter.create();
        json.writeStartObject();
        json.writeFieldName("format").writeValue(FORMAT);
        json.writeFieldName("run").writeValue(run);
        json.writeFieldName("source").writeValue(source);
        json.writeFieldName("files").writeStartArray();
        files.forEach(f -> json.writeValue(f.toString()));
        json.writeEndArray();
        json.writeEndObject();
        AtomicFiles.write(bookkeeping.resolve(FILE), json.getBytes());
    }

    boolean lists(RelativePath path) {
        return listed.contains(path);
    }
}
