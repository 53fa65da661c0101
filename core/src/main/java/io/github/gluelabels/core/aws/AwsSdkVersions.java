package io.github.gluelabels.core.aws;

import io.github.gluelabels.core.GlueLabelsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks, before any AWS SDK client is built, that the AWS SDK for Java v2 on the classpath is one glue-labels runs
 * on: at least {@value #FLOOR}, with all the modules glue-labels uses at one version. glue-labels uses the SDK its
 * user brings; a build that mixes SDK versions (one module declared at an older version, the rest coming through
 * glue-labels at a newer one) otherwise ends in a {@link NoClassDefFoundError} deep in the SDK, part-way through a
 * run.
 *
 * <p>The versions are read from the {@code pom.properties} each SDK jar carries; a module whose jar has none (a fat
 * jar that dropped them) is not judged.
 *
 * @since 0.1.0
 */
public final class AwsSdkVersions {

    /** The oldest AWS SDK for Java v2 glue-labels is tested with and supports. */
    public static final String FLOOR = "2.40.2";

    /** The SDK modules glue-labels' clients need, {@code sdk-core} first: its version is the SDK's. */
    static final List<String> MODULES = List.of(
            "sdk-core",
            "aws-core",
            "auth",
            "regions",
            "http-client-spi",
            "apache-client",
            "json-utils",
            "utils",
            "glue",
            "s3");

    private static volatile boolean checked;

    private AwsSdkVersions() {}

    /**
     * @throws UnsupportedSdkException when the SDK on the classpath is older than {@link #FLOOR}, or its modules are of
     *     different versions
     */
    public static void requireSupported() {
        if (checked) {
            return;
        }
        requireSupported(read(AwsSdkVersions.class.getClassLoader()));
        checked = true;
    }

    /**
     * Judges the versions found.
     *
     * @param versions version by SDK module name, in {@link #MODULES} order, of the modules found
     * @throws UnsupportedSdkException as {@link #requireSupported()}
     */
    static void requireSupported(Map<String, String> versions) {
        if (versions.isEmpty()) {
            return;
        }
        TreeSet<String> distinct = new TreeSet<>(AwsSdkVersions::compare);
        distinct.addAll(versions.values());
        if (distinct.size() > 1) {
            throw new UnsupportedSdkException(
                    "The AWS SDK for Java modules on the classpath are of different versions: "
                            + describe(versions)
                            + ". The SDK needs all its modules at one version, and glue-labels uses the SDK "
                            + "your build brings: import software.amazon.awssdk:bom (one version for every module) in your POM's "
                            + "<dependencyManagement>, or declare every SDK module you name at the same version. (glue-labels "
                            + "supports " + FLOOR + " and newer.)");
        }
        String version = distinct.first();
        if (compare(version, FLOOR) < 0) {
            throw new UnsupportedSdkException("glue-labels needs the AWS SDK for Java " + FLOOR + " or newer, and the "
                    + "classpath has " + version + " (" + describe(versions)
                    + "). Import a newer software.amazon.awssdk:bom "
                    + "in your POM's <dependencyManagement>, or raise the version of the SDK modules you declare.");
        }
    }

    /** @return version by module name, of the {@link #MODULES} whose jar the class loader has */
    static Map<String, String> read(ClassLoader loader) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String module : MODULES) {
            URL resource = loader.getResource("META-INF/maven/software.amazon.awssdk/" + module + "/pom.properties");
            if (resource == null) {
                continue;
            }
            Properties properties = new Properties();
            try (InputStream in = resource.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
            String version = properties.getProperty("version");
            if (version != null && !version.isBlank()) {
                versions.put(module, version.trim());
            }
        }
        return versions;
    }

    private static String describe(Map<String, String> versions) {
        return versions.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * Compares versions such as {@code 2.40.2}, {@code 2.57.10} or {@code 2.40.2-PREVIEW} number by number; a
     * qualifier sorts before the release it qualifies.
     */
    static int compare(String a, String b) {
        String[] left = a.split("[.-]", -1);
        String[] right = b.split("[.-]", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : null;
            String r = i < right.length ? right[i] : null;
            if (l == null || r == null) {
                // 2.40.2 against 2.40.2-PREVIEW: the one with a qualifier is older
                String rest = l == null ? r : l;
                boolean restIsNumber = rest.chars().allMatch(Character::isDigit);
                int sign = l == null ? -1 : 1;
                return restIsNumber ? sign : -sign;
            }
            int c = compareParts(l, r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareParts(String l, String r) {
        boolean ln = !l.isEmpty() && l.chars().allMatch(Character::isDigit);
        boolean rn = !r.isEmpty() && r.chars().allMatch(Character::isDigit);
        if (ln && rn) {
            return Long.compare(Long.parseLong(l), Long.parseLong(r));
        }
        if (ln != rn) {
            return ln ? 1 : -1;
        }
        return l.compareTo(r);
    }

    /**
     * The AWS SDK on the classpath is one glue-labels does not run on. Its message names the versions found and the
     * one needed.
     *
     * @since 0.1.0
     */
    public static final class UnsupportedSdkException extends GlueLabelsException {
        private static final long serialVersionUID = 1L;

        UnsupportedSdkException(String message) {
            super(message);
        }
    }
}
