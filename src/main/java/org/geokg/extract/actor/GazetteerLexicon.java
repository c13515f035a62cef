package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geokg.gazetteer.Country;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.gazetteer.InternationalOrg;
import org.geokg.model.EntityType;

/**
 * The actor lexicon backed by the project gazetteer: countries with their short forms,
 * capitals and demonyms, international organisations and national government bodies, with
 * canonical names and Wikidata ids.
 */
public final class GazetteerLexicon implements ActorLexicon {
    private static final GazetteerLexicon STANDARD = new GazetteerLexicon(Gazetteer.standard());

    private final Gazetteer gazetteer;

    public GazetteerLexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The lexicon of {@link Gazetteer#standard()}. */
    public static GazetteerLexicon standard() {
        return STANDARD;
    }

    @Override
    public Optional<KnownActor> country(String name) {
        return gazetteer.country(name).map(GazetteerLexicon::known);
    }

    @Override
    public Optional<KnownActor> countryByCapital(String name) {
        return gazetteer.countryByCapital(name).map(GazetteerLexicon::known);
    }

    @Override
    public Optional<KnownActor> countryByDemonym(String word) {
        return gazetteer.countryByDemonym(word).map(GazetteerLexicon::known);
    }

    @Override
    public Optional<KnownActor> organization(String nameOrAcronym) {
        return gazetteer.organization(nameOrAcronym).map(GazetteerLexicon::known);
    }

    @Override
    public Optional<KnownActor> governmentBody(String name) {
        return gazetteer.governmentBody(name).map(b -> new KnownActor(b.name(), EntityType.GovernmentBody,
                b.countryIso2(), blankToNull(b.wikidata()), b.aliases()));
    }

    @Override
    public Optional<KnownActor> person(String fullName) {
        java.util.Set<String> qids = new java.util.HashSet<>();
        java.util.Set<String> countries = new java.util.HashSet<>();
        String name = null;
        for (var h : gazetteer.officeHolders(fullName)) {
            if (h.wikidata() != null && !h.wikidata().isBlank()) {
                qids.add(h.wikidata());
                name = h.name();
            }
            if (h.countryIso2() != null) {
                countries.add(h.countryIso2());
            }
        }
        // two office holders of one name ("Obama" in two countries) identify nobody
        if (qids.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new KnownActor(name, EntityType.Person, countries.size() == 1 ? countries.iterator().next() : null,
                qids.iterator().next(), List.of()));
    }

    @Override
    public Optional<String> officeCountry(String fullName) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        String name = fullName.strip();
        // a bare surname ("the Obama administration") counts every holder with that surname
        for (var h : name.contains(" ") ? gazetteer.officeHolders(name) : gazetteer.officeHoldersBySurname(name)) {
            countries.add(h.countryIso2());
        }
        return countries.size() == 1 ? Optional.ofNullable(countries.iterator().next()) : Optional.empty();
    }

    private static KnownActor known(Country c) {
        List<String> aliases = new ArrayList<>(c.aliases());
        return new KnownActor(c.name(), EntityType.Country, c.iso2(), blankToNull(c.wikidata()), aliases);
    }

    private static KnownActor known(InternationalOrg o) {
        List<String> aliases = new ArrayList<>(o.otherNames());
        if (o.acronym() != null && !o.acronym().isBlank()) {
            aliases.add(o.acronym());
        }
        return new KnownActor(o.name(), EntityType.InternationalOrganization, null, blankToNull(o.wikidata()), aliases);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
