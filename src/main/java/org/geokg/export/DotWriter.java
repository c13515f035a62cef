package org.geokg.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link StanceNetwork} as a Graphviz DOT digraph: the target in the middle, holders in
 * one cluster per side (against, for, both, none), shaped by actor type, one edge per position
 * coloured by polarity, labelled by kind, and dashed when not asserted. Every name is written as a
 * quoted DOT string with quotes and backslashes escaped, so no name can break the file.
 */
public final class DotWriter {
    static final Map<String, String> SHAPES = Map.of(
            "Person", "ellipse", "Government", "box", "GovernmentBody", "diamond", "Company", "component",
            "InternationalOrganization", "octagon", "Organization", "hexagon", "PoliticalParty", "pentagon",
            "MediaOrganization", "note", "Group", "folder", "Country", "triangle");
    static final Map<String, String> COLOURS = Map.of("negative", "#c0392b", "positive", "#1e8449", "neutral", "#7f8c8d");
    private static final String TARGET_ID = "target";

    private DotWriter() {}

    public static void write(StanceNetwork network, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("digraph " + quote("stances toward " + network.target()) + " {");
        out.println("  graph [rankdir=LR, fontname=\"Helvetica\", label=" + quote("Stances toward " + network.target())
                + ", labelloc=t];");
        out.println("  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#dfe7ee\"];");
        out.println("  edge [fontname=\"Helvetica\", fontsize=9];");
        out.println("  " + quote(TARGET_ID) + " [label=" + quote(network.target())
                + ", shape=box, style=\"rounded,filled\", fillcolor=\"#23303c\", fontcolor=white];");
        for (StanceNetwork.Side side : StanceNetwork.Side.values()) {
            List<StanceNetwork.Holder> members = network.holders().stream().filter(h -> h.side() == side).toList();
            if (members.isEmpty())
                continue;
            out.println("  subgraph " + quote("cluster_" + side.name().toLowerCase(java.util.Locale.ROOT)) + " {");
            out.println("    label=" + quote(side.label(network.target()) + " (" + members.size() + ")")
                    + "; style=dashed; color=" + quote(sideColour(side)) + ";");
            for (StanceNetwork.Holder h : members)
                out.println("    " + quote(h.id()) + " [label=" + quote(h.name()) + ", shape="
                        + SHAPES.getOrDefault(h.type(), "ellipse") + ", tooltip=" + quote(h.type()) + "];");
            out.println("  }");
        }
        for (StanceNetwork.Edge e : network.edges()) {
            out.println("  " + quote(e.holder()) + " -> " + quote(TARGET_ID) + " [label=" + quote(e.kind())
                    + ", color=" + quote(COLOURS.getOrDefault(e.polarity(), COLOURS.get("neutral")))
                    + (e.modality().equals("asserted") ? "" : ", style=dashed")
                    + ", tooltip=" + quote(e.date() + " " + e.evidence()) + "];");
        }
        out.println("}");
        out.flush();
    }

    private static String sideColour(StanceNetwork.Side side) {
        return switch (side) {
            case AGAINST -> COLOURS.get("negative");
            case FOR -> COLOURS.get("positive");
            case MIXED -> "#8e44ad";
            case NEUTRAL -> COLOURS.get("neutral");
        };
    }

    /** A DOT double-quoted string; line breaks become spaces since a report label is one line. */
    static String quote(String s) {
        String v = s == null ? "" : s;
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
