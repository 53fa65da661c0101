package io.github.gluelabels.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one test suite of suite 2 in this JVM through the JUnit Platform launcher and prints one JSON line: tests run
 * and failed, wall time of the suite (class set-up included), time from JVM start to the start of the first test,
 * ms per test from the first test's start to the last test's end, and the process's CPU time per test over the same
 * span (a figure that holds better than wall time on a busy machine). Run one JVM per measurement so that start-up is counted.
 */
public final class SuiteRunner {

    private SuiteRunner() {}

    public static void main(String[] args) throws Exception {
        Class<?> suite = Class.forName("io.github.gluelabels.bench.suites." + args[0]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AtomicLong firstTestStart = new AtomicLong();
        AtomicLong firstTestDone = new AtomicLong();
        AtomicLong firstTestStartNanos = new AtomicLong();
        AtomicLong firstTestStartCpu = new AtomicLong();
        AtomicLong lastTestEndCpu = new AtomicLong();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong lastTestEnd = new AtomicLong();
        AtomicLong tests = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                if (id.isTest()) {
                    if (firstTestStart.compareAndSet(0, System.currentTimeMillis())) {
                        firstTestStartNanos.set(System.nanoTime());
                        firstTestStartCpu.set(os.getProcessCpuTime());
                    }
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    tests.incrementAndGet();
                    firstTestDone.compareAndSet(0, System.currentTimeMillis());
                    lastTestEnd.set(System.nanoTime());
                    lastTestEndCpu.set(os.getProcessCpuTime());
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        failed.incrementAndGet();
                        result.getThrowable().ifPresent(Throwable::printStackTrace);
                    }
                }
            }
        };
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(suite))
                .build();
        Launcher launcher = LauncherFactory.create();
        long begin = System.nanoTime();
        launcher.execute(request, listener);
        long wallNanos = System.nanoTime() - begin;
        System.out.printf(
                "{\"suite\":\"%s\",\"tests\":%d,\"failed\":%d,\"wallMs\":%.1f,\"firstTestAfterJvmStartMs\":%d,"
                        + "\"firstTestDoneAfterJvmStartMs\":%d,\"msPerTest\":%.3f,\"cpuMsPerTest\":%.3f,\"cpuMsTotal\":%.1f}%n",
                args[0],
                tests.get(),
                failed.get(),
                wallNanos / 1e6,
                firstTestStart.get() - jvmStart,
                firstTestDone.get() - jvmStart,
                (lastTestEnd.get() - firstTestStartNanos.get()) / 1e6 / Math.max(1, tests.get()),
                (lastTestEndCpu.get() - firstTestStartCpu.get()) / 1e6 / Math.max(1, tests.get()),
                os.getProcessCpuTime() / 1e6);
        System.exit(failed.get() == 0 && tests.get() > 0 ? 0 : 1);
    }
}
