package io.github.gluelabels.maven;

/** Turns ids into names that are safe as one file or folder name on any operating system. */
final class Names {

    private Names() {}

    /**
     * @param id e.g. a transform id
     * @return the id with every character but letters, digits, {@code .}, {@code _} and {@code -} replaced by
     *     {@code _}; never empty, never {@code .} or {@code ..}
     */
    static String safeFileName(String id) {
        String name = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "_" + name : name;
    }
}
