package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;
import java.util.List;

/**
 * What is in the way of a download in its folder, found before anything is downloaded: a target that is a symbolic
 * link or lies under one (glue-labels never follows or replaces a link inside the download folder), or a file that
 * would be replaced, or that sits where a folder is needed, and that the earlier download did not write (glue-labels
 * never replaces what it did not write). The earlier download's own files are no obstacle: they go aside.
 */
final class Obstacles {

    private final Path root;
    private final Manifest earlier;

    /**
     * @param root the download folder
     * @param earlier the list of the files the earlier download into it wrote
     */
    Obstacles(Path root, Manifest earlier) {
        this.root = root;
        this.earlier = earlier;
    }

    /**
     * @param keys the keys, for messages
     * @param targets where each key goes
     * @throws GlueLabelsException naming the key and what is in its way, for the first target with an obstacle
     */
    void refuse(S3Uri source, List<String> keys, List<RelativePath> targets) {
        for (int i = 0; i < targets.size(); i++) {
            RelativePath target = targets.get(i);
            String refused = "Refusing to download " + DownloadTargets.location(source, keys.get(i)) + ": ";
            try {
                refuseAt(target, refused);
            } catch (SafePaths.NotAFolderException e) {
                refuseOnTheWay(e, refused);
            }
        }
    }

    /** Refuses a target that is a link, or a file or something else that glue-labels did not write. */
    private void refuseAt(RelativePath target, String refused) throws SafePaths.NotAFolderException {
        SafePaths.Kind kind = SafePaths.look(root, target);
        if (kind == SafePaths.Kind.LINK) {
            throw new GlueLabelsException(refused + target.in(root) + " is a symbolic link, and glue-labels never "
                    + "follows or replaces a link inside the download folder. Nothing was downloaded. Remove the link, "
                    + "or download to another folder.");
        }
        if ((kind == SafePaths.Kind.FILE && !earlier.lists(target)) || kind == SafePaths.Kind.OTHER) {
            throw new GlueLabelsException(refused + target.in(root) + " is there and glue-labels did not write it (it "
                    + "is not in the list of the last download), and glue-labels never replaces what it did not "
                    + "write. Nothing was downloaded. Move it away, or download to another folder.");
        }
    }

    /** Refuses a link, or a file glue-labels did not write, where a folder of the target is needed. */
    private void refuseOnTheWay(SafePaths.NotAFolderException e, String refused) {
        RelativePath step = RelativePath.parse(
                        root.relativize(e.path()).toString().replace('\\', '/'))
                .orElseThrow();
        if (e.kind() == SafePaths.Kind.FILE && earlier.lists(step)) {
            return; // the earlier download's file goes aside, and the folder takes its place
        }
        boolean link = e.kind() == SafePaths.Kind.LINK;
        throw new GlueLabelsException(refused + e.path()
                + (link
                        ? " is a symbolic link, and glue-labels never follows a link inside the download folder"
                        : " is in the way of the folder it needs, and glue-labels did not write it")
                + ". Nothing was downloaded. "
                + (link ? "Remove the link" : "Move it away")
                + ", or download to another folder.");
    }
}
