package org.geokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few W3C PROV-O terms geokg uses, in the style of Jena's own vocabulary classes. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Agent = resource("Agent");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");
    public static final Property wasAttributedTo = property("wasAttributedTo");

    private PROV() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
