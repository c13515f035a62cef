package org.geokg.extract.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.geokg.extract.ExtractionException;

/**
 * Tokens, sentences, part-of-speech tags, lemmas and CoNLL named-entity classes for a text, from
 * Stanford CoreNLP's tokenizer, tagger and 4-class CRF (no fine-grained classes, no SUTime, no
 * numeric classifiers: those cost several times the CRF and give nothing this project uses).
 * The models load once; {@link #shared()} gives the one instance, which is safe to use from
 * several threads.
 *
 * <pre>{@code
 * AnnotatedText doc = Annotator.shared().annotate("Mike Pompeo spoke in Berlin.");
 * }</pre>
 */
public final class Annotator {
    /** Longest text annotated, in characters: about 800,000 words, far beyond any article. */
    public static final int MAX_CHARS = 5_000_000;

    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    private Annotator() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // keep going on odd characters without a warning per character
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        // news files put one paragraph per line: a line break always ends a sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        try {
            pipeline = new StanfordCoreNLP(p);
        } catch (RuntimeException e) {
            throw new ExtractionException("cannot load the CoreNLP models (" + NER_MODEL + "): " + e.getMessage(), e);
        }
    }

    private static final class Holder {
        static final Annotator INSTANCE = new Annotator();
    }

    /** The one shared annotator; the first call loads the models (a few seconds). */
    public static Annotator shared() {
        return Holder.INSTANCE;
    }

    /**
     * Annotates {@code text}. Title-case lines are tagged in a re-cased copy of the same length
     * (see {@link HeadlineRecaser}); tokens still carry the original words.
     */
    public AnnotatedText annotate(String text) {
        if (text.length() > MAX_CHARS) {
            throw new ExtractionException("text of " + text.length() + " characters is longer than the limit of "
                    + MAX_CHARS + " characters");
        }
        String tagged = HeadlineRecaser.recase(text);
        Annotation annotation = new Annotation(tagged);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap cs : coreSentences) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel l : cs.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = l.beginPosition();
                int end = l.endPosition();
                tokens.add(new Token(tokenIndex++, start, end, text.substring(start, end), l.tag(),
                        l.lemma(), l.ner() == null ? "O" : l.ner()));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                    tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new AnnotatedText(text, sentences);
    }
}
