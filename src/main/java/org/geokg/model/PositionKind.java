package org.geokg.model;

/** The 13 kinds of stated position of the codebook (POSITIONS.md). */
public enum PositionKind {
    STATE, SUPPORT, OPPOSE, ACCUSE, DENY, REQUEST, OFFER, AGREE, REJECT, THREATEN, SANCTION, ALLOW, CONSULT
}
