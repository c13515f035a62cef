package org.geokg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes geokg writes in every output and declares in every canned query. */
public final class Prefixes {
    private static final Map<String, String> STANDARD = build();

    private Prefixes() {
    }

    /** Prefix to namespace, in a fixed order. */
    public static Map<String, String> standard() {
        return STANDARD;
    }

    public static PrefixMap prefixMap() {
        return PrefixMapFactory.create(STANDARD);
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("gk", GK.NS);
        m.put("gkk", Iris.BASE + "kind/");
        m.put("gkid", Iris.ID);
        m.put("gkg", Iris.GRAPH);
        m.put("schema", "https://schema.org/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("prov", PROV.NS);
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("wd", Iris.WIKIDATA);
        return java.util.Collections.unmodifiableMap(m);
    }
}
