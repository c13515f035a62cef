package org.geokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.geokg.extract.RawArticle;
import org.geokg.model.Span;

/**
 * The baseline that EVALUATION.md sets beside geokg: Stanford CoreNLP's own quote extraction and
 * attribution (the {@code quote} annotator with {@code attributeQuotes}), run over the PolNeAR
 * articles of the corpus and scored with {@link Scorer}. Each top-level quotation becomes one
 * direct attribution whose source is the speaker mention CoreNLP chose, named by its canonical
 * speaker.
 *
 * <p>Quote attribution reads coreference chains; {@link Config#LIGHT} runs without a coreference
 * system (empty chains, {@code quote.attribution.useCoref=false}) and keeps the 4-class NER, a
 * dependency parse and the attribution sieves, which is what the annotator minimally needs.
 * {@link Config#COREF} adds the statistical coreference system on dependency-based mentions.
 */
public final class CoreNlpQuoteBaseline {

    /** Pipeline variants, from the minimum quote attribution runs with to one with coreference. */
    public enum Config {
        LIGHT, COREF;

        /** The pipeline up to the quote annotator. */
        Properties pipeline() {
            Properties p = new Properties();
            p.setProperty("annotators", this == LIGHT ? "tokenize,ssplit,pos,lemma,ner,depparse"
                    : "tokenize,ssplit,pos,lemma,ner,depparse,coref");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            if (this == COREF) {
                p.setProperty("coref.algorithm", "statistical");
                p.setProperty("coref.md.type", "dependency");
            }
            return p;
        }

        /** The quote annotator with attribution. */
        Properties quote() {
            Properties p = new Properties();
            p.setProperty("quote.attributeQuotes", "true");
            p.setProperty("quote.attribution.useCoref", this == COREF ? "true" : "false");
            return p;
        }
    }

    /** The outcome: scores, the prediction file, the documents run, how long loading and annotating took. */
    public record Result(Scores scores, Path predictions, List<String> documents, double loadSeconds,
                         double annotateSeconds, long peakHeapBytes) {
        public Result {
            documents = List.copyOf(documents);
        }

        public int articles() {
            return documents.size();
        }
    }

    private CoreNlpQuoteBaseline() {
    }

    /**
     * Runs the baseline over the attribution gold's documents, publishers taken in turn so that a
     * partial run is a fair sample: at most {@code limit} documents when {@code limit > 0}, and no
     * new document once {@code budgetSeconds > 0} have passed. Writes
     * {@code out/corenlp-quote-<config>.attributions.jsonl} and scores it on the documents it ran.
     */
    public static Result run(Corpus corpus, Config config, Path out, int limit, double budgetSeconds,
                             Consumer<String> progress) {
        List<String> all = corpus.docs(Task.ATTRIBUTIONS);
        List<String> order = publishersInTurn(all);
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(config.pipeline());
        QuoteAnnotator quote = new QuoteAnnotator("quote", config.quote());
        double load = (System.nanoTime() - t0) / 1e9;
        progress.accept(String.format("CoreNLP %s pipeline loaded in %.1f s", config, load));
        List<Predictions.AttributionLine> lines = new ArrayList<>();
        List<String> done = new ArrayList<>();
        int max = limit > 0 ? Math.min(limit, order.size()) : order.size();
        long t1 = System.nanoTime();
        for (String doc : order.subList(0, max)) {
            if (budgetSeconds > 0 && (System.nanoTime() - t1) / 1e9 > budgetSeconds) {
                progress.accept("time budget used up after " + done.size() + " documents");
                break;
            }
            RawArticle raw = corpus.article(doc);
            long ta = System.nanoTime();
            lines.addAll(attributions(doc, raw.text(), pipeline, quote));
            done.add(doc);
            progress.accept(String.format("  %d/%d %s (%.1f s)", done.size(), max, doc, (System.nanoTime() - ta) / 1e9));
        }
        double annotate = (System.nanoTime() - t1) / 1e9;
        String name = "corenlp-quote-" + config.name().toLowerCase(Locale.ROOT);
        Path file = PredictionFiles.write(out.resolve(name + ".attributions.jsonl"), lines);
        // a partial run is scored on the documents it ran, not charged for the rest
        Path gold = done.size() == all.size() ? corpus.gold(Task.ATTRIBUTIONS)
                : PredictionFiles.write(out.resolve(name + ".gold-subset.jsonl"), goldSubset(corpus, done));
        return new Result(Scorer.score(Task.ATTRIBUTIONS, gold, file), file, done, load, annotate,
                SpeedMeter.peakHeap());
    }

    /** The documents reordered so that publishers (the name before the first "_") take turns. */
    static List<String> publishersInTurn(List<String> docs) {
        Map<String, Deque<String>> byPublisher = new TreeMap<>();
        for (String d : docs) {
            byPublisher.computeIfAbsent(d.contains("_") ? d.substring(0, d.indexOf('_')) : d,
                    k -> new ArrayDeque<>()).add(d);
        }
        List<String> out = new ArrayList<>();
        while (out.size() < docs.size()) {
            for (Deque<String> q : byPublisher.values()) {
                if (!q.isEmpty()) {
                    out.add(q.poll());
                }
            }
        }
        return out;
    }

    /** One direct attribution per top-level quotation of one article. */
    static List<Predictions.AttributionLine> attributions(String doc, String text, StanfordCoreNLP pipeline,
                                                         QuoteAnnotator quote) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        if (a.get(CorefCoreAnnotations.CorefChainAnnotation.class) == null) {
            // attribution reads the chains unconditionally; without coreference there are none
            a.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        }
        quote.annotate(a);
        CoreDocument d = new CoreDocument(a);
        List<CoreQuote> quotes = d.quotes() == null ? List.of() : d.quotes();
        List<Predictions.AttributionLine> out = new ArrayList<>();
        for (CoreQuote q : quotes) {
            Pair<Integer, Integer> c = q.quoteCharOffsets();
            if (nested(q, quotes)) {
                continue;
            }
            Predictions.Source source = null;
            if (q.speakerCharOffsets().isPresent()) {
                Pair<Integer, Integer> s = q.speakerCharOffsets().get();
                source = new Predictions.Source(s.first(), s.second(), text.substring(s.first(), s.second()),
                        q.canonicalSpeaker().orElse(null), null);
            } else if (q.speaker().isPresent()) {
                source = new Predictions.Source(null, null, q.speaker().get(), q.canonicalSpeaker().orElse(null), null);
            }
            out.add(new Predictions.AttributionLine(doc, source, null,
                    new Span(c.first(), c.second(), text.substring(c.first(), c.second())), true));
        }
        return out;
    }

    private static boolean nested(CoreQuote q, List<CoreQuote> all) {
        Pair<Integer, Integer> c = q.quoteCharOffsets();
        for (CoreQuote o : all) {
            Pair<Integer, Integer> x = o.quoteCharOffsets();
            if (o != q && x.first() <= c.first() && c.second() <= x.second()
                    && (x.second() - x.first()) > (c.second() - c.first())) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> goldSubset(Corpus corpus, List<String> docs) {
        Set<String> keep = new HashSet<>(docs);
        List<JsonNode> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(corpus.gold(Task.ATTRIBUTIONS))) {
            if (keep.contains(line.value().path("doc").asText())) {
                out.add(line.value());
            }
        }
        return out;
    }
}
