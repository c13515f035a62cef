package org.geokg.extract.actor;

import java.util.Optional;

/**
 * The names the actor finder recognises without the tagger: countries (by name, short form,
 * capital or demonym), international organisations and government bodies. Backed by the
 * project gazetteer ({@link GazetteerLexicon}); {@link #NONE} knows nothing and leaves the
 * tagger alone in charge.
 */
public interface ActorLexicon {

    /** The country with this name, short form or alias ("US", "Britain"); type Country. */
    Optional<KnownActor> country(String name);

    /** The country whose capital this is ("Beijing" gives China). */
    Optional<KnownActor> countryByCapital(String name);

    /** The country of a demonym ("Chinese" gives China). */
    Optional<KnownActor> countryByDemonym(String word);

    /** An international organisation by name or acronym ("NATO"). */
    Optional<KnownActor> organization(String nameOrAcronym);

    /** A government body by name ("Pentagon"), with its country. */
    Optional<KnownActor> governmentBody(String name);

    /** A well-known person (head of state or government, foreign minister) by full name, when the name is unambiguous. */
    Optional<KnownActor> person(String fullName);

    /**
     * The one country whose office every holder of this name held ("George W. Bush" gives US
     * even where the person cannot be identified); empty when unknown or several countries.
     */
    default Optional<String> officeCountry(String fullName) {
        return Optional.empty();
    }

    /** A lexicon that knows no name. */
    ActorLexicon NONE = new ActorLexicon() {
        @Override
        public Optional<KnownActor> country(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownActor> countryByCapital(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownActor> countryByDemonym(String word) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownActor> organization(String nameOrAcronym) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownActor> governmentBody(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownActor> person(String fullName) {
            return Optional.empty();
        }
    };
}
