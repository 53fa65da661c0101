package io.github.gluelabels.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * Reads a configured path as a path of the project, also without a {@code pom.xml}: Maven's stub project leaves
 * <code>${project.basedir}</code> in its build directory, which is then read as the folder Maven runs in.
 *
 * @param basedir the project's folder, or {@code null} without a project
 * @param sessionBaseDirectory the folder of Maven's run, or {@code null}
 */
record ProjectPaths(File basedir, String sessionBaseDirectory) {

    private static final String STUB_BASEDIR = "${project.basedir}";

    /**
     * Reads a path given as text (not resolved by Maven, unlike a {@code File} parameter): a relative one is read
     * against the project's folder, or without a project against the folder Maven runs in.
     */
    Path resolveText(String path) {
        if (path.contains(STUB_BASEDIR)) {
            return resolve(new File(path));
        }
        Path given = Path.of(path);
        return given.isAbsolute() ? given : Path.of(root()).resolve(given);
    }

    Path resolve(File file) {
        String path = file.getPath();
        int at = path.indexOf(STUB_BASEDIR);
        if (at < 0) {
            return file.toPath();
        }
        String rest = path.substring(at + STUB_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        return Path.of(root()).resolve(rest);
    }

    private String root() {
        return basedir != null
                ? basedir.getPath()
                : sessionBaseDirectory != null ? sessionBaseDirectory : System.getProperty("user.dir");
    }
}
