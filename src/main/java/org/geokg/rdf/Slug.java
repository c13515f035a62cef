package org.geokg.rdf;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a name into the lower-case ASCII path segment used in minted IRIs. */
final class Slug {
    private static final int MAX = 120;

    private Slug() {
    }

    static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['\u2019]", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}
