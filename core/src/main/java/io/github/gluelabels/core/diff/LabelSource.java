package io.github.gluelabels.core.diff;

import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One side of a {@link LabelDiff}: a labeling file, a folder of them, or the files an export downloaded. A side's
 * files are read as one: a labeling set may be spread over several of them, and they must all have the same columns.
 *
 * @since 0.1.0
 */
public final class LabelSource {

    private final String name;
    private final Path path;
    private final List<Path> downloaded;

    private LabelSource(String name, Path path, List<Path> downloaded) {
        this.name = name;
        this.path = path;
        this.downloaded = downloaded;
    }

    /**
     * A labeling file, or a folder: then every file in it or in its subfolders whose name ends with {@code .csv} (any
     * case) and that is not empty, in path order, e.g. an export's download folder. Names starting with {@code .} or
     * {@code _} are left out, as the export's summary leaves them out: glue-labels' own {@code .glue-labels} folder,
     * Spark's {@code _SUCCESS} markers.
     *
     * @param fileOrFolder the file or folder; it is read when the diff runs
     * @return the side
     * @since 0.1.0
     */
    public static LabelSource of(Path fileOrFolder) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        return new LabelSource(fileOrFolder.toString(), fileOrFolder, null);
    }

    /**
     * The labeling files a download brought: every file but empty ones and those whose names start with {@code .} or
     * {@code _}, as its summary counts them.
     *
     * @param download a download, e.g. {@code LabelExporter.download(…)}
     * @return the side, named after the download's folder
     * @since 0.1.0
     */
    public static LabelSource of(DownloadResult download) {
        Objects.requireNonNull(download, "download");
        List<Path> files = new ArrayList<>();
        for (DownloadedFile file : download.files()) {
            if (file.size() > 0 && isLabelingFileName(file.file())) {
                files.add(file.file());
            }
        }
        return new LabelSource(download.directory().toString(), download.directory(), List.copyOf(files));
    }

    /**
     * The labeling files an export downloaded.
     *
     * @param export an export that downloaded its labels
     * @return the side, named after the download's folder
     * @throws IllegalStateException when the export downloaded nothing, saying how to make it download
     * @since 0.1.0
     */
    public static LabelSource of(ExportResult export) {
        return of(export.download());
    }

    /** @return what the side is called in messages and reports: its path */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * @return the side's labeling files, at least one
     * @throws LabelingFileException when the path does not exist, or holds no labeling file
     */
    List<Path> files() throws IOException {
        if (downloaded != null) {
            return requireSome(
                    downloaded,
                    "the download holds no labeling file (only empty files, or names starting" + " with . or _)");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new LabelingFileException(
                    name, 0, "does not exist: give a labeling file, a folder of them, or an export's download folder");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(file -> !hiddenBelow(file))
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".csv"))
                    .filter(LabelSource::nonEmptyFile)
                    .sorted()
                    .toList();
            return requireSome(
                    files,
                    "holds no labeling file: no file in it or its subfolders ends with .csv and"
                            + " has content (names starting with . or _ are left out)");
        }
    }

    private List<Path> requireSome(List<Path> files, String problem) {
        if (files.isEmpty()) {
            throw new LabelingFileException(name, 0, problem);
        }
        return files;
    }

    /** Whether the file, or a folder between the side's folder and it, is named as something other than labels. */
    private boolean hiddenBelow(Path file) {
        for (Path part : path.relativize(file)) {
            if (!isLabelingFileName(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabelingFileName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        return !name.startsWith(".") && !name.startsWith("_");
    }

    private static boolean nonEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            // a file that cannot even be sized is read anyway, and its reading names the problem
            return true;
        }
    }
}
