package org.geokg.store;

import org.apache.jena.graph.Graph;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.geokg.validate.ShaclValidator;

/**
 * Loads articles into an {@link ArticleStore}: maps each to RDF, validates it with the SHACL shapes,
 * then replaces its named graph (in a local store, in one write transaction). An article that fails validation
 * leaves the store untouched; loading the same article twice leaves it unchanged.
 */
public final class ArticleLoader {
    private final ArticleStore store;
    private final ArticleMapper mapper;
    private final ShaclValidator validator;

    public ArticleLoader(ArticleStore store) {
        this(store, new ArticleMapper(), ShaclValidator.forLoading());
    }

    public ArticleLoader(ArticleStore store, ArticleMapper mapper, ShaclValidator validator) {
        this.store = store;
        this.mapper = mapper;
        this.validator = validator;
    }

    public LoadResult load(Article article) {
        Graph graph = mapper.toGraph(article);
        validator.check(graph, article.id());
        return replace(article.id(), graph);
    }

    /** Replaces an article's named graph with a graph already validated. */
    LoadResult replace(String articleId, Graph graph) {
        return replaceAll(java.util.Map.of(articleId, graph)).get(0);
    }

    /** Replaces several article graphs, already validated; in a local store in one transaction. */
    java.util.List<LoadResult> replaceAll(java.util.Map<String, Graph> graphs) {
        return store.replaceAll(graphs);
    }
}
