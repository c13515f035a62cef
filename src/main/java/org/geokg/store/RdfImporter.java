package org.geokg.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.input.InputException;
import org.geokg.rdf.Iris;
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
            RDFDataMgr.read(parsed, file.toString());
        } catch (RiotException e) {
            throw new InputException(file.toString(), "", 0, 0, "not valid RDF: " + e.getMessage());
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
            if (id == null) {
                throw new InputException(file.toString(), "", 0, 0,
                        "graph <" + g + "> is not an article graph (" + Iris.GRAPH + "ID)");
            }
            validator.check(parsed.getGraph(g), id);
            graphs.put(id, parsed.getGraph(g));
        }
        return loader.replaceAll(graphs);
    }
}
