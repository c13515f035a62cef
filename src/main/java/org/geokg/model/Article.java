package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One news article with the actors it names and the positions it reports: the unit that
 * is validated, loaded (into its own named graph) and replaced as a whole.
 *
 * <pre>{@code
 * Article a = ArticleReader.read(Path.of("examples/huawei-no-spy.json"));
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Article(
        @JsonProperty(required = true) String id,
        String url,
        @JsonProperty(required = true) String title,
        String publisher,
        LocalDate published,
        String language,
        String text,
        Provenance provenance,
        List<Entity> entities,
        List<Position> positions) {

    public Article {
        Require.present(id, "id");
        Require.present(title, "title");

        entities = entities == null ? List.of() : List.copyOf(entities);
        positions = positions == null ? List.of() : List.copyOf(positions);
        if (language == null || language.isBlank()) {
            language = "en";
        }
        if (provenance == null) {
            provenance = Provenance.CURATED;
        }
    }

    /** The entity with this local id, or null. */
    public Entity entity(String localId) {
        for (Entity e : entities) {
            if (e.id().equals(localId)) {
                return e;
            }
        }
        return null;
    }
}
