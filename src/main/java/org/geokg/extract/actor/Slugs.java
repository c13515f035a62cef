package org.geokg.extract.actor;

import java.text.Normalizer;
import java.util.Locale;

/** Local entity ids: the lower-cased ASCII-folded name with non-alphanumerics turned into '-'. */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "actor" : s;
    }
}
