package org.geokg.eval;

/**
 * How fast extraction ran over the corpus: start-up (creating the extractor and extracting a
 * first sentence, plus the JVM's own uptime at that point), throughput after start-up, and the
 * peak heap the JVM used, the heap still live after a full collection (models and lexicons), and the
 * maximum heap it was allowed.
 */
public record Speed(int articles, long words, int threads, double startupSeconds, double jvmUptimeAtReadySeconds,
                    double extractionSeconds, long peakHeapBytes, long liveHeapBytes, long maxHeapBytes,
                    int failures) {

    public double articlesPerSecond() {
        return extractionSeconds > 0 ? articles / extractionSeconds : 0;
    }

    public double wordsPerArticle() {
        return articles > 0 ? (double) words / articles : 0;
    }

    /** Articles per second scaled to 600-word articles (the target's unit) by word throughput. */
    public double articlesOf600WordsPerSecond() {
        return extractionSeconds > 0 ? words / 600.0 / extractionSeconds : 0;
    }
}
