package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.ActorLexicon;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.actor.KnownActor;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Span;

/**
 * Positions carried by "pro-" and "anti-" adjectives on someone's stance: "the senator's
 * pro-Russian, anti-NATO stance" is SUPPORT of Russia and OPPOSE of NATO by the senator. The
 * stem names the target (a country by its demonym or name, an organisation by its name); the
 * holder is the possessor of the stance noun, or the subject of a verb that takes it ("took a
 * pro-Kremlin line").
 */
final class ProAntiStance {
    private static final Pattern PRO_ANTI = Pattern.compile("(?i)^(pro|anti)-(\\p{L}[\\p{L}.]*)$");
    /** Nouns naming what someone thinks or says, which a pro-/anti- adjective makes a position. */
    private static final Set<String> STANCE_NOUNS = Set.of("stance", "stances", "position", "positions", "view",
            "views", "statement", "statements", "remark", "remarks", "comment", "comments", "rhetoric", "policy",
            "policies", "line", "agenda", "sympathies", "leanings", "tilt", "platform", "message", "speech",
            "speeches", "attitude", "outlook", "record");
    /** Verbs whose subject holds the stance they take: "took a pro-Kremlin line". */
    private static final Set<String> TAKING = Set.of("take", "adopt", "have", "hold", "voice", "strike", "push",
            "pursue", "embrace", "make", "deliver", "give");
    /** Titles that a definite description of a person ends in: "the Republican nominee's". */
    private static final Set<String> PERSON_TITLES = Set.of("nominee", "candidate", "president", "senator",
            "governor", "minister", "chancellor", "leader", "premier", "mayor", "congressman", "congresswoman",
            "frontrunner", "front-runner", "challenger", "incumbent");
    private static final int PERSON_REACH = 400;

    private final ActorIndex actors;
    private final ActorLexicon lexicon;

    ProAntiStance(ActorIndex actors) {
        this(actors, GazetteerLexicon.standard());
    }

    ProAntiStance(ActorIndex actors, ActorLexicon lexicon) {
        this.actors = actors;
        this.lexicon = lexicon;
    }

    List<Position> find(AnnotatedText doc, ClauseActors clauses) {
        List<Position> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!PRO_ANTI.matcher(t.get(i).word()).matches()) {
                    continue;
                }
                // the adjectives in a row ("pro-Russian, anti-NATO") and the noun they modify
                int first = i;
                int last = i;
                int k = i + 1;
                while (k < t.size() && (PRO_ANTI.matcher(t.get(k).word()).matches() || t.get(k).pos().equals(",")
                        || t.get(k).pos().equals("CC") || t.get(k).pos().startsWith("JJ"))) {
                    if (PRO_ANTI.matcher(t.get(k).word()).matches()) {
                        last = k;
                    }
                    k++;
                }
                if (k >= t.size() || !STANCE_NOUNS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                    i = k;
                    continue;
                }
                List<Mention> holders = holders(doc, clauses, s, first);
                if (!holders.isEmpty()) {
                    for (int a = first; a <= last; a++) {
                        // "his pro-Russian stance ... his pro-Russian statements": a stance named again is the same one
                        position(doc, t, a, k, holders).stream().filter(p -> !namedBefore(out, p)).forEach(out::add);
                    }
                }
                i = k;
            }
        }
        return out;
    }

    private static boolean namedBefore(List<Position> found, Position p) {
        return found.stream().anyMatch(q -> q.holder().equals(p.holder()) && q.kind() == p.kind()
                && q.target().equals(p.target()));
    }

    private List<Position> position(AnnotatedText doc, List<Token> t, int adjective, int noun, List<Mention> holders) {
        Matcher m = PRO_ANTI.matcher(t.get(adjective).word());
        if (!m.matches()) {
            return List.of();
        }
        Optional<Actor> target = stemActor(m.group(2));
        if (target.isEmpty()) {
            return List.of();
        }
        boolean pro = m.group(1).equalsIgnoreCase("pro");
        List<Position> out = new ArrayList<>();
        for (Mention h : holders) {
            if (h.actor().id().equals(target.get().id())) {
                continue;
            }
            int start = Math.min(h.start(), t.get(adjective).start());
            int end = t.get(noun).end();
            Span evidence = new Span(start, end, doc.slice(start, end), 0.6);
            Span cue = new Span(t.get(adjective).start(), t.get(adjective).end(), t.get(adjective).word(), 0.6);
            Span source = new Span(h.start(), h.end(), doc.slice(h.start(), h.end()), 0.6);
            out.add(new Position(h.actor().id(), null, pro ? PositionKind.SUPPORT : PositionKind.OPPOSE,
                    target.get().id(), t.get(adjective).word() + " " + t.get(noun).word(),
                    pro ? Polarity.POSITIVE : Polarity.NEGATIVE, Modality.ASSERTED, false, null, 0.6, evidence, cue,
                    source, null));
        }
        return out;
    }

    /** The actor a pro-/anti- stem names: an actor called so, or the country of a demonym or name. */
    Optional<Actor> stemActor(String stem) {
        for (Actor a : actors.actors()) {
            if (a.name().equalsIgnoreCase(stem) || a.aliases().stream().anyMatch(stem::equalsIgnoreCase)) {
                return Optional.of(a);
            }
        }
        Optional<KnownActor> known = lexicon.countryByDemonym(stem).or(() -> lexicon.country(stem));
        if (known.isPresent() && known.get().country() != null) {
            Actor place = null;
            for (Actor a : actors.actors()) {
                if (known.get().country().equals(a.country())) {
                    if (a.type() == EntityType.Government) {
                        return Optional.of(a);
                    }
                    if (a.type() == EntityType.Country) {
                        place = a;
                    }
                }
            }
            return Optional.ofNullable(place);
        }
        Optional<KnownActor> org = lexicon.organization(stem);
        if (org.isPresent() && org.get().wikidata() != null) {
            return actors.actors().stream().filter(a -> org.get().wikidata().equals(a.wikidata())).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Who holds the stance: the possessor before the adjectives ("Trump's", "the Republican
     * nominee's", the person named last before such a description), or the subject of a verb
     * that takes the stance ("took a pro-Kremlin line").
     */
    private List<Mention> holders(AnnotatedText doc, ClauseActors clauses, Sentence s, int adjective) {
        List<Token> t = s.tokens();
        int k = adjective - 1;
        while (k >= 0 && (t.get(k).pos().startsWith("JJ") || t.get(k).pos().startsWith("RB"))) {
            k--;
        }
        if (k >= 1 && t.get(k).pos().equals("POS")) {
            Token owner = t.get(k - 1);
            List<Mention> at = clauses.mentions(t.get(Math.max(0, k - 4)).start(), owner.end());
            if (!at.isEmpty() && at.get(at.size() - 1).end() == owner.end()) {
                return clauses.expand(at.get(at.size() - 1));
            }
            if (PERSON_TITLES.contains(owner.word().toLowerCase(Locale.ROOT)) && isDefinite(t, k - 1)) {
                return lastPerson(clauses, owner.start()).map(List::of).orElse(List.of());
            }
            return List.of();
        }
        while (k >= 0 && t.get(k).pos().equals("DT")) {
            k--;
        }
        if (k >= 0 && t.get(k).pos().startsWith("VB") && TAKING.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
            return clauses.holders(s, k);
        }
        return List.of();
    }

    /** "the Republican nominee": a title after "the" and at most two modifiers. */
    private static boolean isDefinite(List<Token> t, int title) {
        for (int k = title - 1; k >= 0 && k >= title - 3; k--) {
            if (t.get(k).word().equalsIgnoreCase("the")) {
                return true;
            }
            if (!(t.get(k).pos().startsWith("JJ") || t.get(k).pos().startsWith("NNP"))) {
                return false;
            }
        }
        return false;
    }

    private Optional<Mention> lastPerson(ClauseActors clauses, int offset) {
        List<Mention> before = clauses.mentions(Math.max(0, offset - PERSON_REACH), offset);
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).actor().type() == EntityType.Person) {
                return Optional.of(before.get(k));
            }
        }
        return Optional.empty();
    }
}
