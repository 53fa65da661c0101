package io.github.gluelabels.maven;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.project.MavenProject;

/**
 * The fakes that {@code fake-start} started, by project, until {@code fake-stop} takes them out. Thread-safe, so that
 * projects built in parallel ({@code -T}) each have their own. Whatever is still running when the JVM ends is stopped
 * then, with its journal written, as a safety net for builds that never reach {@code fake-stop}.
 */
final class FakeRegistry {

    private static final Map<String, RunningFake> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private FakeRegistry() {}

    /** The registry's key of a project: its coordinates and its folder, unique within a build. */
    static String key(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion() + " in "
                + project.getBasedir();
    }

    /**
     * Registers a fake for a project.
     *
     * @return the fake already registered for the project, if any (then the new one is not registered)
     */
    static Optional<RunningFake> register(String key, RunningFake fake) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(FakeRegistry::stopAll, "glue-labels-fake-stop-at-exit"));
        }
        return Optional.ofNullable(RUNNING.putIfAbsent(key, fake));
    }

    /**
     * The running fake that listens on an endpoint, so that a goal pointed at it ({@code endpointUrl}) signs with its
     * test credentials and takes its region when none is set.
     *
     * @param endpoint a configured endpoint, e.g. {@code http://127.0.0.1:41234} (a trailing slash is ignored)
     * @return the fake, if one of this JVM listens there
     */
    static Optional<RunningFake> atEndpoint(URI endpoint) {
        String wanted = withoutTrailingSlash(endpoint.toString());
        return RUNNING.values().stream()
                .filter(fake -> withoutTrailingSlash(fake.server().endpoint().toString())
                        .equalsIgnoreCase(wanted))
                .findFirst();
    }

    private static String withoutTrailingSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    /** Takes a project's fake out of the registry. */
    static Optional<RunningFake> remove(String key) {
        return Optional.ofNullable(RUNNING.remove(key));
    }

    /** Takes a fake out of the registry if it is the one registered for the project. */
    static void unregister(String key, RunningFake fake) {
        RUNNING.remove(key, fake);
    }

    private static void stopAll() {
        for (String key : java.util.List.copyOf(RUNNING.keySet())) {
            RunningFake fake = RUNNING.remove(key);
            if (fake != null) {
                try {
                    fake.stop(fake.defaultJournal(), "stopped at the end of the JVM (fake-stop did not run)");
                } catch (LinkageError e) {
                    // Maven closed the plugin's class realm before the JVM ended, so the server cannot load what it
                    // needs to
                    // stop: it ends with the JVM, and its data stays in the project's build folder. The journal is
                    // written.
                } catch (IOException | RuntimeException e) {
                    // Maven's logging is gone by now
                    System.err.println("[glue-labels] Could not stop the fake of " + fake.project()
                            + " at the end of the JVM: " + e);
                }
            }
        }
    }
}
