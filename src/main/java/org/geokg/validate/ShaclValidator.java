package org.geokg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.geokg.GeoKgException;

/**
 * Checks one article's graph against {@code /ontology/shapes.ttl} before it is stored, so a bad
 * record is refused with a message an analyst can act on rather than loaded half-right.
 * The shapes are parsed once per JVM; validators are cheap and thread-safe.
 *
 * <p>{@link #standard()} runs every constraint through Jena's SHACL engine. {@link #forLoading()},
 * which the loaders use, gives the same results and messages faster: the few property shapes that
 * Jena checks expensively but that are simple lists of allowed or forbidden values (an actor's
 * exactly one actor type, never {@code gk:Country}) are checked by {@link DirectConstraint} with
 * direct lookups, and the rest by SHACL. {@code ShaclValidatorAgreementTest} holds the two to the
 * same answers.
 *
 * <pre>{@code
 * ShaclValidator.forLoading().check(new ArticleMapper().toGraph(article), article.id());
 * }</pre>
 */
public final class ShaclValidator {
    /** Where the shapes are on the classpath (packed from {@code ontology/shapes.ttl}). */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private static final class Standard {
        // Holder idiom: parse the shapes on first use, once, without locking afterwards.
        static final ShaclValidator INSTANCE = new ShaclValidator(loadGraph(SHAPES_RESOURCE));
    }

    private static final class Loading {
        static final ShaclValidator INSTANCE = splitting(loadGraph(SHAPES_RESOURCE));
    }

    private final Shapes shapes;
    private final List<DirectConstraint> direct;
    private final PrefixMapping prefixes;

    /** A validator for the given shapes graph; its prefixes are used to shorten IRIs in messages. */
    public ShaclValidator(Graph shapesGraph) {
        this(shapesGraph, List.of());
    }

    private ShaclValidator(Graph shaclShapes, List<DirectConstraint> direct) {
        this.shapes = Shapes.parse(shaclShapes);
        this.direct = direct;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(shaclShapes.getPrefixMapping()).lock();
    }

    /**
     * A validator for the given shapes graph that checks the property shapes a
     * {@link DirectConstraint} can check itself and leaves the rest to SHACL: the same results.
     */
    public static ShaclValidator splitting(Graph shapesGraph) {
        ShapesSplit.Result split = ShapesSplit.split(shapesGraph);
        return new ShaclValidator(split.shaclShapes(), split.direct());
    }

    /** The validator with geokg's own shapes, all checked by Jena's SHACL engine; parsed once. */
    public static ShaclValidator standard() {
        return Standard.INSTANCE;
    }

    /** The validator of the load path: geokg's own shapes, the same results as {@link #standard()}, faster. */
    public static ShaclValidator forLoading() {
        return Loading.INSTANCE;
    }

    /** How many property shapes this validator checks without SHACL (none for {@link #standard()}). */
    public int directlyChecked() {
        return direct.size();
    }

    /** The full SHACL report for a graph; warnings included. */
    public ValidationReport validate(Graph articleGraph) {
        ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, articleGraph);
        if (direct.isEmpty()) {
            return report;
        }
        List<ReportEntry> found = new ArrayList<>();
        for (DirectConstraint c : direct) {
            c.evaluate(articleGraph, found::add);
        }
        if (found.isEmpty()) {
            return report;
        }
        ValidationReport.Builder merged = ValidationReport.create();
        merged.addPrefixes(prefixes);
        report.getEntries().forEach(merged::addReportEntry);
        found.forEach(merged::addReportEntry);
        return merged.build();
    }

    /**
     * Validates an article's graph and throws if it has any violation. Warnings do not fail the
     * check; they stay in the report.
     *
     * @throws ValidationException listing each violation: the resource, the property and what is wrong
     */
    public void check(Graph articleGraph, String articleId) {
        ValidationReport report = validate(articleGraph);
        List<ReportEntry> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (Severity.Violation.equals(e.severity())) {
                violations.add(e);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(articleId, describe(articleId, violations), report);
        }
    }

    /** One line per violation, sorted so the message is the same from run to run. */
    private String describe(String articleId, List<ReportEntry> violations) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : violations) {
            lines.add(line(e));
        }
        lines.sort(Comparator.naturalOrder());
        StringBuilder sb = new StringBuilder();
        sb.append("Article ").append(articleId).append(" does not fit the shapes (")
                .append(violations.size()).append(violations.size() == 1 ? " problem" : " problems").append("):");
        for (String l : lines) {
            sb.append(System.lineSeparator()).append("  - ").append(l);
        }
        return sb.toString();
    }

    private String line(ReportEntry e) {
        StringBuilder sb = new StringBuilder(shorten(e.focusNode()));
        Path path = e.resultPath();
        if (path != null) {
            sb.append(' ').append(path instanceof P_Link link ? shorten(link.getNode()) : path.toString(new Prologue(prefixes)));
        }
        if (e.value() != null && !e.value().equals(e.focusNode())) {
            sb.append(" = ").append(shorten(e.value()));
        }
        sb.append(": ").append(e.message());
        return sb.toString();
    }

    /**
     * Writes an IRI as prefix:rest with the longest matching namespace, even where the rest is not
     * a legal Turtle local name ({@code gkid:article/a1/position/2}): the reader is a person.
     */
    private String shorten(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            String best = null;
            for (var e : prefixes.getNsPrefixMap().entrySet()) {
                String ns = e.getValue();
                if (iri.startsWith(ns) && iri.length() > ns.length()
                        && (best == null || ns.length() > prefixes.getNsPrefixURI(best).length())) {
                    best = e.getKey();
                }
            }
            if (best != null) {
                return best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
            }
        }
        return FmtUtils.stringForNode(n, prefixes);
    }

    private static Graph loadGraph(String resource) {
        try (InputStream in = ShaclValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new GeoKgException("The SHACL shapes " + resource + " are not on the classpath; was ontology/ packed into the jar?");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/geokg/shapes").parse(g);
            return g;
        } catch (IOException | RiotException ex) {
            throw new GeoKgException("Cannot read the SHACL shapes " + resource + ": " + ex.getMessage(), ex);
        }
    }
}
