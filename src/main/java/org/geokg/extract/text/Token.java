package org.geokg.extract.text;

/**
 * One token of an annotated text. {@code start}/{@code end} are UTF-16 offsets into the full
 * text (end exclusive) and {@code word} is exactly the text they cover; {@code pos} is a Penn
 * Treebank tag and {@code ner} one of PERSON, ORGANIZATION, LOCATION, MISC or O.
 */
public record Token(int index, int start, int end, String word, String pos, String lemma, String ner) {

    /** True when the tagger called this token part of a name (any class but O). */
    public boolean isNamed() {
        return !"O".equals(ner);
    }

    /** True for NNP and NNPS. */
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
