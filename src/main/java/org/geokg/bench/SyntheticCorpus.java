package org.geokg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * A deterministic generator of synthetic articles for benchmarks and tests: a pool of actors
 * with Zipf-like popularity, 10-30 positions per article over all kinds, dates over five years,
 * aliases and coalitions. The same seed and count always give the same articles.
 */
public final class SyntheticCorpus {
    private static final EntityType[] ACTOR_TYPES = {
        EntityType.Person, EntityType.Person, EntityType.Person, EntityType.Company, EntityType.Government,
        EntityType.GovernmentBody, EntityType.InternationalOrganization, EntityType.PoliticalParty,
        EntityType.MediaOrganization, EntityType.Organization
    };
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "ten", "sa", "lo", "vek", "da", "ni", "por", "zu", "el", "an", "tor"};
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private final long seed;
    private final int actors;
    private final double[] cumulative;

    public SyntheticCorpus(long seed, int actors) {
        this.seed = seed;
        this.actors = actors;
        this.cumulative = zipf(actors, 1.05);
    }

    /** The i-th article (0-based); independent of the others, so generation can be parallel. */
    public Article article(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        int nPositions = 10 + rnd.nextInt(21);
        Map<Integer, Entity> entities = new LinkedHashMap<>();
        List<Position> positions = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        LocalDate published = START.plusDays(rnd.nextInt(5 * 365));
        for (int p = 0; p < nPositions; p++) {
            int holder = pick(rnd);
            int target = pick(rnd);
            if (target == holder) {
                target = (holder + 1) % actors;
            }
            Entity h = entities.computeIfAbsent(holder, k -> entity(k, rnd));
            Entity t = entities.computeIfAbsent(target, k -> entity(k, rnd));
            PositionKind kind = PositionKind.values()[rnd.nextInt(PositionKind.values().length)];
            Polarity polarity = Polarity.values()[rnd.nextInt(3)];
            int start = text.length();
            String sentence = h.name() + " " + kind.name().toLowerCase() + "s " + t.name() + ". ";
            text.append(sentence);
            Span evidence = new Span(start, start + sentence.length() - 1, sentence.substring(0, sentence.length() - 1));
            Span cue = new Span(start + h.name().length() + 1, start + h.name().length() + 1 + kind.name().length() + 1,
                    kind.name().toLowerCase() + "s");
            positions.add(new Position(h.id(), null, kind, t.id(), "topic " + (rnd.nextInt(50) + 1), polarity,
                    Modality.values()[rnd.nextInt(4)], rnd.nextInt(4) == 0, published, 0.5 + rnd.nextInt(50) / 100.0,
                    evidence, cue, null, null));
        }
        List<Entity> list = new ArrayList<>(entities.values());
        if (list.size() >= 3 && rnd.nextInt(3) == 0) {
            List<String> members = List.of(list.get(0).id(), list.get(1).id(), list.get(2).id());
            list.add(new Entity("coalition", "Coalition of " + list.get(0).name() + " and others", EntityType.Group,
                    List.of(), null, null, List.of(), members, List.of()));
        }
        return new Article("synthetic-" + seed + "-" + i, "https://news.example.org/" + seed + "/" + i,
                "Synthetic report " + i, "Synthetic Wire", published, "en", text.toString(), null, list, positions);
    }

    /** The type of actor {@code k}, the same in every article that names it. */
    public static EntityType actorType(int k) {
        return ACTOR_TYPES[Math.floorMod(k * 7919, ACTOR_TYPES.length)];
    }

    /** The index of the actor an entity id of a generated article stands for ("a17" is 17), or -1 for a coalition. */
    public static int actorIndex(String entityId) {
        return entityId.startsWith("a") ? Integer.parseInt(entityId.substring(1)) : -1;
    }

    private Entity entity(int k, SplittableRandom rnd) {
        EntityType type = actorType(k);
        String name = name(k);
        List<String> aliases = k % 3 == 0 ? List.of(name.toUpperCase(), "the " + name) : List.of();
        List<Role> roles = type == EntityType.Person && k % 2 == 0
                ? List.of(new Role("Minister of " + name(k + 1), null, START.plusDays(k % 700), null))
                : List.of();
        String wikidata = k % 5 == 0 ? "Q" + (900_000_000L + k) : null;
        return new Entity("a" + k, name, type, aliases, wikidata, null, roles, List.of(), List.of());
    }

    /** The canonical name of actor {@code k}; actor 0 is the most often named, then 1, and so on. */
    public static String actorName(int k) {
        return name(k);
    }

    private static String name(int k) {
        StringBuilder sb = new StringBuilder();
        int x = k + 1;
        while (x > 0) {
            sb.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb + " " + Integer.toString(k, 36).toUpperCase();
    }

    private int pick(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }
}
