package org.geokg.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.rdf.GK;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.input.InputException;
import org.geokg.rdf.Iris;
import org.geokg.rdf.SearchKey;
import org.geokg.validate.ShaclValidator;

/**
 * Loads a TriG or N-Quads file written by {@code geokg export}: every article graph in it
 * replaces the graph of the same name, after the same SHACL check as a JSON article. The whole
 * file is parsed and checked before anything is written.
 */
public final class RdfImporter {
    private final ArticleLoader loader;
    private final ShaclValidator validator;

    public RdfImporter(ArticleLoader loader, ShaclValidator validator) {
        this.loader = loader;
        this.validator = validator;
    }

    public List<LoadResult> load(Path file) {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try {
            // strict: a bad IRI or literal is an error here, not a logged warning that lets it in
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(parsed);
        } catch (RiotException e) {
            throw new InputException(file.toString(), "", 0, 0, "not valid RDF: " + firstLine(e.getMessage()));
        }
        if (!parsed.getDefaultGraph().isEmpty()) {
            throw new InputException(file.toString(), "", 0, 0,
                    "holds triples outside any article graph; expected a TriG or N-Quads export of geokg");
        }
        java.util.Map<String, Graph> graphs = new java.util.HashMap<>();
        Iterator<Node> it = parsed.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            String id = Iris.articleIdOfGraph(g);
            if (id == null || id.isEmpty()) {
                throw new InputException(file.toString(), "", 0, 0,
                        "graph <" + g + "> is not an article graph (" + Iris.GRAPH + "ID)");
            }
            Graph graph = parsed.getGraph(g);
            // SHACL targets typed nodes, so a graph without its article would pass it vacuously
            if (!graph.contains(Iris.article(id), RDF.type.asNode(), GK.Article.asNode())) {
                throw new InputException(file.toString(), "", 0, 0,
                        "graph <" + g.getURI() + "> does not describe article " + Iris.article(id).getURI());
            }
            validator.check(graph, id);
            SearchKey.addKeys(graph);
            graphs.put(id, graph);
        }
        if (graphs.isEmpty()) {
            throw new InputException(file.toString(), "", 0, 0, "holds no article graph; expected a TriG or N-Quads export of geokg");
        }
        return loader.replaceAll(graphs);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
