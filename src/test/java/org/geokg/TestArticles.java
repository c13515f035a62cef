package org.geokg;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;

/** Small articles written for the tests, and access to the test resources. */
public final class TestArticles {
    private TestArticles() {
    }

    public static Path resource(String path) {
        try {
            return Path.of(TestArticles.class.getResource("/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + path, e);
        }
    }

    public static Article read(String path) {
        return ArticleReader.read(resource(path));
    }

    /** An article in which the US government is called "Washington" and acts against a firm. */
    public static Article washingtonBansFirm(String id, String firmName, String usName) {
        Entity us = new Entity("us", usName, EntityType.Government, List.of(usName), null, null, List.of(), List.of(), List.of());
        Entity firm = new Entity("firm", firmName, EntityType.Company, List.of(), null, "CN", List.of(), List.of(), List.of());
        Position p = new Position("us", null, PositionKind.SANCTION, "firm", "export controls", Polarity.NEGATIVE,
                Modality.ASSERTED, false, null, null, null, null, null, null);
        return new Article(id, null, usName + " restricts " + firmName, "Test Wire", LocalDate.of(2024, 5, 1), "en",
                null, null, List.of(us, firm), List.of(p));
    }
}
