package org.geokg.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What one evaluation run produced: the scores per task, where the predictions went, how fast it ran, what failed. */
public record EvalReport(Map<Task, Scores> scores, Map<Task, Path> predictions, Speed speed, List<String> failures) {
    public EvalReport {
        scores = Map.copyOf(scores);
        predictions = Map.copyOf(predictions);
        failures = List.copyOf(failures);
    }

    /** {"tasks": {task: score.py-style JSON}, "speed": {...}, "failures": [...]}. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode tasks = root.putObject("tasks");
        for (Task t : Task.values()) {
            if (scores.containsKey(t)) {
                ObjectNode s = scores.get(t).toJson();
                s.put("predictions", predictions.get(t).toString());
                tasks.set(t.id(), s);
            }
        }
        ObjectNode sp = root.putObject("speed");
        sp.put("articles", speed.articles());
        sp.put("words", speed.words());
        sp.put("threads", speed.threads());
        sp.put("startup_seconds", speed.startupSeconds());
        sp.put("jvm_uptime_at_ready_seconds", speed.jvmUptimeAtReadySeconds());
        sp.put("extraction_seconds", speed.extractionSeconds());
        sp.put("extraction_cpu_seconds", speed.extractionCpuSeconds());
        sp.put("articles_per_second", speed.articlesPerSecond());
        sp.put("articles_of_600_words_per_second", speed.articlesOf600WordsPerSecond());
        sp.put("peak_heap_bytes", speed.peakHeapBytes());
        sp.put("live_heap_bytes", speed.liveHeapBytes());
        sp.put("max_heap_bytes", speed.maxHeapBytes());
        root.putArray("failures").addAll(failures.stream().map(f::textNode).toList());
        return root;
    }
}
