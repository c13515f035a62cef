package org.geokg.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexicon of reporting cues ({@code reporting-cues.txt}): verb lemmas such as "say",
 * "argue", "warn" that introduce what someone said or holds. A <em>weak</em> cue has other,
 * non-reporting senses ("call", "find", "show") and counts only before an explicit complement.
 */
final class ReportingCues {
    private static final String RESOURCE = "reporting-cues.txt";

    /** How strongly a lemma signals reported speech. */
    enum Strength { STRONG, WEAK }

    private final Map<String, Strength> lemmas;

    private ReportingCues(Map<String, Strength> lemmas) {
        this.lemmas = Map.copyOf(lemmas);
    }

    private static final class Holder {
        static final ReportingCues INSTANCE = load();
    }

    static ReportingCues shared() {
        return Holder.INSTANCE;
    }

    /** The cue strength of a verb lemma, or null when it is not a reporting cue. */
    Strength strength(String lemma) {
        return lemma == null ? null : lemmas.get(lemma.toLowerCase(Locale.ROOT));
    }

    private static ReportingCues load() {
        Map<String, Strength> m = new HashMap<>();
        try (InputStream in = ReportingCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ReportingCues.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                List<String> parts = List.of(l.split("\\s+"));
                boolean weak = parts.get(parts.size() - 1).equals("weak");
                if (parts.size() == 1 || (parts.size() == 2 && weak)) {
                    // a single strong entry wins over a weak duplicate
                    m.merge(parts.get(0), weak ? Strength.WEAK : Strength.STRONG,
                            (a, b) -> a == Strength.STRONG || b == Strength.STRONG ? Strength.STRONG : Strength.WEAK);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ReportingCues(m);
    }
}
