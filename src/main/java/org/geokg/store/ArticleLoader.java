package org.geokg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.Iris;
import org.geokg.validate.ShaclValidator;

/**
 * Loads articles into a {@link GeoStore}: maps each to RDF, validates it with the SHACL shapes,
 * then replaces its named graph in one write transaction. An article that fails validation
 * leaves the store untouched; loading the same article twice leaves it unchanged.
 */
public final class ArticleLoader {
    private final GeoStore store;
    private final ArticleMapper mapper;
    private final ShaclValidator validator;

    public ArticleLoader(GeoStore store) {
        this(store, new ArticleMapper(), ShaclValidator.standard());
    }

    public ArticleLoader(GeoStore store, ArticleMapper mapper, ShaclValidator validator) {
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

    /** Replaces several article graphs, already validated, in one transaction: all or nothing. */
    java.util.List<LoadResult> replaceAll(java.util.Map<String, Graph> graphs) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            java.util.List<LoadResult> results = new java.util.ArrayList<>();
            for (var e : new java.util.TreeMap<>(graphs).entrySet()) {
                Node name = Iris.articleGraph(e.getKey());
                boolean existed = dsg.containsGraph(name);
                if (existed) {
                    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                }
                e.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                results.add(new LoadResult(e.getKey(), e.getValue().size(), existed));
            }
            return results;
        });
    }
}
