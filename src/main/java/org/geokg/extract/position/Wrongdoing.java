package org.geokg.extract.position;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that charge someone with wrongdoing ("hacked", "meddling", "in breach of", "received
 * funding from the state security services"): a statement that says such a thing of an actor
 * accuses it (POSITIONS.md: "The CIA has reportedly told allied governments that Huawei received
 * state funding" is ACCUSE), even when the reporting verb is a plain "told" or "said".
 */
final class Wrongdoing {
    private static final Pattern DEED = Pattern.compile("\\b(hack(s|ed|ing|ers?)?|meddl(e|ed|es|ing)|"
            + "interfer(e|ed|es|ing|ence)|spied|spying|espionage|st(ole|eal|eals|ealing|olen)|theft|"
            + "brib(e|es|ed|ery)|corrupt(ion)?|fraud(ulent)?|cheat(s|ed|ing)?|lied|collu(de|ded|sion)|"
            + "invad(e|ed|es|ing)|invasions?|in breach|breach(ed|es)?|violat(e|ed|es|ing|ions?)|illegal(ly)?|"
            + "war crimes?|atrocit(y|ies)|genocide|tortur(e|ed)|disinformation|propaganda|rigg(ed|ing)|"
            + "controlled by|sow discord|cover(ed)? up|smuggl(e|ed|ing))\\b");
    private static final Pattern FUNDED = Pattern.compile("\\b(fund(s|ed|ing)?|financ(ed|ing)|paid|money|payments?)"
            + "\\b.{0,60}?\\b(security services?|intelligence (services?|agenc(y|ies))|military|army|secret police)\\b");

    private Wrongdoing() {
    }

    /** Offset in {@code text} of the first word of wrongdoing, or -1 when it charges no one with any. */
    static int find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        Matcher d = DEED.matcher(lower);
        if (d.find()) {
            at = d.start();
        }
        Matcher f = FUNDED.matcher(lower);
        if (f.find() && (at < 0 || f.start() < at)) {
            at = f.start();
        }
        return at;
    }
}
