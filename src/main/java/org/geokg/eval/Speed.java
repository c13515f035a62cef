package org.geokg.eval;

/**
 * How fast extraction ran over the corpus: start-up (creating the extractor and extracting a
 * first sentence, plus the JVM's own uptime at that point), throughput after start-up (wall clock,
 * and the process's CPU time, which a machine shared with other jobs does not inflate), and the
 * peak heap the JVM used, the heap still live after a full collection (models and lexicons), and the
 * maximum heap it was allowed.
 */
public record Speed(int articles, long words, int threads, double startupSeconds, double jvmUptimeAtReadySeconds,
                    double extractionSeconds, double extractionCpuSeconds, long peakHeapBytes, long liveHeapBytes, long maxHeapBytes,
                    int failures) {

    public double articlesPerSecond() {
        return extractionSeconds > 0 ? articles / extractionSeconds : 0;
    }

    public double wordsPerArticle() {
        return articles > 0 ? (double) words / articles : 0;
    }

    /** CPU seconds the whole process spent per article while extracting. */
    public double cpuSecondsPerArticle() {
        return articles > 0 ? extractionCpuSeconds / articles : 0;
    }

    /** Articles per second scaled to 600-word articles (the target's unit) by word throughput. */
    public double articlesOf600WordsPerSecond() {
        return extractionSeconds > 0 ? words / 600.0 / extractionSeconds : 0;
    }
}
