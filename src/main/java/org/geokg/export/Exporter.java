package org.geokg.export;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.geokg.GeoKgException;
import org.geokg.rdf.Iris;
import org.geokg.rdf.Prefixes;
import org.geokg.store.GeoStore;

/**
 * Writes the store (or one article's graph) as RDF. Triples and quads are sorted before they
 * are written, so two exports of the same data are byte-identical and diffs stay small.
 */
public final class Exporter {
    private static final Comparator<Node> NODE_ORDER = NodeCmp::compareRDFTerms;
    private static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing(Triple::getSubject, NODE_ORDER)
            .thenComparing(Triple::getPredicate, NODE_ORDER)
            .thenComparing(Triple::getObject, NODE_ORDER);
    private static final Comparator<Quad> QUAD_ORDER = Comparator
            .comparing(Quad::getGraph, NODE_ORDER)
            .thenComparing(Quad::getSubject, NODE_ORDER)
            .thenComparing(Quad::getPredicate, NODE_ORDER)
            .thenComparing(Quad::getObject, NODE_ORDER);

    private final GeoStore store;

    public Exporter(GeoStore store) {
        this.store = store;
    }

    /**
     * Writes in the given format; {@code articleId} limits the export to that article's graph
     * (null for everything).
     */
    public void write(ExportFormat format, String articleId, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            if (articleId != null && !dsg.containsGraph(Iris.articleGraph(articleId))) {
                throw new GeoKgException("no article with id \"" + articleId + "\" in " + store.description());
            }
            switch (format) {
                case TTL -> writeTurtle(dsg, articleId, out);
                case TRIG -> writeQuads(dsg, articleId, out, RDFFormat.TRIG_BLOCKS);
                case NQ -> writeQuads(dsg, articleId, out, RDFFormat.NQUADS);
                case JSONLD -> RDFDataMgr.write(out, copy(dsg, articleId), RDFFormat.JSONLD11_PRETTY);
            }
        });
    }

    private static void writeTurtle(DatasetGraph dsg, String articleId, OutputStream out) {
        Graph g = articleId == null ? dsg.getUnionGraph() : dsg.getGraph(Iris.articleGraph(articleId));
        TreeSet<Triple> sorted = new TreeSet<>(TRIPLE_ORDER);
        g.find().forEachRemaining(sorted::add);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        Prefixes.standard().forEach(w::prefix);
        sorted.forEach(w::triple);
        w.finish();
    }

    private static void writeQuads(DatasetGraph dsg, String articleId, OutputStream out, RDFFormat format) {
        TreeSet<Quad> sorted = new TreeSet<>(QUAD_ORDER);
        Node graph = articleId == null ? Node.ANY : Iris.articleGraph(articleId);
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                sorted.add(q);
            }
        });
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        if (format != RDFFormat.NQUADS) {
            Prefixes.standard().forEach(w::prefix);
        }
        sorted.forEach(w::quad);
        w.finish();
    }

    private static DatasetGraph copy(DatasetGraph dsg, String articleId) {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        Prefixes.standard().forEach((p, ns) -> mem.prefixes().add(p, ns));
        Node graph = articleId == null ? Node.ANY : Iris.articleGraph(articleId);
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                mem.add(q);
            }
        });
        return mem;
    }
}
