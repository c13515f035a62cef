package org.geokg.eval;

import java.util.Map;

/**
 * Maps predicted mention types onto the gold's person/organization/place, as score.py does:
 * spaces, underscores and hyphens dropped, case folded, then {@code Company}, {@code Government}
 * and the other organisation types to organization, {@code Country}, {@code GPE}, {@code LOC} to
 * place, {@code PER} to person. Unmapped types stay as they are (and are then not scored).
 */
final class MentionTypes {
    private static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("person", "person"), Map.entry("per", "person"), Map.entry("people", "person"),
            Map.entry("organization", "organization"), Map.entry("organisation", "organization"),
            Map.entry("org", "organization"), Map.entry("company", "organization"),
            Map.entry("government", "organization"), Map.entry("governmentbody", "organization"),
            Map.entry("internationalorganization", "organization"), Map.entry("politicalparty", "organization"),
            Map.entry("mediaorganization", "organization"),
            Map.entry("place", "place"), Map.entry("location", "place"), Map.entry("loc", "place"),
            Map.entry("gpe", "place"), Map.entry("country", "place"), Map.entry("city", "place"),
            Map.entry("region", "place"), Map.entry("geographicentity", "place"));

    private MentionTypes() {
    }

    static String map(String type, boolean useMap) {
        StringBuilder key = new StringBuilder(type.length());
        type.codePoints().filter(cp -> !PythonText.isSpace(cp) && cp != '_' && cp != '-')
                .forEach(key::appendCodePoint);
        String k = PythonText.casefold(key.toString());
        return useMap ? MAP.getOrDefault(k, k) : k;
    }
}
