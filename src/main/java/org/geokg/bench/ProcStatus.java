package org.geokg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak resident memory of a process from Linux's {@code /proc/PID/status} (VmHWM), and its reset
 * through {@code clear_refs}, so each phase of a benchmark reports its own peak; and the CPU time
 * this process used, which on a shared machine measures a phase's work better than the wall
 * clock. Where /proc is missing (not Linux) the memory figures are -1.
 */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** Peak resident set size in MB of this process, or -1. */
    public static long peakRssMb() {
        return peakRssMb(ProcessHandle.current().pid());
    }

    /** Peak resident set size in MB of process {@code pid}, or -1. */
    public static long peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds, all threads, user and system, this process has used so far; NaN where the JVM cannot tell. */
    public static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }

    /** Resets this process's peak to its current RSS; false where the kernel refuses. */
    public static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
