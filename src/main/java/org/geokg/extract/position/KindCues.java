package org.geokg.extract.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.extract.text.Token;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.PositionKind;

/**
 * The lexicon of position kinds ({@code kind-cues.tsv}): which verb, adjective or noun signals
 * which kind of position ("urged" REQUEST, "barred" SANCTION, "concerns" OPPOSE), with the
 * attitude toward the target it implies and, for offers, the modality.
 */
final class KindCues {
    private static final String RESOURCE = "kind-cues.tsv";

    /** One lexicon entry: lemmas to match in order; {@code noun} when it must match a noun. */
    record Entry(List<String> lemmas, boolean noun, boolean verbOnly, PositionKind kind, Polarity polarity,
            Modality modality) {
    }

    /** An entry matched at tokens {@code [first, last]}. */
    record Match(Entry entry, int first, int last) {
        PositionKind kind() {
            return entry.kind();
        }
    }

    /** Entries by their first lemma, so a token is checked only against entries that can match. */
    private final java.util.Map<String, List<Entry>> byFirst = new java.util.HashMap<>();

    private KindCues(List<Entry> entries) {
        for (Entry e : entries) {
            byFirst.computeIfAbsent(e.lemmas().get(0), k -> new ArrayList<>()).add(e);
        }
    }

    private static final class Holder {
        static final KindCues INSTANCE = load();
    }

    static KindCues shared() {
        return Holder.INSTANCE;
    }

    /** The longest entry matching at token {@code i} of {@code t}, or null. */
    Match at(List<Token> t, int i) {
        List<Entry> candidates = byFirst.get(lemma(t.get(i)));
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Entry e : candidates) {
            int n = e.lemmas().size();
            if (i + n > t.size()) {
                continue;
            }
            Token head = t.get(i);
            String pos = head.pos();
            boolean posOk = e.noun() ? pos.startsWith("NN")
                    : pos.startsWith("VB") || !e.verbOnly() && pos.startsWith("JJ") || n > 1;
            if (!posOk) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = lemma(t.get(i + k)).equals(e.lemmas().get(k));
            }
            if (ok && (best == null || n > best.last() - best.first() + 1)) {
                best = new Match(e, i, i + n - 1);
            }
        }
        return best;
    }

    private static String lemma(Token t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    private static KindCues load() {
        List<Entry> list = new ArrayList<>();
        try (InputStream in = KindCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + KindCues.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected cue, kind and polarity separated by tabs");
                }
                boolean noun = f[0].startsWith("N:");
                boolean verbOnly = f[0].startsWith("V:");
                String cue = noun || verbOnly ? f[0].substring(2) : f[0];
                Modality modality = f.length > 3 ? Modality.valueOf(f[3].toUpperCase(Locale.ROOT)) : null;
                PositionKind kind = PositionKind.valueOf(f[1]);
                Polarity polarity = Polarity.valueOf(f[2].toUpperCase(Locale.ROOT));
                list.add(new Entry(List.of(cue.split(" ")), noun, verbOnly, kind, polarity, modality));
                if (cue.indexOf('-') > 0) {
                    // the tokenizer splits "pooh-poohed" into "pooh", "-", "poohed"
                    list.add(new Entry(List.of(cue.replace("-", " - ").split(" ")), noun, verbOnly, kind, polarity,
                            modality));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new KindCues(list);
    }
}
