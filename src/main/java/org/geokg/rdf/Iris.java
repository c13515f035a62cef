package org.geokg.rdf;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.model.Provenance;
import org.geokg.model.Span;

/**
 * The one place where geokg mints IRIs. Identity rules are in docs/ARCHITECTURE.md; the
 * decision of which identity an entity has is made by {@link ActorIdentity}, this class only
 * spells it.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/geokg/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Iris() {
    }

    public static Node article(String articleId) {
        return iri(ID + "article/" + articleId);
    }

    /** The named graph that holds everything one article says. */
    public static Node articleGraph(String articleId) {
        return iri(GRAPH + articleId);
    }

    /** The article id of a graph minted by {@link #articleGraph}, or null for any other graph. */
    public static String articleIdOfGraph(Node graph) {
        if (graph == null || !graph.isURI() || !graph.getURI().startsWith(GRAPH)) {
            return null;
        }
        return graph.getURI().substring(GRAPH.length());
    }

    public static Node country(String iso2) {
        return iri(ID + "country/" + iso2.toUpperCase(Locale.ROOT));
    }

    public static Node government(String iso2) {
        return iri(ID + "government/" + iso2.toUpperCase(Locale.ROOT));
    }

    public static Node entityByWikidata(String qid) {
        return iri(ID + "entity/" + qid);
    }

    /**
     * An actor known only by name. The kind of actor is part of the IRI, so that a person and a
     * firm that share a name ("Ford") stay apart.
     */
    public static Node entityByName(String kind, String name) {
        return iri(ID + kind + "/" + Slug.of(name));
    }

    public static Node wikidata(String qid) {
        return iri(WIKIDATA + qid);
    }

    public static Node position(String articleId, int ordinal) {
        return iri(ID + "article/" + articleId + "/position/" + ordinal);
    }

    public static Node span(String articleId, Span span) {
        return iri(ID + "article/" + articleId + "/span/" + span.start() + "-" + span.end());
    }

    public static Node mention(String articleId, Span span) {
        return iri(ID + "article/" + articleId + "/mention/" + span.start() + "-" + span.end());
    }

    public static Node membership(String articleId, int ordinal) {
        return iri(ID + "article/" + articleId + "/membership/" + ordinal);
    }

    public static Node role(String title) {
        return iri(ID + "role/" + Slug.of(title));
    }

    public static Node producer(Provenance p) {
        if (p.isCurated()) {
            return iri(ID + "agent/curated");
        }
        String version = p.version() == null ? "unversioned" : Slug.of(p.version());
        return iri(ID + "agent/" + Slug.of(p.producer()) + "/" + version);
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
