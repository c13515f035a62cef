package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.PositionKind;

/**
 * The holder of an attitude noun named as where the attitude is found: "support for the treaty
 * has been strong in Congress", "opposition to the plan among Labour members". Only a body that
 * can hold a view (a legislature, party, organisation) is taken; a place there ("support for
 * NATO in Ohio") is a setting, not a holder.
 */
final class NounSetting {
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "among", "within", "across");
    private static final Set<EntityType> BODIES = Set.of(EntityType.GovernmentBody, EntityType.PoliticalParty,
            EntityType.Organization, EntityType.InternationalOrganization, EntityType.Group);
    private static final int WINDOW = 14;

    private NounSetting() {
    }

    /** The body the attitude noun at {@code m} is found in, in the same clause; empty when none. */
    static List<Mention> holders(ClauseActors clauses, Sentence s, KindCues.Match m) {
        if (m.kind() != PositionKind.SUPPORT && m.kind() != PositionKind.OPPOSE) {
            return List.of();
        }
        List<Token> t = s.tokens();
        for (int k = m.last() + 1; k + 1 < t.size() && k <= m.last() + WINDOW; k++) {
            Token tok = t.get(k);
            if (tok.word().equals(",") || tok.word().equals(";") || tok.pos().equals(".")) {
                return List.of();
            }
            if (!SETTING_PREPOSITIONS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int to = t.get(Math.min(t.size() - 1, k + 3)).end();
            List<Mention> at = clauses.mentions(tok.end(), to);
            if (!at.isEmpty() && BODIES.contains(at.get(0).actor().type())) {
                return clauses.expand(at.get(0));
            }
        }
        return List.of();
    }
}
