package org.geokg.extract.actor;

/**
 * A stretch of tokens that names something: from the tagger ({@code ner} its class), from the
 * lexicon ({@code known} set, {@code source} saying which list), or both. Token indexes are
 * document-wide and inclusive.
 */
record Candidate(int first, int last, int start, int end, String text, String ner, KnownActor known, Source source) {

    /** Where a candidate's identity comes from. */
    enum Source {
        TAGGER, COUNTRY, CAPITAL, ORGANIZATION, GOVERNMENT_BODY,
        /** A people named by a plural proper noun, from the tagger. */
        PEOPLE
    }

    boolean isCountryLike() {
        return source == Source.COUNTRY || source == Source.CAPITAL;
    }
}
