package org.geokg.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.geokg.GeoKgException;

/**
 * Writes a {@link StanceNetwork} as GraphML (for Gephi, yEd, Cytoscape desktop): the target and
 * the holders as nodes with name, type and side; one directed edge per position with kind,
 * polarity, modality, date, article and evidence. Written through StAX, which escapes every value.
 */
public final class GraphMlWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String TARGET_ID = "target";
    private static final List<String[]> NODE_KEYS = List.of(
            new String[] {"name", "node"}, new String[] {"type", "node"}, new String[] {"side", "node"});
    private static final List<String[]> EDGE_KEYS = List.of(
            new String[] {"kind", "edge"}, new String[] {"polarity", "edge"}, new String[] {"modality", "edge"},
            new String[] {"date", "edge"}, new String[] {"article", "edge"}, new String[] {"evidence", "edge"});

    private GraphMlWriter() {}

    public static void write(StanceNetwork network, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (List<String[]> keys : List.of(NODE_KEYS, EDGE_KEYS)) {
                for (String[] k : keys) {
                    xml.writeCharacters("\n  ");
                    xml.writeEmptyElement("key");
                    xml.writeAttribute("id", k[0]);
                    xml.writeAttribute("for", k[1]);
                    xml.writeAttribute("attr.name", k[0]);
                    xml.writeAttribute("attr.type", "string");
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "stances");
            xml.writeAttribute("edgedefault", "directed");
            node(xml, TARGET_ID, network.target(), "target", "");
            for (StanceNetwork.Holder h : network.holders())
                node(xml, h.id(), h.name(), h.type(), h.side().name().toLowerCase(java.util.Locale.ROOT));
            for (StanceNetwork.Edge e : network.edges()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("source", e.holder());
                xml.writeAttribute("target", TARGET_ID);
                data(xml, "kind", e.kind());
                data(xml, "polarity", e.polarity());
                data(xml, "modality", e.modality());
                data(xml, "date", e.date());
                data(xml, "article", e.article());
                data(xml, "evidence", e.evidence());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new GeoKgException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void node(XMLStreamWriter xml, String id, String name, String type, String side) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("node");
        xml.writeAttribute("id", id);
        data(xml, "name", name);
        data(xml, "type", type);
        data(xml, "side", side);
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty())
            return;
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
