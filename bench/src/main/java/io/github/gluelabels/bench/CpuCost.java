package io.github.gluelabels.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time per operation of suite 1 — a figure that holds on a busy shared machine, where throughput does not: the
 * process's CPU time (client and server are in this one JVM) divided by the operations. Usage:
 * {@code java -cp benchmarks.jar io.github.gluelabels.bench.CpuCost [operations]}.
 */
public final class CpuCost {

    private CpuCost() {}

    public static void main(String[] args) throws Exception {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String target : new String[] {"stub", "fake", "stub", "fake"}) {
            RoundTripBenchmark bench = new RoundTripBenchmark();
            bench.target = target;
            bench.start();
            try {
                for (int i = 0; i < operations / 4; i++) {
                    bench.sdkStartAndGet();
                }
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < operations; i++) {
                    bench.sdkStartAndGet();
                }
                double cpuUs = (os.getProcessCpuTime() - cpu) / 1e3 / operations;
                double wallUs = (System.nanoTime() - wall) / 1e3 / operations;
                System.out.printf("%s: %.0f us CPU and %.0f us wall per start+get%n", target, cpuUs, wallUs);
            } finally {
                bench.stop();
            }
        }
    }
}
