package org.geokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.geokg.model.EntityType;

/**
 * The geokg ontology's own terms ({@code gk:}, {@code https://w3id.org/geokg/ontology#}) as Jena
 * constants, declared in {@code ontology/geokg.ttl}; {@code VocabularyTest} keeps the two in step.
 * Terms reused from other vocabularies (schema.org, W3C ORG, PROV-O, SKOS) are not repeated here:
 * use Jena's {@code SchemaDO}, {@code ORG}, {@code SKOS} and geokg's {@code PROV}.
 *
 * <pre>{@code
 * graph.add(position, GK.holder.asNode(), huawei);
 * graph.add(position, GK.polarity.asNode(), GK.of(Polarity.POSITIVE).asNode());
 * }</pre>
 */
public final class GK {
    public static final String NS = "https://w3id.org/geokg/ontology#";

    // Classes
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Company = resource("Company");
    public static final Resource Government = resource("Government");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource PoliticalParty = resource("PoliticalParty");
    public static final Resource MediaOrganization = resource("MediaOrganization");
    public static final Resource Group = resource("Group");
    public static final Resource Country = resource("Country");
    public static final Resource Article = resource("Article");
    public static final Resource Position = resource("Position");
    public static final Resource Span = resource("Span");
    public static final Resource Mention = resource("Mention");
    public static final Resource Polarity = resource("Polarity");
    public static final Resource Modality = resource("Modality");
    public static final Resource PositionKind = resource("PositionKind");

    // Actor properties
    public static final Property country = property("country");
    public static final Property governmentOf = property("governmentOf");
    public static final Property partOf = property("partOf");
    public static final Property member = property("member");
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property nameKey = property("nameKey");

    // Article properties
    public static final Property articleId = property("articleId");

    // Position properties
    public static final Property holder = property("holder");
    public static final Property speaker = property("speaker");
    public static final Property kind = property("kind");
    public static final Property target = property("target");
    public static final Property topic = property("topic");
    public static final Property topicKey = property("topicKey");
    public static final Property polarity = property("polarity");
    public static final Property modality = property("modality");
    public static final Property evidence = property("evidence");
    public static final Property cue = property("cue");
    public static final Property sourceSpan = property("sourceSpan");
    public static final Property content = property("content");
    public static final Property quote = property("quote");
    public static final Property date = property("date");
    public static final Property confidence = property("confidence");
    public static final Property article = property("article");

    // Span and mention properties
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property text = property("text");
    public static final Property mentionOf = property("mentionOf");

    // Polarity individuals
    public static final Resource positive = resource("positive");
    public static final Resource negative = resource("negative");
    public static final Resource neutral = resource("neutral");

    // Modality individuals
    public static final Resource asserted = resource("asserted");
    public static final Resource intended = resource("intended");
    public static final Resource expected = resource("expected");
    public static final Resource undecided = resource("undecided");

    private GK() {
    }

    public static String getURI() {
        return NS;
    }

    /** The individual standing for a polarity: {@code gk:positive}, {@code gk:negative}, {@code gk:neutral}. */
    public static Resource of(org.geokg.model.Polarity p) {
        return switch (p) {
            case POSITIVE -> positive;
            case NEGATIVE -> negative;
            case NEUTRAL -> neutral;
        };
    }

    /** The individual standing for a modality: {@code gk:asserted}, {@code gk:intended}, ... */
    public static Resource of(org.geokg.model.Modality m) {
        return switch (m) {
            case ASSERTED -> asserted;
            case INTENDED -> intended;
            case EXPECTED -> expected;
            case UNDECIDED -> undecided;
        };
    }

    /** The class of an entity type; the enum's names are the class names. */
    public static Resource classOf(EntityType t) {
        return switch (t) {
            case Person -> Person;
            case Company -> Company;
            case Government -> Government;
            case GovernmentBody -> GovernmentBody;
            case InternationalOrganization -> InternationalOrganization;
            case PoliticalParty -> PoliticalParty;
            case MediaOrganization -> MediaOrganization;
            case Organization -> Organization;
            case Group -> Group;
            case Country -> Country;
        };
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
