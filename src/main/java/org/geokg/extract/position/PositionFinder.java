package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.attribution.Attribution;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * Finds the stated positions of an article (POSITIONS.md): one per attribution whose speaker is
 * an actor (kind from the cue, or from what was said when it is the speaker's own act), and one
 * per act a government, company or person is reported to do ("barred Huawei", "defied the US",
 * "met the foreign minister"), with one position per member of a coalition. Holder, speaker and
 * target are actor ids of the {@link ActorIndex}; every position carries its evidence clause and
 * a confidence. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Position> positions = new PositionFinder().find(doc, actors, attributions);
 * }</pre>
 */
public final class PositionFinder {
    private static final Set<String> SELF = Set.of("we", "i", "our", "us");
    private static final Set<String> LIGHT_VERBS = Set.of("make", "issue", "voice", "express", "hold", "renew",
            "raise", "submit", "put", "table", "file", "lodge", "repeat", "reiterate", "unveil", "present",
            "announce", "introduce", "launch", "draft", "send", "extend", "share");
    private static final java.util.regex.Pattern FIRST_PLURAL = java.util.regex.Pattern.compile("\\b(we|us|our)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[\"“”]");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    /** Nouns that name the holder itself: "a critic of", "a supporter of". */
    private static final Set<String> AGENT_NOUNS = Set.of("critic", "opponent", "supporter", "proponent",
            "advocate", "defender", "champion", "backer");
    /** Prepositions that introduce the agent of a noun cue: "a visit by", "pressure from". */
    /**
     * Nouns that state someone's position only with their agent named after them: "under
     * pressure from the unions", "a push from Obama" (but not "the US pressure" that was defied).
     */
    private static final Set<String> AGENT_ONLY_NOUNS = Set.of("pressure", "push", "lobbying");
    /** Prepositions that introduce what a noun cue is about: "a critic of", "talks with". */
    private static final Set<String> NOUN_COMPLEMENTS = Set.of("of", "to", "with", "against", "on", "over",
            "toward", "towards", "for", "about", "into", "that", "from");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "from");
    /** "some of", "one of", "among": a partitive before an agent noun ("one of the fiercest critics of"). */
    private static final Set<String> PARTITIVES = Set.of("some", "one", "many", "among", "two", "several");
    private final KindCues kinds = KindCues.shared();

    public List<Position> find(AnnotatedText doc, ActorIndex actors, List<Attribution> attributions) {
        ClauseActors clauses = new ClauseActors(actors, doc.text(), attributions);
        List<Position> out = new ArrayList<>();
        Set<Integer> usedCues = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Attribution a : attributions) {
            if (isRelativeClauseAct(a)) {
                // "Democrats and Republicans, who have questioned X": an act of the antecedents, read below
                continue;
            }
            for (Position p : fromAttribution(doc, actors, clauses, a, usedCues)) {
                add(out, seen, p);
            }
        }
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (usedCues.contains(t.get(i).start())) {
                    continue;
                }
                KindCues.Match m = kinds.at(t, i);
                if (m == null) {
                    continue;
                }
                if (isParticleUse(t, m) || isModifier(t, m) || isBareAgentNoun(t, m) || NotAnAct.at(t, m)) {
                    continue;
                }
                for (Position p : fromAct(doc, clauses, s, m)) {
                    add(out, seen, p);
                }
                consumeEmbeddedVerb(t, m, usedCues);
                i = m.last();
            }
        }
        // "the senator's pro-Russian, anti-NATO stance": positions carried by adjectives
        for (Position p : new ProAntiStance(actors).find(doc, clauses)) {
            add(out, seen, p);
        }
        return RepeatedReadings.drop(ContinuedTopic.fill(ContextTargets.fill(doc, clauses, actors, out)));
    }

    /**
     * A relative pronoun as the source of words that come before it: "a retort to both Democrats
     * and Republicans, who have questioned": the verb is what the antecedents did, not what they said.
     */
    private static boolean isRelativeClauseAct(Attribution a) {
        return a.source() != null && a.cue() != null && a.content().end() <= a.source().start()
                && Set.of("who", "which").contains(a.source().text().strip().toLowerCase(Locale.ROOT));
    }

    /** "back up its claims", "back down": "back" as a particle verb is no support. */
    private static boolean isParticleUse(List<Token> t, KindCues.Match m) {
        if (m.last() + 1 >= t.size() || m.entry().lemmas().size() > 1) {
            return false;
        }
        String next = t.get(m.last() + 1).word().toLowerCase(Locale.ROOT);
        return m.entry().lemmas().get(0).equals("back") && Set.of("up", "down", "off", "away").contains(next);
    }

    /**
     * "willing to sign", "urged allies to ban": the verb after an offer, request, refusal or
     * threat is what is offered or asked for, not a position of its own.
     */
    static void consumeEmbeddedVerb(List<Token> t, KindCues.Match m, Set<Integer> used) {
        for (int k = m.last() + 1; k + 1 < t.size() && k <= m.last() + 6; k++) {
            if (t.get(k).pos().equals("TO") && t.get(k + 1).pos().startsWith("VB")) {
                used.add(t.get(k + 1).start());
                return;
            }
            if (t.get(k).pos().equals(",") || t.get(k).pos().equals(".")) {
                return;
            }
        }
    }

    private static void add(List<Position> out, Set<String> seen, Position p) {
        String key = p.holder() + "|" + p.kind() + "|" + p.target() + "|" + p.evidence().start();
        if (seen.add(key)) {
            out.add(p);
        }
    }

    // ---- positions from what someone said ----

    private List<Position> fromAttribution(AnnotatedText doc, ActorIndex actors, ClauseActors clauses,
            Attribution a, Set<Integer> usedCues) {
        if (a.sourceActorId() == null) {
            return List.of();
        }
        Actor speaker = actors.byId(a.sourceActorId()).orElse(null);
        if (speaker == null || speaker.type() == EntityType.Country) {
            return List.of();
        }
        PositionKind kind = PositionKind.STATE;
        Polarity polarity = null;
        Modality modality = Modality.ASSERTED;
        Actor holder = speaker;
        Actor voice = null;
        Mention target = null;
        // the cue itself may carry the kind: "urged", "denied", "accused"
        if (a.cue() != null) {
            Sentence cs = doc.sentenceAt(a.cue().start());
            List<Token> t = cs.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).start() == a.cue().start()) {
                    KindCues.Match m = kinds.at(t, i);
                    if (m != null && !NotAnAct.at(t, m)) {
                        // "refrained from criticising" is no criticism: the cue's kind applies only to a deed
                        kind = m.kind();
                        polarity = m.entry().polarity();
                        modality = m.entry().modality() == null ? ModalityReader.modality(t, i) : m.entry().modality();
                        usedCues.add(t.get(i).start());
                    }
                    break;
                }
            }
        }
        // or what was said is the holder's own act: "Huawei is willing to sign ..., its chairman said"
        if (kind == PositionKind.STATE) {
            Act act = ownAct(doc, actors, clauses, a, speaker, usedCues);
            if (act != null) {
                kind = act.match.kind();
                polarity = act.match.entry().polarity();
                modality = act.modality;
                if (!act.holder.id().equals(speaker.id())) {
                    holder = act.holder;
                    voice = speaker;
                }
                target = act.target;
                usedCues.add(act.cueStart);
            }
        }
        if (kind == PositionKind.STATE && voice == null && a.direct()) {
            // a quotation in the first person plural by a company's officer is the company's
            Set<String> orgs = spokenFor(actors, speaker);
            if (orgs.size() == 1 && FIRST_PLURAL.matcher(a.content().text()).find()) {
                Actor org = actors.byId(orgs.iterator().next()).orElse(null);
                if (org != null) {
                    holder = org;
                    voice = speaker;
                }
            }
        }
        List<String> exclude = new ArrayList<>(List.of(holder.id(), speaker.id()));
        List<Mention> relative = voice == null ? RelativeSource.holders(doc, clauses, a) : List.of();
        // "both nations rejected": the two actors the pair phrase counts
        List<Mention> pair = relative.isEmpty() && voice == null && a.source() != null
                ? pairSource(doc, clauses, a.source()) : List.of();
        pair.forEach(r -> exclude.add(r.actor().id()));
        if (!relative.isEmpty()) {
            // "Austria and Hungary, who have criticised the Union": all of them, about what follows
            relative.forEach(r -> exclude.add(r.actor().id()));
            target = RelativeSource.target(doc, clauses, a, exclude).orElse(target);
        }
        if (target == null) {
            // "urged Russia to withdraw": the addressee sits between the cue and what was said
            int from = a.cue() != null && a.cue().end() <= a.content().start() ? a.cue().end() : a.content().start();
            target = clauses.firstOther(from, a.content().end(), exclude).orElse(null);
        }
        if (kind == PositionKind.DENY && target != null && a.cue() != null
                && a.cue().text().toLowerCase(Locale.ROOT).startsWith("dismiss")
                && doc.text().startsWith(" as ", target.end())) {
            // "dismissed Estonia as a suburb": an actor dismissed is opposed, not a claim denied
            kind = PositionKind.OPPOSE;
        }
        if (kind == PositionKind.STATE) {
            // "told allied governments that Huawei received funding from the security services"
            Optional<Mention> accused = accused(doc, clauses, a, exclude);
            if (accused.isPresent()) {
                kind = PositionKind.ACCUSE;
                polarity = Polarity.NEGATIVE;
                target = accused.get();
            } else {
                // "a country reeling under pressure from China": said against the one that presses
                Optional<Mention> presser = PressureSource.in(doc.text(), clauses, a, exclude);
                if (presser.isPresent()) {
                    polarity = Polarity.NEGATIVE;
                    target = presser.get();
                }
            }
        }
        if (kind == PositionKind.STATE && voice == null && calls(a.content().text())) {
            // "Europe must be able to defend itself", "it was time to end the sanctions": saying what
            // someone should do asks them to do it
            kind = PositionKind.REQUEST;
            java.util.regex.Matcher call = CALL.matcher(a.content().text());
            if (call.find()) {
                // the one told what to do is the subject of "should": "Europe must be able to"
                int modal = a.content().start() + call.start();
                List<Mention> subject = clauses.mentions(Math.max(a.content().start(), modal - 40), modal);
                if (!subject.isEmpty() && !exclude.contains(subject.get(subject.size() - 1).actor().id())) {
                    target = subject.get(subject.size() - 1);
                }
            }
            polarity = toneToward(a, target);
        }
        if (kind == PositionKind.REQUEST && polarity != null && voice == null) {
            // "urged allies to ban Huawei" is against Huawei, "asked Mexico to cooperate" for Mexico
            polarity = requested(a.content().text(), a.content().start(), target).orElse(polarity);
        }
        if (polarity == null) {
            polarity = toneToward(a, target);
            // a statement that praises or condemns its target itself is support or opposition
            Polarity judged = target == null ? Polarity.NEUTRAL : judgedTarget(a, target);
            if (judged == Polarity.POSITIVE) {
                kind = PositionKind.SUPPORT;
                polarity = judged;
            } else if (judged == Polarity.NEGATIVE) {
                kind = PositionKind.OPPOSE;
                polarity = judged;
            }
        }
        double confidence = a.confidence() * (kind == PositionKind.STATE ? 0.9 : 1.0);
        Span evidence = evidence(doc, a);
        List<Position> out = new ArrayList<>();
        List<Mention> holders = !relative.isEmpty() ? relative
                : !pair.isEmpty() ? pair : clauses.expand(new Mention(holder, 0, 0));
        for (Mention h : holders) {
            out.add(new Position(h.actor().id(), voice == null ? null : voice.id(), kind,
                    target == null ? null : target.actor().id(), topic(a.content().text()), polarity, modality,
                    a.direct(), null, round(confidence), withConfidence(evidence, confidence), a.cue(), a.source(),
                    a.content()));
        }
        return out;
    }

    /** The actors a source such as "the two countries" counts; empty for any other source. */
    private static List<Mention> pairSource(AnnotatedText doc, ClauseActors clauses, Span source) {
        Sentence s = doc.sentenceAt(source.start());
        if (s == null) {
            return List.of();
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).end() == source.end()) {
                return NamedPair.ending(clauses, t, k);
            }
        }
        return List.of();
    }

    /**
     * The judgement said of the target itself, NEUTRAL when there is none: of a target named in
     * what was said, only a predicate on it ("NATO is obsolete"); of a target named before it, what
     * was said as a whole ("called Burma a good news story").
     */
    private static Polarity judgedTarget(Attribution a, Mention target) {
        int from = a.content().start();
        if (target.start() >= from && target.end() <= a.content().end()) {
            return Tone.judged(a.content().text(), target.start() - from, target.end() - from);
        }
        return Tone.of(a.content().text());
    }

    private static final java.util.regex.Pattern REQUESTED_ACT = java.util.regex.Pattern.compile(
            "\\b(to|for)\\s+\\w", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The attitude toward the target of what a request asks for: the act after "to" or "for"
     * ("to ban Huawei", "for tariffs on China", "to bolster defence spending"), read from
     * {@code text} at document offset {@code offset}; empty when there is no such act or it
     * takes no side.
     */
    static Optional<Polarity> requested(String text, int offset, Mention target) {
        java.util.regex.Matcher m = REQUESTED_ACT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String act = text.substring(m.start());
        int shift = offset + m.start();
        Polarity p = target != null && target.start() >= shift && target.end() <= shift + act.length()
                ? Tone.toward(act, target.start() - shift, target.end() - shift) : Tone.of(act);
        return p == Polarity.NEUTRAL ? Optional.empty() : Optional.of(p);
    }

    /** The attitude of what was said toward the target, read in the clause naming it when the content does. */
    private static Polarity toneToward(Attribution a, Mention target) {
        String content = a.content().text();
        if (target != null && target.start() >= a.content().start() && target.end() <= a.content().end()) {
            return Tone.toward(content, target.start() - a.content().start(), target.end() - a.content().start());
        }
        return Tone.of(content);
    }

    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
            "\\b(should|must|ought to|needs to|need to|has to|have to|it is time|it's time|it was time)\\b(?!\\s+(not|n't|never)\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True when what was said tells what someone should do. */
    static boolean calls(String content) {
        return CALL.matcher(content).find();
    }

    private static final java.util.regex.Pattern AGENT_BEFORE = java.util.regex.Pattern.compile(
            "\\b(by|from)\\s+(the\\s+)?$");

    /**
     * The actor what was said charges with wrongdoing: the one named last before the deed in the
     * content ("Huawei received funding from the security services"), or its agent after it
     * ("intrusions from Russia", "hacking by Russia").
     */
    private static Optional<Mention> accused(AnnotatedText doc, ClauseActors clauses, Attribution a,
            List<String> exclude) {
        int off = Wrongdoing.find(a.content().text());
        if (off < 0) {
            return Optional.empty();
        }
        int deed = a.content().start() + off;
        List<Mention> before = clauses.mentions(a.content().start(), deed);
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (!exclude.contains(m.actor().id()) && m.actor().type() != EntityType.MediaOrganization) {
                return Optional.of(m);
            }
        }
        for (Mention m : clauses.mentions(deed, a.content().end())) {
            if (!exclude.contains(m.actor().id())
                    && AGENT_BEFORE.matcher(doc.text().substring(Math.max(deed, m.start() - 40), m.start())).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private record Act(KindCues.Match match, Actor holder, Mention target, Modality modality, int cueStart) {
    }

    /**
     * A kind cue inside the content whose subject is the speaker ("I", "we", "he" resolving to them)
     * or the organisation the speaker holds a post in.
     */
    private Act ownAct(AnnotatedText doc, ActorIndex actors, ClauseActors clauses, Attribution a, Actor speaker,
            Set<Integer> usedCues) {
        Set<String> orgs = spokenFor(actors, speaker);
        Actor government = GovernmentVoice.of(actors, speaker, a).orElse(null);
        Sentence first = doc.sentenceAt(a.content().start());
        for (Sentence s : doc.sentences().subList(first == null ? 0 : first.index(), doc.sentences().size())) {
            if (s.start() >= a.content().end()) {
                break;
            }
            if (s.end() <= a.content().start()) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (tok.start() < a.content().start() || tok.end() > a.content().end()) {
                    continue;
                }
                KindCues.Match m = kinds.at(t, i);
                if (m == null || ModalityReader.negated(t, i) && m.kind() != PositionKind.SUPPORT
                        || isModifier(t, m) || isBareAgentNoun(t, m) || NotAnAct.at(t, m)
                        || a.direct() && !QuoteMarks.inside(doc.text(), a.content().start(), tok.start())) {
                    // "...," Obama said after meeting Putin. "...": the narrator's words between two quotations
                    continue;
                }
                Actor holder = null;
                for (int k = i - 1; k >= 0 && k >= i - 5 && t.get(k).start() >= a.content().start(); k--) {
                    String w = t.get(k).word().toLowerCase(Locale.ROOT);
                    if (SELF.contains(w)) {
                        if (m.entry().noun() && !w.equals("our") && !ownNoun(t, k, i)) {
                            // "I call it the trip": the speaker names a trip, not one of theirs
                            break;
                        }
                        holder = orgs.size() == 1 && (w.equals("we") || w.equals("our") || w.equals("us"))
                                ? actors.byId(orgs.iterator().next()).orElse(speaker) : speaker;
                        break;
                    }
                }
                if (holder == null && government != null) {
                    holder = government;
                }
                if (holder == null) {
                    List<Mention> hs = clauses.holders(s, i);
                    if (hs.size() == 1 && (hs.get(0).actor().id().equals(speaker.id())
                            || orgs.contains(hs.get(0).actor().id()))) {
                        holder = hs.get(0).actor();
                    }
                }
                if (holder != null) {
                    consumeEmbeddedVerb(t, m, usedCues);
                    Mention target = clauses.firstOther(t.get(m.last()).end(), Math.min(s.end(), a.content().end()),
                            List.of(holder.id(), speaker.id())).orElse(null);
                    Modality mod = m.entry().modality() != null ? m.entry().modality() : ModalityReader.modality(t, i);
                    return new Act(m, holder, target, mod, tok.start());
                }
            }
        }
        return null;
    }

    /**
     * Whether the first-person word at {@code self} makes the noun cue at {@code noun} the
     * speaker's: "my visit", or the subject of a light verb that takes it ("we made a proposal").
     */
    private static boolean ownNoun(List<Token> t, int self, int noun) {
        if (t.get(self).pos().equals("PRP$")) {
            return true;
        }
        for (int k = self + 1; k < noun; k++) {
            if (t.get(k).pos().startsWith("VB") && LIGHT_VERBS.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisations a person speaks for: companies and other non-state bodies they hold a
     * post in. An official of a government speaks as themself (POSITIONS.md: Pompeo, not the
     * United States, holds what Pompeo says).
     */
    private static Set<String> spokenFor(ActorIndex actors, Actor speaker) {
        Set<String> orgs = new HashSet<>();
        for (Role r : speaker.roles()) {
            if (r.organization() != null) {
                actors.byId(r.organization()).filter(o -> o.type() == EntityType.Company
                        || o.type() == EntityType.Organization || o.type() == EntityType.PoliticalParty
                        || o.type() == EntityType.InternationalOrganization)
                        .ifPresent(o -> orgs.add(o.id()));
            }
        }
        return orgs;
    }

    // ---- positions from what someone did ----

    private List<Position> fromAct(AnnotatedText doc, ClauseActors clauses, Sentence s, KindCues.Match m) {
        List<Token> t = s.tokens();
        int i = m.first();
        boolean phraseNegation = m.entry().lemmas().get(0).equals("no");
        if (!phraseNegation && ModalityReader.negated(t, i)) {
            return List.of();
        }
        boolean passive = isPassive(t, i);
        List<Mention> holders;
        Mention target;
        int afterCue = t.get(m.last()).end();
        if (passive) {
            // "Huawei was barred by the Commerce Department": the agent holds, the subject is the target
            int by = -1;
            for (int k = m.last() + 1; k < t.size() && k <= m.last() + 3; k++) {
                if (t.get(k).word().equalsIgnoreCase("by")) {
                    by = k;
                    break;
                }
            }
            if (by < 0) {
                return List.of();
            }
            holders = clauses.mentions(t.get(by).end(), s.end()).stream().limit(1).toList();
            List<Mention> subj = clauses.holders(s, i);
            target = subj.isEmpty() ? null : subj.get(0);
        } else if (m.entry().noun()) {
            holders = nounHolders(clauses, s, m);
            target = nounTarget(clauses, s, m, holders).orElse(null);
            if (target == null && m.first() == m.last() && GivenAct.bare(t, i)) {
                // "Trump's threats, the bloc says": an act already known, not a new position
                return List.of();
            }
        } else {
            holders = clauses.holders(s, i);
            target = null;
        }
        // "Spain and Portugal both objected": the places coordinated with a subject that acts act too
        boolean lastActs = !holders.isEmpty() && canHold(holders.get(holders.size() - 1), t, i);
        holders = holders.stream().filter(h -> canHold(h, t, i) || lastActs).toList();
        if (holders.isEmpty()) {
            return List.of();
        }
        List<String> exclude = holders.stream().map(h -> h.actor().id()).toList();
        if (target == null) {
            target = requestedTarget(clauses, s, m, exclude).orElse(null);
        }
        boolean nounAgent = m.entry().noun() && !holders.isEmpty() && holders.get(0).start() > t.get(i).start();
        if (target == null && nounAgent) {
            // "the plan received support from the opposition": what receives it is the target
            target = ReceivedNoun.target(clauses, s, m, exclude).orElse(null);
        }
        if (target == null) {
            target = objectPronoun(clauses, t, m.last() + 1, exclude).orElse(null);
        }
        if (target == null && !nounAgent) {
            target = clauses.firstOther(afterCue, TargetFinder.conjunctEnd(s, m.last() + 1), exclude).orElse(null);
        }
        if (target == null && !passive && !nounAgent
                && !ContextTargets.withdraws(doc.text().substring(t.get(i).start(), afterCue))) {
            // "While the UK weighs letting Huawei in, Germany has no objections": the actor named
            // last before the holder in the same sentence is what it is about
            List<Mention> earlier = clauses.mentions(s.start(), holders.get(0).start());
            for (int k = earlier.size() - 1; k >= 0 && target == null; k--) {
                if (!exclude.contains(earlier.get(k).actor().id())
                        && clauses.expand(earlier.get(k)).stream().noneMatch(e -> exclude.contains(e.actor().id()))
                        && earlier.get(k).actor().type() != EntityType.MediaOrganization
                        && !TargetFinder.ownSide(holders.get(0).actor(), earlier.get(k).actor())) {
                    target = earlier.get(k);
                }
            }
        }
        if (m.kind() == PositionKind.CONSULT && VisitDestination.isVisit(t.get(i).lemma())
                && (target == null || VisitDestination.isCityOfCountry(doc.text(), target))) {
            target = VisitDestination.implicit(doc, clauses, t.get(i).start(), holders).orElse(target);
        }
        PositionKind kind = refinedKind(t, m, target);
        if (kind == null) {
            return List.of();
        }
        Modality modality = m.entry().modality() != null ? m.entry().modality() : ModalityReader.modality(t, i);
        Modality read = ModalityReader.modality(t, i);
        if (read == Modality.UNDECIDED || read == Modality.EXPECTED) {
            modality = read;
        }
        Polarity polarity = modality == Modality.UNDECIDED ? Polarity.NEUTRAL : m.entry().polarity();
        int evStart = Math.min(holders.get(0).start(), t.get(i).start());
        int evEnd = clauseEnd(s, target == null ? afterCue : Math.max(afterCue, target.end()));
        String text = doc.text();
        if (kind == PositionKind.REQUEST && modality != Modality.UNDECIDED && afterCue < evEnd) {
            polarity = requested(text.substring(afterCue, evEnd), afterCue, target).orElse(polarity);
        }
        if (polarity == Polarity.POSITIVE && target != null && target.start() > afterCue && FOR_WHAT.contains(kind)
                && !RELIEVING.contains(t.get(i).lemma().toLowerCase(Locale.ROOT))
                && Tone.of(text.substring(afterCue, target.start())) == Polarity.NEGATIVE) {
            // "backed sanctions on Russia", "agreed to tariffs against China": for a measure against the target
            polarity = Polarity.NEGATIVE;
        }
        double confidence = 0.55 + (target != null ? 0.1 : 0) + (m.entry().lemmas().size() > 1 ? 0.1 : 0);
        Span evidence = new Span(evStart, evEnd, text.substring(evStart, evEnd), round(confidence));
        Span cue = new Span(t.get(i).start(), afterCue, text.substring(t.get(i).start(), afterCue), round(confidence));
        List<Position> out = new ArrayList<>();
        // "a proposal to London and Berlin": each coordinated target gets its position
        List<Mention> targets = target == null ? java.util.Collections.singletonList(null)
                : clauses.coordinated(s, target.start(), clauseEnd(s, target.end()));
        if (target != null && (targets.isEmpty() || targets.get(0).start() != target.start())) {
            // a pronoun target is no mention to coordinate from
            targets = clauses.expand(target);
        } else if (target != null && targets.size() == 1 && !targets.get(0).actor().id().equals(target.actor().id())) {
            // the target as the article means it ("Europe" for the union) rather than as named
            targets = clauses.expand(target);
        }
        // "the two countries signed an agreement": each of the pair acts toward the other
        boolean mutual = target == null && !passive && !m.entry().noun() && RECIPROCAL.contains(kind)
                && !NamedPair.before(clauses, t, i).isEmpty();
        for (Mention h : holders) {
            Span source = new Span(h.start(), h.end(), text.substring(h.start(), h.end()), round(confidence));
            for (Mention tg : mutual ? holders.stream().filter(o -> o != h).toList() : targets) {
                if (tg != null && tg.actor().id().equals(h.actor().id())) {
                    continue;
                }
                out.add(new Position(h.actor().id(), null, kind, tg == null ? null : tg.actor().id(),
                        topic(text.substring(t.get(i).start(), evEnd)), polarity, modality, false, null,
                        round(confidence), evidence, cue, source, null));
            }
        }
        return out;
    }

    /** Kinds that are for what they name, so their side toward a target is that of what they are for. */
    private static final Set<PositionKind> FOR_WHAT = java.util.EnumSet.of(PositionKind.SUPPORT, PositionKind.AGREE,
            PositionKind.OFFER, PositionKind.ALLOW);

    private static final Set<String> DEPART = Set.of("leave", "withdraw");
    /** Cues that take a measure away: "lifted sanctions on Burma" is for Burma, not against it. */
    private static final Set<String> RELIEVING = Set.of("lift", "ease", "waive", "end", "remove", "repeal", "rescind");
    /** Kinds two parties do with each other: "the two countries signed", "both leaders met". */
    private static final Set<PositionKind> RECIPROCAL = java.util.EnumSet.of(PositionKind.AGREE, PositionKind.CONSULT);

    /** "invited guests", "the banned group": a participle before a noun describes it and is no act. */
    private static boolean isModifier(List<Token> t, KindCues.Match m) {
        int i = m.first();
        if (!t.get(i).pos().equals("VBN") || m.last() + 1 >= t.size()
                || !Set.of("NN", "NNS").contains(t.get(m.last() + 1).pos())) {
            return false;
        }
        return i > 0 && Set.of("DT", "JJ", "PRP$", "CD").contains(t.get(i - 1).pos());
    }

    /** "her supporters", "critics": an agent noun states a position only with what it is for ("of NATO"). */
    private static boolean isBareAgentNoun(List<Token> t, KindCues.Match m) {
        if (!m.entry().noun() || !AGENT_NOUNS.contains(t.get(m.first()).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return m.last() + 1 >= t.size() || !t.get(m.last() + 1).word().equalsIgnoreCase("of");
    }

    /** Things decided on, not actors: blocking one of them rejects it rather than sanctions someone. */
    private static final Set<String> PROPOSALS = Set.of("discussion", "discussions", "plan", "plans", "proposal",
            "proposals", "bill", "deal", "agreement", "move", "effort", "efforts", "attempt", "measure", "measures",
            "resolution", "law", "reform", "reforms", "request", "bid", "nomination", "vote", "talks", "initiative");

    /**
     * The kind a cue has in its context: "dismissed Estonia as a suburb" opposes Estonia rather
     * than denying a claim; "blocked any discussion of" rejects a proposal rather than sanctions.
     */
    private static PositionKind refinedKind(List<Token> t, KindCues.Match m, Mention target) {
        String lemma = t.get(m.first()).lemma().toLowerCase(Locale.ROOT);
        if (m.kind() == PositionKind.DENY && lemma.equals("dismiss") && target != null) {
            for (Token tok : t) {
                if (tok.start() >= target.end() && tok.start() <= target.end() + 2
                        && tok.word().equalsIgnoreCase("as")) {
                    return PositionKind.OPPOSE;
                }
            }
        }
        if (m.kind() == PositionKind.REJECT && DEPART.contains(lemma) && m.entry().lemmas().size() == 1 && target == null) {
            // "left the room", "withdrew his remarks": leaving rejects only an actor ("left the EU")
            return null;
        }
        if (m.kind() == PositionKind.SANCTION && !m.entry().noun()) {
            for (int k = m.last() + 1; k < t.size() && k <= m.last() + 4; k++) {
                String p = t.get(k).pos();
                if (p.startsWith("NN")) {
                    return PROPOSALS.contains(t.get(k).word().toLowerCase(Locale.ROOT)) ? PositionKind.REJECT : m.kind();
                }
                if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$"))) {
                    break;
                }
            }
        }
        return m.kind();
    }

    /**
     * The holder of a noun cue: the agent after it ("a visit by Clinton", "under pressure from the
     * Teamsters"), the possessor right before it ("the Kremlin's threats", "their concerns",
     * "Kremlin verbal threats"), the subject of a light verb ("Huawei has made a proposal"), or,
     * for a noun naming the holder itself ("a critic of", "a supporter of"), the one it is said
     * of ("Castaneda, a harsh critic of", "Clinton has been a supporter of"); otherwise the noun
     * states no one's position.
     */
    private List<Mention> nounHolders(ClauseActors clauses, Sentence s, KindCues.Match m) {
        List<Token> t = s.tokens();
        int i = m.first();
        String head = t.get(i).lemma().toLowerCase(Locale.ROOT);
        if (AGENT_NOUNS.contains(head)) {
            return agentNounHolders(clauses, s, i);
        }
        int after = m.last() + 1;
        boolean agentOnly = AGENT_ONLY_NOUNS.contains(head);
        if (after + 1 < t.size() && AGENT_PREPOSITIONS.contains(t.get(after).word().toLowerCase(Locale.ROOT))) {
            int to = Math.min(clauseEnd(s, t.get(after).end()), t.get(Math.min(t.size() - 1, after + 12)).end());
            List<Mention> agents = clauses.coordinated(s, t.get(after).end(), to);
            if (!agents.isEmpty() && agents.get(0).start() > t.get(Math.min(t.size() - 1, after + 7)).end()) {
                agents = List.of();
            }
            if (!agents.isEmpty()) {
                return agents;
            }
        }
        if (agentOnly) {
            return List.of();
        }
        int from = t.get(Math.max(0, i - 3)).start();
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String p = t.get(k).pos();
            if (p.equals(",") || p.startsWith("VB") || p.equals("IN") || p.equals(".")) {
                from = t.get(k).end();
                break;
            }
        }
        List<Mention> before = clauses.mentions(from, t.get(i).start());
        if (!before.isEmpty()) {
            return clauses.expand(before.get(before.size() - 1));
        }
        List<Mention> possessor = NounPossessor.of(clauses, t, i);
        if (!possessor.isEmpty()) {
            return possessor;
        }
        // "Huawei has made a proposal", "voiced concerns": the subject of a light verb holds it
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token tok = t.get(k);
            if (tok.pos().startsWith("VB") && LIGHT_VERBS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                return clauses.holders(s, k);
            }
            if (tok.pos().equals(",") || tok.pos().equals(".")) {
                break;
            }
        }
        // "her meeting with Obama", "its proposal": the possessive pronoun refers back
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token tok = t.get(k);
            if (tok.pos().equals("PRP$")) {
                // "London and Berlin ... their concerns": a plural pronoun may refer to a coordination
                List<Mention> subject = tok.word().equalsIgnoreCase("their") ? clauses.holders(s, i) : List.of();
                return subject.size() > 1 ? subject : clauses.pronoun(tok);
            }
            if (!tok.pos().startsWith("JJ") && !tok.pos().startsWith("NN") && !tok.pos().equals("CD")) {
                break;
            }
        }
        // "support for NATO has been a cause in Congress": the body it is found in holds it
        return NounSetting.holders(clauses, s, m);
    }

    /**
     * "Castaneda, a former minister who is a harsh critic of": the actor the agent noun is said of,
     * through a copula ("has been a supporter") or an apposition (a comma, perhaps a "who is").
     */
    private static List<Mention> agentNounHolders(ClauseActors clauses, Sentence s, int i) {
        List<Token> t = s.tokens();
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            Token tok = t.get(k);
            String lemma = tok.lemma().toLowerCase(Locale.ROOT);
            if (tok.pos().startsWith("VB") && lemma.equals("be")) {
                if (k > 0 && t.get(k - 1).pos().equals("WP")) {
                    return clauses.relativeAntecedent(s, k - 1);
                }
                return clauses.holders(s, k);
            }
            if (tok.pos().equals(",")) {
                return k == 0 ? List.of() : clauses.named(t.get(k - 1)).map(clauses::expand).orElse(List.of());
            }
            if (lemma.equals("of") && k > 0 && PARTITIVES.contains(t.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                // "who have been some of the most strident opponents of": the partitive is the agent noun's
                k--;
                continue;
            }
            if (!(tok.pos().startsWith("JJ") || tok.pos().startsWith("RB") || tok.pos().equals("DT")
                    || tok.pos().equals("CC") || tok.pos().startsWith("NN") || tok.pos().equals("HYPH"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "a critic of Pena Nieto", "her meeting with Obama", "a threat to NATO": the actor in the
     * prepositional complement right after a noun cue.
     */
    private static Optional<Mention> nounTarget(ClauseActors clauses, Sentence s, KindCues.Match m,
            List<Mention> holders) {
        List<Token> t = s.tokens();
        int k = m.last() + 1;
        while (k < t.size() && AGENT_PREPOSITIONS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            // skip the agent phrase: "a visit from Clinton to Burma"
            int end = clauseEnd(s, t.get(k).end());
            List<Mention> agents = clauses.coordinated(s, t.get(k).end(), end);
            if (agents.isEmpty()) {
                break;
            }
            int agentEnd = agents.get(agents.size() - 1).end();
            while (k < t.size() && t.get(k).start() < agentEnd) {
                k++;
            }
        }
        if (k >= t.size() || !NOUN_COMPLEMENTS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<String> exclude = holders.stream().map(h -> h.actor().id()).toList();
        Optional<Mention> pronoun = objectPronoun(clauses, t, k, exclude);
        if (pronoun.isPresent()) {
            return pronoun;
        }
        if (k + 1 < t.size() && POSSESSIVE_PRONOUNS.contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            // "a push over their defence spending": whose spending it is, is what the push is aimed at
            return possessorOf(clauses, t.get(k + 1), exclude);
        }
        int to = t.get(Math.min(t.size() - 1, k + 6)).end();
        return clauses.firstOther(t.get(k).end(), Math.min(to, clauseEnd(s, t.get(k).end())), exclude);
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");

    /**
     * "met with her", "invited him": an object pronoun right after the cue (or its preposition)
     * stands for the actor it refers to.
     */
    private static Optional<Mention> objectPronoun(ClauseActors clauses, List<Token> t, int k, List<String> exclude) {
        if (k < t.size() && (t.get(k).pos().equals("IN") || t.get(k).pos().equals("TO"))) {
            k++;
        }
        if (k >= t.size() || !OBJECT_PRONOUNS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return clauses.pronounOther(t.get(k), exclude);
    }

    /**
     * The named actor a possessive pronoun refers to, other than the holders: a description
     * ("leaders") names no one on its own, so the search goes on back to a name.
     */
    private static Optional<Mention> possessorOf(ClauseActors clauses, Token pronoun, List<String> exclude) {
        List<String> skip = new ArrayList<>(exclude);
        for (int tries = 0; tries < 4; tries++) {
            Optional<Mention> r = clauses.pronounOther(pronoun, skip);
            if (r.isEmpty() || r.get().actor().name().chars().anyMatch(Character::isUpperCase)) {
                return r;
            }
            skip.add(r.get().actor().id());
        }
        return Optional.empty();
    }

    /** "urged allies to ban Huawei": the target is the one the requested act is aimed at. */
    private Optional<Mention> requestedTarget(ClauseActors clauses, Sentence s, KindCues.Match m, List<String> exclude) {
        if (m.kind() != PositionKind.REQUEST && m.kind() != PositionKind.OFFER) {
            return Optional.empty();
        }
        List<Token> t = s.tokens();
        for (int k = m.last() + 1; k + 1 < t.size() && k < m.last() + 8; k++) {
            if (t.get(k).word().equals("to") && t.get(k + 1).pos().equals("VB")) {
                return clauses.firstOther(t.get(k + 1).end(), TargetFinder.conjunctEnd(s, k + 1), exclude);
            }
        }
        return Optional.empty();
    }

    /**
     * A place holds a position only when it acts right there (metonymy, POSITIONS.md): as the
     * subject standing just before the cue ("Britain long blocked") or as the possessor of a noun
     * cue ("Britain's decision to leave"); a place named further away is mostly a setting.
     */
    private static boolean canHold(Mention h, List<Token> t, int cue) {
        if (h.actor().type() != EntityType.Country) {
            return true;
        }
        boolean noun = t.get(cue).pos().startsWith("NN");
        int k = cue - 1;
        if (!noun && k >= 0 && t.get(k).pos().equals("JJ")) {
            k--;   // "long blocked": an adverb the tagger took for an adjective
        }
        while (k >= 0 && (noun ? t.get(k).pos().startsWith("JJ")
                : t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD")
                        || Set.of("has", "have", "had", "is", "was", "will", "would").contains(t.get(k).word())
                        || FLOATING.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (noun) {
            // "Britain's decision", not "U.S. support"
            if (k < 1 || !t.get(k).pos().equals("POS")) {
                return false;
            }
            k--;
        }
        if (k >= 0 && !noun && t.get(k).pos().equals(",")) {
            // "Britain, which has Europe's largest army, long blocked": the subject before an apposition
            for (Token tok : t) {
                if (tok.start() >= h.end()) {
                    return tok.pos().equals(",") && tok.start() < t.get(k).start();
                }
            }
        }
        return k >= 0 && t.get(k).end() == h.end();
    }

    /** "Spain and Portugal both criticized": a quantifier floated after the subject. */
    private static final Set<String> FLOATING = Set.of("both", "all", "each");

    private static boolean isPassive(List<Token> t, int i) {
        if (!t.get(i).pos().equals("VBN")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of("is", "was", "were", "are", "been", "be", "being").contains(w)) {
                return true;
            }
            if (!t.get(k).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** End of the clause holding {@code pos}: the next comma, semicolon or the sentence end. */
    private static int clauseEnd(Sentence s, int pos) {
        for (Token tok : s.tokens()) {
            if (tok.start() >= pos && (tok.word().equals(",") || tok.word().equals(";") || tok.pos().equals("."))) {
                return tok.start();
            }
        }
        return s.end();
    }

    private static Span evidence(AnnotatedText doc, Attribution a) {
        int start = a.content().start();
        int end = a.content().end();
        if (a.cue() != null) {
            start = Math.min(start, a.cue().start());
            end = Math.max(end, a.cue().end());
        }
        if (a.source() != null && Math.abs(a.source().start() - start) < 300) {
            start = Math.min(start, a.source().start());
            end = Math.max(end, a.source().end());
        }
        return new Span(start, end, doc.text().substring(start, end));
    }

    private static Span withConfidence(Span s, double c) {
        return new Span(s.start(), s.end(), s.text(), round(c));
    }

    /** A short phrase for the issue: the first words of the content, without quote marks. */
    private static String topic(String content) {
        String[] words = BLANKS.split(QUOTE_MARKS.matcher(content).replaceAll("").strip());
        int n = Math.min(words.length, 8);
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    private static double round(double c) {
        return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100.0;
    }
}
