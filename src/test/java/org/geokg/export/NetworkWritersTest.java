package org.geokg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** DOT and GraphML of a small stance network whose names would break naive quoting. */
class NetworkWritersTest {
    private static final String AWKWARD = "Acme \"Chips\" \\ Co <b>&</b>\nLtd";

    private static final StanceNetwork NETWORK = new StanceNetwork("Ruritania",
            List.of(new StanceNetwork.Holder("http://example.org/a", AWKWARD, "Company", StanceNetwork.Side.AGAINST),
                    new StanceNetwork.Holder("http://example.org/b", "Borduria", "Government", StanceNetwork.Side.MIXED)),
            List.of(new StanceNetwork.Edge("http://example.org/p1", "http://example.org/a", "ACCUSE", "negative", "asserted",
                            "2020-01-02", "Headline", "Acme said \"no\""),
                    new StanceNetwork.Edge("http://example.org/p2", "http://example.org/b", "SUPPORT", "positive", "intended",
                            "", "Headline", ""),
                    new StanceNetwork.Edge("http://example.org/p3", "http://example.org/b", "SANCTION", "negative", "asserted",
                            "2020-03-04", "Headline", "")));

    @Test
    void dotQuotesEveryNameAndStylesEdgesByPolarityAndModality() {
        StringWriter out = new StringWriter();
        DotWriter.write(NETWORK, out);
        String dot = out.toString();

        assertThat(dot).startsWith("digraph \"stances toward Ruritania\" {")
                .contains("label=\"Acme \\\"Chips\\\" \\\\ Co <b>&</b> Ltd\", shape=component")
                .contains("subgraph \"cluster_against\"").contains("subgraph \"cluster_mixed\"")
                .doesNotContain("cluster_for").doesNotContain("cluster_neutral")
                .contains("\"http://example.org/a\" -> \"target\" [label=\"ACCUSE\", color=\"#c0392b\", tooltip")
                .contains("[label=\"SUPPORT\", color=\"#1e8449\", style=dashed");
        assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(3);
        // the one line break in a name was flattened: every statement is on its own line
        assertThat(dot.lines().filter(l -> l.contains("Acme"))).hasSize(2);
    }

    @Test
    void graphMlEscapesValuesAndKeepsOneEdgePerPosition() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.write(NETWORK, out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(3);
        Element acme = (Element) doc.getElementsByTagName("node").item(1);
        assertThat(acme.getAttribute("id")).isEqualTo("http://example.org/a");
        assertThat(acme.getElementsByTagName("data").item(0).getTextContent()).isEqualTo(AWKWARD);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("&lt;b&gt;&amp;&lt;/b&gt;");
    }

    @Test
    void svgWithoutGraphvizSaysWhatToInstall() {
        SvgRenderer missing = new SvgRenderer("geokg-no-such-dot-command");
        assertThatThrownBy(() -> missing.write(NETWORK, new ByteArrayOutputStream()))
                .isInstanceOf(GeoKgException.class)
                .hasMessageContaining("needs Graphviz's 'geokg-no-such-dot-command' command")
                .hasMessageContaining("apt-get install graphviz").hasMessageContaining("--format dot");
    }

    @Test
    void formatsAreFoundInAnyCaseAndRdfFormatsAreNotNetworkFormats() {
        assertThat(NetworkFormat.lookup("GraphML")).contains(NetworkFormat.GRAPHML);
        assertThat(NetworkFormat.lookup("svg")).contains(NetworkFormat.SVG);
        assertThat(NetworkFormat.lookup("ttl")).isEmpty();
    }
}
