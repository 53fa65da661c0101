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

    Path resolve(File file) {
        String path = file.getPath();
        int at = path.indexOf(STUB_BASEDIR);
        if (at < 0) {
            return file.toPath();
        }
        String rest = path.substring(at + STUB_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        String root = basedir != null
                ? basedir.getPath()
                : sessionBaseDirectory != null ? sessionBaseDirectory : System.getProperty("user.dir");
        return Path.of(root).resolve(rest);
    }
}
