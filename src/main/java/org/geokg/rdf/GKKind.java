package org.geokg.rdf;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.geokg.model.PositionKind;

/**
 * The 13 kinds of stated position as SKOS concepts ({@code gkk:}, {@code https://w3id.org/geokg/kind/})
 * in the scheme {@code gkk:scheme}, declared in {@code ontology/geokg.ttl}. The local name of each
 * concept is the {@link PositionKind} name, so {@code gkk:OFFER} is {@code of(PositionKind.OFFER)}.
 */
public final class GKKind {
    public static final String NS = "https://w3id.org/geokg/kind/";

    public static final Resource scheme = resource("scheme");

    public static final Resource STATE = resource("STATE");
    public static final Resource SUPPORT = resource("SUPPORT");
    public static final Resource OPPOSE = resource("OPPOSE");
    public static final Resource ACCUSE = resource("ACCUSE");
    public static final Resource DENY = resource("DENY");
    public static final Resource REQUEST = resource("REQUEST");
    public static final Resource OFFER = resource("OFFER");
    public static final Resource AGREE = resource("AGREE");
    public static final Resource REJECT = resource("REJECT");
    public static final Resource THREATEN = resource("THREATEN");
    public static final Resource SANCTION = resource("SANCTION");
    public static final Resource ALLOW = resource("ALLOW");
    public static final Resource CONSULT = resource("CONSULT");

    private static final Map<PositionKind, Resource> BY_KIND = byKind();

    private GKKind() {
    }

    public static String getURI() {
        return NS;
    }

    /** The concept of a position kind. */
    public static Resource of(PositionKind k) {
        return BY_KIND.get(k);
    }

    /** The position kind a concept stands for, or null when the resource is not one of the 13. */
    public static PositionKind kindOf(Resource concept) {
        for (Map.Entry<PositionKind, Resource> e : BY_KIND.entrySet()) {
            if (e.getValue().equals(concept)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Map<PositionKind, Resource> byKind() {
        // Written out rather than derived from names so that renaming an enum constant
        // breaks the build here instead of minting an undeclared concept.
        Map<PositionKind, Resource> m = new EnumMap<>(PositionKind.class);
        m.put(PositionKind.STATE, STATE);
        m.put(PositionKind.SUPPORT, SUPPORT);
        m.put(PositionKind.OPPOSE, OPPOSE);
        m.put(PositionKind.ACCUSE, ACCUSE);
        m.put(PositionKind.DENY, DENY);
        m.put(PositionKind.REQUEST, REQUEST);
        m.put(PositionKind.OFFER, OFFER);
        m.put(PositionKind.AGREE, AGREE);
        m.put(PositionKind.REJECT, REJECT);
        m.put(PositionKind.THREATEN, THREATEN);
        m.put(PositionKind.SANCTION, SANCTION);
        m.put(PositionKind.ALLOW, ALLOW);
        m.put(PositionKind.CONSULT, CONSULT);
        return m;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }
}
