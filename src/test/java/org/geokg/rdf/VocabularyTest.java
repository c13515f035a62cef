package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every constant of {@link GK} and {@link GKKind} is declared, with the right sort, in ontology/geokg.ttl. */
class VocabularyTest {
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFParser.source(VocabularyTest.class.getResourceAsStream("/ontology/geokg.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).toModel();
    }

    @Test
    void everyGkConstantIsDeclaredWithALabelAndComment() throws IllegalAccessException {
        List<Resource> terms = constants(GK.class);
        assertThat(terms).hasSizeGreaterThan(40);
        for (Resource r : terms) {
            assertThat(r.getURI()).as("namespace of " + r).startsWith(GK.NS);
            Resource declared = ontology.getResource(r.getURI());
            assertThat(declared.hasProperty(RDF.type)).as(r + " has a type in geokg.ttl").isTrue();
            assertThat(declared.hasProperty(RDFS.label)).as(r + " has an rdfs:label").isTrue();
            assertThat(declared.hasProperty(RDFS.comment)).as(r + " has an rdfs:comment").isTrue();
        }
    }

    @Test
    void propertiesAreDeclaredAsPropertiesAndClassesAsClasses() throws IllegalAccessException {
        for (Resource r : constants(GK.class)) {
            Resource declared = ontology.getResource(r.getURI());
            if (r instanceof Property) {
                assertThat(declared.hasProperty(RDF.type, OWL2.ObjectProperty) || declared.hasProperty(RDF.type, OWL2.DatatypeProperty))
                        .as(r + " is an owl:ObjectProperty or owl:DatatypeProperty").isTrue();
            } else if (Character.isUpperCase(r.getLocalName().charAt(0))) {
                assertThat(declared.hasProperty(RDF.type, OWL2.Class)).as(r + " is an owl:Class").isTrue();
            } else {
                assertThat(declared.hasProperty(RDF.type, OWL2.NamedIndividual)).as(r + " is an owl:NamedIndividual").isTrue();
            }
        }
    }

    @Test
    void everyKindConstantIsAConceptOfTheScheme() throws IllegalAccessException {
        List<Resource> kinds = constants(GKKind.class);
        assertThat(kinds).hasSize(14);
        for (Resource r : kinds) {
            Resource declared = ontology.getResource(r.getURI());
            if (r.equals(GKKind.scheme)) {
                assertThat(declared.hasProperty(RDF.type, SKOS.ConceptScheme)).isTrue();
            } else {
                assertThat(declared.hasProperty(RDF.type, SKOS.Concept)).as(r + " is a skos:Concept").isTrue();
                assertThat(declared.hasProperty(RDF.type, GK.PositionKind)).as(r + " is a gk:PositionKind").isTrue();
                assertThat(declared.hasProperty(SKOS.inScheme, GKKind.scheme)).as(r + " is in gkk:scheme").isTrue();
            }
        }
    }

    @Test
    void everyTermTheOntologyDeclaresHasAConstant() throws IllegalAccessException {
        List<Resource> constants = new ArrayList<>(constants(GK.class));
        constants.addAll(constants(GKKind.class));
        List<String> declared = ontology.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(u -> u.startsWith(GK.NS) || u.startsWith(GKKind.NS))
                .toList();
        assertThat(constants.stream().map(Resource::getURI).toList()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void enumMappingsCoverEveryValueAndRoundTrip() {
        for (PositionKind k : PositionKind.values()) {
            assertThat(GKKind.of(k).getLocalName()).isEqualTo(k.name());
            assertThat(GKKind.kindOf(GKKind.of(k))).isEqualTo(k);
        }
        assertThat(GKKind.kindOf(GKKind.scheme)).isNull();
        for (Polarity p : Polarity.values()) {
            assertThat(ontology.contains(GK.of(p), RDF.type, GK.Polarity)).as(p.json()).isTrue();
            assertThat(GK.of(p).getLocalName()).isEqualTo(p.json());
        }
        for (Modality m : Modality.values()) {
            assertThat(ontology.contains(GK.of(m), RDF.type, GK.Modality)).as(m.json()).isTrue();
            assertThat(GK.of(m).getLocalName()).isEqualTo(m.json());
        }
        for (EntityType t : EntityType.values()) {
            assertThat(GK.classOf(t).getLocalName()).isEqualTo(t.name());
        }
    }

    private static List<Resource> constants(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : vocabulary.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && RDFNode.class.isAssignableFrom(f.getType())) {
                out.add((Resource) f.get(null));
            }
        }
        return out;
    }
}
