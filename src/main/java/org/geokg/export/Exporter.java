package org.geokg.export;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.TreeSet;
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
import org.geokg.GeoKgException;
import org.geokg.rdf.Prefixes;
import org.geokg.store.ArticleStore;

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

    private final ArticleStore store;

    public Exporter(ArticleStore store) {
        this.store = store;
    }

    /**
     * Writes in the given format; {@code articleId} limits the export to that article's graph
     * (null for everything).
     */
    public void write(ExportFormat format, String articleId, OutputStream out) {
        if (articleId != null && !store.containsArticle(articleId)) {
            throw new GeoKgException("no article with id \"" + articleId + "\" in " + store.description());
        }
        switch (format) {
            case TTL -> writeTurtle(articleId, out);
            case TRIG -> writeQuads(articleId, out, RDFFormat.TRIG_BLOCKS);
            case NQ -> writeQuads(articleId, out, RDFFormat.NQUADS);
            case JSONLD -> RDFDataMgr.write(out, copy(articleId), RDFFormat.JSONLD11_PRETTY);
        }
    }

    /** The triples of all article graphs (or one), merged as the union graph merges them. */
    private void writeTurtle(String articleId, OutputStream out) {
        TreeSet<Triple> sorted = new TreeSet<>(TRIPLE_ORDER);
        store.quads(articleId, q -> sorted.add(q.asTriple()));
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        Prefixes.standard().forEach(w::prefix);
        sorted.forEach(w::triple);
        w.finish();
    }

    private void writeQuads(String articleId, OutputStream out, RDFFormat format) {
        TreeSet<Quad> sorted = new TreeSet<>(QUAD_ORDER);
        store.quads(articleId, sorted::add);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        if (format != RDFFormat.NQUADS) {
            Prefixes.standard().forEach(w::prefix);
        }
        sorted.forEach(w::quad);
        w.finish();
    }

    private DatasetGraph copy(String articleId) {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        Prefixes.standard().forEach((p, ns) -> mem.prefixes().add(p, ns));
        store.quads(articleId, mem::add);
        return mem;
    }
}
