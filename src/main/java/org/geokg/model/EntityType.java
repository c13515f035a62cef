package org.geokg.model;

/** The kinds of actor (and the Country they belong to) that an article can name. */
public enum EntityType {
    Person, Company, Government, GovernmentBody, InternationalOrganization, PoliticalParty,
    MediaOrganization, Organization, Group, Country;

    /** True for every type that can hold a position as an organisation. */
    public boolean isOrganization() {
        return this != Person && this != Group && this != Country;
    }
}
