package org.geokg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.geokg.gazetteer.Country;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;

/**
 * Decides which resource an article's entity is, so that the same actor named in different
 * articles ("US", "Washington", "the United States") gets one IRI. Countries and governments
 * are keyed by ISO code, found from the entity's country, its Wikidata id or any of its names in
 * the gazetteer; other actors by Wikidata id, else by canonical name.
 */
public final class ActorIdentity {
    private final Gazetteer gazetteer;

    public ActorIdentity(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The resolved identity of one entity. */
    public record Resolved(Node iri, String canonicalName, String countryIso2, String wikidata) {
    }

    public Resolved resolve(Entity e) {
        if (e.type() == EntityType.Government || e.type() == EntityType.Country) {
            Optional<Country> c = countryOf(e);
            if (c.isPresent()) {
                Country country = c.get();
                Node iri = e.type() == EntityType.Government ? Iris.government(country.iso2()) : Iris.country(country.iso2());
                return new Resolved(iri, country.name(), country.iso2(), country.wikidata());
            }
        }
        if (e.wikidata() != null) {
            return new Resolved(Iris.entityByWikidata(e.wikidata()), e.name(), e.country(), e.wikidata());
        }
        Optional<String> known = knownOrganizationQid(e);
        if (known.isPresent()) {
            return new Resolved(Iris.entityByWikidata(known.get()), e.name(), e.country(), known.get());
        }
        return new Resolved(Iris.entityByName(kind(e.type()), e.name()), e.name(), e.country(), null);
    }

    /** The path segment of a name-keyed IRI: person, org, group or place. */
    private static String kind(EntityType t) {
        return switch (t) {
            case Person -> "person";
            case Group -> "group";
            case Country -> "place";
            default -> "org";
        };
    }

    /** The country a Country or Government entity stands for, if the gazetteer knows it. */
    public Optional<Country> countryOf(Entity e) {
        if (e.country() != null) {
            Optional<Country> c = gazetteer.countryByCode(e.country());
            if (c.isPresent()) {
                return c;
            }
        }
        if (e.wikidata() != null) {
            Optional<Country> c = gazetteer.countryByWikidata(e.wikidata());
            if (c.isPresent()) {
                return c;
            }
        }
        for (String name : names(e)) {
            Optional<Country> c = gazetteer.country(name).or(() -> gazetteer.countryByCapital(name));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<String> knownOrganizationQid(Entity e) {
        if (e.type() == EntityType.InternationalOrganization) {
            for (String name : names(e)) {
                var org = gazetteer.organization(name);
                if (org.isPresent() && org.get().wikidata() != null && !org.get().wikidata().isEmpty()) {
                    return Optional.of(org.get().wikidata());
                }
            }
        }
        if (e.type() == EntityType.GovernmentBody) {
            for (String name : names(e)) {
                var body = gazetteer.governmentBody(name);
                if (body.isPresent() && body.get().wikidata() != null && !body.get().wikidata().isEmpty()) {
                    return Optional.of(body.get().wikidata());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }
}
