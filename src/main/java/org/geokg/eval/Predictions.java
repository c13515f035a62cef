package org.geokg.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.extract.text.Token;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Span;

/**
 * Turns an extracted {@link Article} into the prediction lines of the three scored tasks for
 * corpus document {@code doc}, in the shapes of the corpus README: attributions (one per distinct content span of its positions),
 * entity mentions (each mention span typed by its entity), and positions (by entity name, with the
 * names, aliases and Wikidata ids the scorer uses to recognise an entity).
 */
public final class Predictions {
    private static final String QUOTE_MARKS = "\"\u201c\u201d";
    private static final MentionClasses CLASSES = new MentionClasses(Gazetteer.standard());

    private Predictions() {
    }

    /** One attribution line: where its source is and who it is, the cue, the content, whether it is a direct quote. */
    public record AttributionLine(String doc, Source source, Span cue, Span content, Boolean direct) {
    }

    /** A predicted source: its span where the article names it, and the entity it resolves to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(Integer start, Integer end, String text, String entity, List<String> aliases) {
    }

    /** One mentions line: every entity mention of one document. */
    public record MentionLine(String doc, List<Mention> mentions) {
    }

    /** A mention span with its entity's type name ("Person", "Government"), which the scorer maps to GUM's types. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mention(int start, int end, String text, String type, Double confidence) {
    }

    /** One positions line: the positions of one document and the entities they name. */
    public record PositionLine(String doc, List<PositionOut> positions, List<EntityOut> entities) {
    }

    /** A position by entity names, as the gold positions file writes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PositionOut(String holder, @JsonProperty("holder_type") String holderType, String speaker,
                              String kind, String target, String topic, String polarity, String modality,
                              Span evidence, Boolean quote, Double confidence) {
    }

    /** An entity's canonical name, aliases and Wikidata id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityOut(String name, String type, List<String> aliases, String wikidata) {
    }

    /**
     * One attribution per distinct content span among the article's positions: a coalition gives
     * several positions for one quotation, but the corpus counts the quotation once. Among the
     * positions sharing a content span, the most confident one names the source.
     */
    public static List<AttributionLine> attributions(String doc, Article article) {
        Map<List<Integer>, Position> byContent = new LinkedHashMap<>();
        for (Position p : article.positions()) {
            Span c = p.content();
            if (c == null) {
                continue;
            }
            byContent.merge(List.of(c.start(), c.end()), p, (a, b) -> confidence(b) > confidence(a) ? b : a);
        }
        List<AttributionLine> out = new ArrayList<>();
        for (Position p : byContent.values()) {
            out.add(new AttributionLine(doc, source(article, p), p.cue(), p.content(),
                    Boolean.TRUE.equals(p.quote()) || hasQuoteMark(p.content().text())));
        }
        out.sort(Comparator.comparingInt((AttributionLine a) -> a.content().start())
                .thenComparingInt(a -> a.content().end()));
        return out;
    }

    /**
     * Every named mention of every entity in text order, typed by its entity, except where the
     * words name a place that the model holds as an actor (see {@link MentionClasses}).
     */
    public static MentionLine mentions(String doc, Article article) {
        List<Mention> out = new ArrayList<>();
        // whether a mention is a name depends on its words' parts of speech, which the article does not keep
        AnnotatedText words = article.text() == null ? new AnnotatedText("", List.of())
                : Annotator.shared().annotate(article.text());
        List<Token> tokens = words.tokens();
        for (Entity e : article.entities()) {
            List<Mention> own = new ArrayList<>();
            for (Span whole : e.mentions()) {
                for (Span m : MentionClasses.appositionParts(e, whole)) {
                    String type = CLASSES.typeOf(e, m, words, tokens);
                    if (type != null) {
                        own.add(new Mention(m.start(), m.end(), m.text(), type, m.confidence()));
                    }
                }
            }
            // one phrase names an entity once: "The U.S." and the "U.S." in it are one mention
            own.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()));
            List<Mention> kept = new ArrayList<>();
            for (Mention m : own) {
                if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                    kept.add(m);
                }
            }
            out.addAll(kept);
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return new MentionLine(doc, out);
    }

    /** The article's positions held by named actors, by entity name, with all its entities. */
    public static PositionLine positions(String doc, Article article) {
        List<PositionOut> out = new ArrayList<>();
        for (Position p : article.positions()) {
            Entity holder = p.holder() == null ? null : article.entity(p.holder());
            if (holder != null && !EntityAliases.isNamed(holder, article.text())) {
                // "critics", "the fund": an attribution's source, kept for that task, but no actor to hold a position
                continue;
            }
            if (p.kind() == PositionKind.STATE && moreSpecific(article, p)) {
                // the codebook's most specific kind; the statement stays in the article as the attribution's carrier
                continue;
            }
            out.add(new PositionOut(name(article, p.holder()),
                    holder == null || holder.type() == null ? null : holder.type().name(),
                    name(article, p.speaker()), p.kind() == null ? null : p.kind().name(), name(article, p.target()),
                    p.topic(), p.polarity() == null ? null : p.polarity().json(),
                    p.modality() == null ? null : p.modality().json(), p.evidence(), p.quote(), p.confidence()));
        }
        List<EntityOut> entities = new ArrayList<>();
        for (Entity e : article.entities()) {
            entities.add(new EntityOut(e.name(), e.type() == null ? null : e.type().name(), EntityAliases.of(e, article.text()),
                    e.wikidata()));
        }
        return new PositionLine(doc, out, entities);
    }

    /** Whether the holder has a position of another kind than STATE on overlapping evidence. */
    private static boolean moreSpecific(Article article, Position state) {
        Span e = state.evidence();
        if (e == null || state.holder() == null) {
            return false;
        }
        for (Position q : article.positions()) {
            if (q.kind() != PositionKind.STATE && q.kind() != null && state.holder().equals(q.holder())
                    && q.evidence() != null && q.evidence().start() < e.end() && e.start() < q.evidence().end()
                    && !describesSpeaker(article.text(), state, q.evidence()) && !toldAfter(article.text(), state, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code act} lies in an apposition between the statement's source and its cue ("X, a
     * harsh critic of Y, suggests that"): another act than what was said, unlike the verb of "X
     * accused Y, saying".
     */
    private static boolean describesSpeaker(String text, Position state, Span act) {
        Span source = state.source();
        return source != null && state.cue() != null && source.start() <= act.start()
                && act.end() <= state.cue().start() && source.end() < text.length()
                && text.charAt(source.end()) == ',';
    }

    /** "after meeting", "on Monday before visiting": an adjunct of the reporting verb that tells another act. */
    private static final java.util.regex.Pattern ADJUNCT = java.util.regex.Pattern.compile(
            "(on \\w+ )?(after|before|while|during|when|upon)");

    /**
     * Whether {@code act} is told in an adjunct right after the statement's cue ("Obama said after
     * meeting Putin"): what was said and the meeting are two acts.
     */
    private static boolean toldAfter(String text, Position state, Position act) {
        Span cue = state.cue();
        Span actCue = act.cue();
        if (cue == null || actCue == null || actCue.start() < cue.end() || actCue.start() - cue.end() > 30) {
            return false;
        }
        return ADJUNCT.matcher(text.substring(cue.end(), actCue.start()).strip().toLowerCase(java.util.Locale.ROOT))
                .matches();
    }

    private static Source source(Article article, Position p) {
        Span s = p.source();
        if (s == null) {
            return null;
        }
        // the speaker voiced it; the holder stands in when the extractor named no separate speaker
        String id = p.speaker() != null ? p.speaker() : p.holder();
        Entity e = id == null ? null : article.entity(id);
        return new Source(s.start(), s.end(), s.text(), e == null ? null : e.name(),
                e == null || e.aliases().isEmpty() ? null : e.aliases());
    }

    private static String name(Article article, String id) {
        if (id == null) {
            return null;
        }
        Entity e = article.entity(id);
        return e == null ? id : e.name();
    }

    private static double confidence(Position p) {
        return p.confidence() == null ? 0 : p.confidence();
    }

    private static boolean hasQuoteMark(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
