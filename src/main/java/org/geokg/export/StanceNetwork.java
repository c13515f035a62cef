package org.geokg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryRegistry;
import org.geokg.query.QueryRunner;

/**
 * Who took which stance toward one target or topic: the holders, each on the side it took, and
 * one edge per position. Read with the canned query {@code stance-network}, the same one the web
 * view draws, so the exported picture and the page agree.
 *
 * <pre>{@code
 * StanceNetwork net = StanceNetwork.read(new QueryRunner(store), "Huawei");
 * }</pre>
 *
 * @param target  the target's display name, or the topic as asked when the positions have no single target
 * @param holders the holders in name order
 * @param edges   one per position, in holder-name and date order
 */
public record StanceNetwork(String target, List<Holder> holders, List<Edge> edges) {

    /** The side a holder took toward the target over all its positions. */
    public enum Side {
        AGAINST("Against %s"), FOR("For %s"), MIXED("Both for and against %s"), NEUTRAL("No side on %s");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        /** How a report heads this side toward {@code target}, e.g. "Against Huawei". */
        public String label(String target) {
            return label.formatted(target);
        }

        static Side of(Set<String> polarities) {
            boolean negative = polarities.contains("negative");
            boolean positive = polarities.contains("positive");
            return negative && positive ? MIXED : negative ? AGAINST : positive ? FOR : NEUTRAL;
        }
    }

    /** One actor that holds positions toward the target; {@code id} is its IRI. */
    public record Holder(String id, String name, String type, Side side) {}

    /** One position: {@code holder} is the holder's IRI; date and article title may be empty. */
    public record Edge(String id, String holder, String kind, String polarity, String modality, String date,
                       String article, String evidence) {}

    public StanceNetwork {
        holders = List.copyOf(holders);
        edges = List.copyOf(edges);
    }

    /**
     * Every row of the canned query, page after page: the query answers one page of positions
     * (a row each), so a page shorter than the limit is the last.
     */
    private static List<QuerySolution> allPages(QueryRunner runner, String target) {
        CannedQuery q = QueryRegistry.standard().get("stance-network");
        String limit = Long.toString(CannedQuery.MAX_LIMIT);
        List<QuerySolution> rows = new ArrayList<>();
        for (long offset = 0; ; offset += CannedQuery.MAX_LIMIT) {
            List<QuerySolution> page = runner.select(q.bind(Map.of("target", target, "limit", limit,
                    "offset", Long.toString(offset))));
            rows.addAll(page);
            if (page.size() < CannedQuery.MAX_LIMIT) {
                return rows;
            }
        }
    }

    /** Reads the network toward {@code target} (a name or alias of an actor, or a topic). */
    public static StanceNetwork read(QueryRunner runner, String target) {
        List<QuerySolution> rows = allPages(runner, target);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Set<String>> polarities = new LinkedHashMap<>();
        Set<String> targetNames = new TreeSet<>();
        List<Edge> edges = new ArrayList<>();
        for (QuerySolution r : rows) {
            String holder = text(r, "holder");
            names.put(holder, text(r, "holder_name"));
            types.put(holder, text(r, "holder_type"));
            polarities.computeIfAbsent(holder, h -> new TreeSet<>()).add(text(r, "polarity"));
            targetNames.add(text(r, "target_name"));
            edges.add(new Edge(text(r, "position"), holder, text(r, "kind"), text(r, "polarity"), text(r, "modality"),
                    text(r, "date"), text(r, "article_title"), text(r, "evidence")));
        }
        List<Holder> holders = new ArrayList<>();
        names.forEach((id, name) -> holders.add(new Holder(id, name, types.get(id), Side.of(polarities.get(id)))));
        holders.sort((a, b) -> a.name().compareTo(b.name()));
        // Positions found by topic may point at several targets (or none); then the topic names the centre.
        String centre = targetNames.size() == 1 && !targetNames.contains("") ? targetNames.iterator().next() : target;
        return new StanceNetwork(centre, holders, edges);
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null)
            return "";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
