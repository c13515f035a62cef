package org.geokg.input;

import com.fasterxml.jackson.core.JsonLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Position;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * The checks JSON binding cannot make: identifiers well formed and unique, every entity
 * reference resolving, spans inside the text and quoting it exactly. The first problem found
 * is thrown with its JSON pointer and location.
 */
final class ArticleChecker {
    static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]{0,11}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> COUNTRIES = countryCodes();

    /** Longer urls are refused: browsers and servers stop near this length too. */
    static final int MAX_URL = 8192;

    private final String file;
    private final JsonLocations locations;

    ArticleChecker(String file, JsonLocations locations) {
        this.file = file;
        this.locations = locations;
    }

    void check(Article a) {
        require(a.id() != null, "/id", "the article id is null; expected a string");
        require(a.title() != null, "/title", "the title is null; expected a string");
        require(ARTICLE_ID.matcher(a.id()).matches(), "/id",
                "bad article id \"" + a.id() + "\"; expected letters, digits, '.', '_' or '-' (at most 200)");
        require(!a.title().isBlank(), "/title", "the title is empty");
        require(LANGUAGE.matcher(a.language()).matches(), "/language",
                "bad language \"" + a.language() + "\"; expected a BCP 47 tag such as \"en\"");
        if (a.url() != null) {
            checkUrl(a.url());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < a.entities().size(); i++) {
            checkEntity(a, a.entities().get(i), "/entities/" + i, ids);
        }
        for (int i = 0; i < a.entities().size(); i++) {
            checkReferences(a, a.entities().get(i), "/entities/" + i, ids);
        }
        for (int i = 0; i < a.positions().size(); i++) {
            checkPosition(a, a.positions().get(i), "/positions/" + i, ids);
        }
    }

    private void checkUrl(String url) {
        require(url.length() <= MAX_URL, "/url", "the url is " + url.length() + " characters long; at most " + MAX_URL
                + " are accepted");
        try {
            URI u = new URI(url);
            require(u.isAbsolute() && u.getScheme().matches("https?"), "/url",
                    "bad url \"" + url + "\"; expected an absolute http or https URL");
        } catch (URISyntaxException e) {
            fail("/url", "bad url \"" + url + "\": " + e.getReason());
        }
    }

    private void checkEntity(Article a, Entity e, String at, Set<String> ids) {
        require(e.id() != null, at + "/id", "the entity id is null; expected a string");
        require(e.name() != null, at + "/name", "the entity name is null; expected a string");
        require(LOCAL_ID.matcher(e.id()).matches(), at + "/id",
                "bad entity id \"" + e.id() + "\"; expected letters, digits, '.', '_' or '-'");
        require(ids.add(e.id()), at + "/id", "duplicate entity id \"" + e.id() + "\"; each entity needs its own id");
        require(!e.name().isBlank(), at + "/name", "the entity name is empty");
        if (e.wikidata() != null) {
            require(WIKIDATA.matcher(e.wikidata()).matches(), at + "/wikidata",
                    "bad Wikidata id \"" + e.wikidata() + "\"; expected Q followed by digits, e.g. Q30");
        }
        if (e.country() != null) {
            require(COUNTRIES.contains(e.country()), at + "/country",
                    "unknown country code \"" + e.country() + "\"; expected an ISO 3166-1 alpha-2 code such as US");
        }
        for (int i = 0; i < e.aliases().size(); i++) {
            require(e.aliases().get(i) != null && !e.aliases().get(i).isBlank(), at + "/aliases/" + i, "an alias is empty");
        }
        for (int i = 0; i < e.mentions().size(); i++) {
            checkSpan(a, e.mentions().get(i), at + "/mentions/" + i);
        }
        require(e.members().isEmpty() || e.type() == EntityType.Group, at + "/members",
                "only a Group has members; this entity is a " + e.type());
    }

    private void checkReferences(Article a, Entity e, String at, Set<String> ids) {
        List<Role> roles = e.roles();
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (r.organization() != null) {
                reference(ids, r.organization(), at + "/roles/" + i + "/organization");
                require(!r.organization().equals(e.id()), at + "/roles/" + i + "/organization",
                        "an entity cannot hold a role in itself");
            }
        }
        for (int i = 0; i < e.members().size(); i++) {
            reference(ids, e.members().get(i), at + "/members/" + i);
        }
    }

    private void checkPosition(Article a, Position p, String at, Set<String> ids) {
        reference(ids, p.holder(), at + "/holder");
        if (p.speaker() != null) {
            reference(ids, p.speaker(), at + "/speaker");
        }
        if (p.target() != null) {
            reference(ids, p.target(), at + "/target");
        }
        require(p.target() != null || (p.topic() != null && !p.topic().isBlank()), at,
                "a position needs a target or a topic (what the position is about)");
        checkSpan(a, p.evidence(), at + "/evidence");
        checkSpan(a, p.cue(), at + "/cue");
        checkSpan(a, p.source(), at + "/source");
        checkSpan(a, p.content(), at + "/content");
    }

    private void checkSpan(Article a, Span s, String at) {
        if (s == null) {
            return;
        }
        if (a.text() == null) {
            require(s.text() != null && !s.text().isEmpty(), at + "/text",
                    "a span needs its text when the article has no text");
            return;
        }
        require(s.end() <= a.text().length(), at + "/end",
                "span end " + s.end() + " is past the end of the article text (" + a.text().length() + " characters)");
        String covered = a.text().substring(s.start(), s.end());
        if (s.text() != null) {
            require(covered.equals(s.text()), at + "/text", "span text \"" + abbreviate(s.text())
                    + "\" does not match the article text at " + s.start() + "-" + s.end() + ", which reads \""
                    + abbreviate(covered) + "\"");
        }
    }

    private void reference(Set<String> ids, String ref, String at) {
        require(ids.contains(ref), at, "unknown entity \"" + ref + "\"; expected the id of an entity listed in /entities");
    }

    private void require(boolean ok, String pointer, String problem) {
        if (!ok) {
            fail(pointer, problem);
        }
    }

    private void fail(String pointer, String problem) {
        JsonLocation loc = locations.find(pointer);
        throw new InputException(file, pointer, ArticleReader.line(loc), ArticleReader.column(loc), problem);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static Set<String> countryCodes() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK"); // Kosovo: user-assigned code in wide use, absent from ISO 3166-1
        return Set.copyOf(codes);
    }
}
