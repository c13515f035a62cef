package org.geokg.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Position;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * Maps one {@link Article} to the triples of its named graph: the article, every entity it
 * names (type, names, country, roles, mentions) and every position. Pure: records in, triples
 * out to a {@link StreamRDF}; it never touches files or stores.
 */
public final class ArticleMapper {
    private final ActorIdentity identity;

    public ArticleMapper(Gazetteer gazetteer) {
        this.identity = new ActorIdentity(gazetteer);
    }

    public ArticleMapper() {
        this(Gazetteer.standard());
    }

    /** The article's triples as a new in-memory graph. */
    public Graph toGraph(Article article) {
        Graph g = GraphFactory.createDefaultGraph();
        map(article, StreamRDFLib.graph(g));
        return g;
    }

    public void map(Article article, StreamRDF out) {
        new Run(article, out).emit();
    }

    /** State of one mapping: the article, the sink and the IRIs of its entities. */
    private final class Run {
        private final Article a;
        private final StreamRDF out;
        private final Node articleIri;
        private final Map<String, Node> entityIris = new HashMap<>();
        private final java.util.Set<Node> describedIris = new java.util.HashSet<>();
        private final Map<Node, String> roleLabels = new HashMap<>();

        Run(Article a, StreamRDF out) {
            this.a = a;
            this.out = out;
            this.articleIri = Iris.article(a.id());
        }

        void emit() {
            out.start();
            Prefixes.standard().forEach(out::prefix);
            for (Entity e : a.entities()) {
                entityIris.put(e.id(), identity.resolve(e).iri());
            }
            article();
            for (Entity e : a.entities()) {
                entity(e);
            }
            int n = 0;
            for (Position p : a.positions()) {
                position(p, ++n);
            }
            out.finish();
        }

        private void article() {
            add(articleIri, RDF.type.asNode(), GK.Article.asNode());
            add(articleIri, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
            add(articleIri, GK.articleId.asNode(), str(a.id()));
            add(articleIri, SchemaDO.headline.asNode(), str(a.title()));
            if (a.url() != null) {
                add(articleIri, SchemaDO.url.asNode(), NodeFactory.createLiteralDT(a.url(), XSDDatatype.XSDanyURI));
            }
            if (a.publisher() != null) {
                add(articleIri, SchemaDO.publisher.asNode(), str(a.publisher()));
            }
            if (a.published() != null) {
                add(articleIri, SchemaDO.datePublished.asNode(), date(a.published()));
            }
            add(articleIri, SchemaDO.inLanguage.asNode(), str(a.language()));
            if (a.text() != null) {
                add(articleIri, SchemaDO.text.asNode(), str(a.text()));
            }
            Node producer = Iris.producer(a.provenance());
            add(articleIri, PROV.wasAttributedTo.asNode(), producer);
            producer(producer);
        }

        private void producer(Node producer) {
            if (a.provenance().isCurated()) {
                add(producer, RDF.type.asNode(), PROV.Agent.asNode());
                add(producer, SchemaDO.name.asNode(), str("curated by an analyst"));
            } else {
                add(producer, RDF.type.asNode(), PROV.SoftwareAgent.asNode());
                add(producer, SchemaDO.name.asNode(), str(a.provenance().producer()));
                if (a.provenance().version() != null) {
                    add(producer, SchemaDO.version.asNode(), str(a.provenance().version()));
                }
            }
        }

        private void entity(Entity e) {
            ActorIdentity.Resolved r = identity.resolve(e);
            Node iri = r.iri();
            if (!describedIris.add(iri)) {
                // Another entity of this article is the same resource ("FLINT" and "Flint", or two
                // Wikidata-keyed entries): the first one describes it, this one adds its names and mentions.
                add(iri, SKOS.altLabel.asNode(), str(e.name()));
                e.aliases().forEach(alias -> add(iri, SKOS.altLabel.asNode(), str(alias)));
                links(e, iri);
                return;
            }
            add(iri, RDF.type.asNode(), GK.classOf(e.type()).asNode());
            if (e.type() != EntityType.Country) {
                add(iri, RDF.type.asNode(), GK.Actor.asNode());
            }
            add(iri, SchemaDO.name.asNode(), str(r.canonicalName()));
            if (!r.canonicalName().equals(e.name())) {
                add(iri, SKOS.altLabel.asNode(), str(e.name()));
            }
            for (String alias : e.aliases()) {
                if (!alias.equals(r.canonicalName())) {
                    add(iri, SKOS.altLabel.asNode(), str(alias));
                }
            }
            String qid = r.wikidata() != null ? r.wikidata() : e.wikidata();
            if (qid != null && e.type() != EntityType.Government) {
                add(iri, OWL2.sameAs.asNode(), Iris.wikidata(qid));
            }
            add(iri, GK.mentionedIn.asNode(), articleIri);
            country(e, r, iri);
            links(e, iri);
        }

        /** Members, roles and mentions: what every entity entry contributes, even a duplicate one. */
        private void links(Entity e, Node iri) {
            for (String member : e.members()) {
                add(iri, GK.member.asNode(), entityIris.get(member));
            }
            for (Role role : e.roles()) {
                membership(iri, role, e);
            }
            for (Span m : e.mentions()) {
                Node mention = Iris.mention(a.id(), m);
                add(mention, RDF.type.asNode(), GK.Mention.asNode());
                spanValues(mention, m);
                add(mention, GK.mentionOf.asNode(), iri);
                add(mention, GK.article.asNode(), articleIri);
            }
        }

        private void country(Entity e, ActorIdentity.Resolved r, Node iri) {
            String iso2 = r.countryIso2() != null ? r.countryIso2() : e.country();
            if (iso2 == null) {
                return;
            }
            Node country = Iris.country(iso2);
            if (e.type() == EntityType.Government) {
                add(iri, GK.governmentOf.asNode(), country);
                describeCountry(country, iso2, r);
            } else if (e.type() != EntityType.Country) {
                add(iri, GK.country.asNode(), country);
                describeCountry(country, iso2, null);
            }
        }

        private void describeCountry(Node country, String iso2, ActorIdentity.Resolved known) {
            add(country, RDF.type.asNode(), GK.Country.asNode());
            var c = Gazetteer.standard().countryByCode(iso2);
            String name = known != null ? known.canonicalName() : c.map(x -> x.name()).orElse(iso2);
            add(country, SchemaDO.name.asNode(), str(name));
            String qid = known != null ? known.wikidata() : c.map(x -> x.wikidata()).orElse(null);
            if (qid != null && !qid.isEmpty()) {
                add(country, OWL2.sameAs.asNode(), Iris.wikidata(qid));
            }
        }

        private void membership(Node member, Role role, Entity e) {
            Node m = Iris.membership(a.id(), membershipOrdinal(e, role));
            add(m, RDF.type.asNode(), ORG.Membership.asNode());
            add(m, ORG.member.asNode(), member);
            if (role.organization() != null) {
                add(m, ORG.organization.asNode(), entityIris.get(role.organization()));
            }
            Node roleIri = Iris.role(role.title());
            add(m, ORG.role.asNode(), roleIri);
            if (roleLabels.putIfAbsent(roleIri, role.title()) == null) {
                // "president" and "President" are one role; it keeps the first spelling as its label.
                add(roleIri, RDF.type.asNode(), ORG.Role.asNode());
                add(roleIri, SKOS.prefLabel.asNode(), str(role.title()));
            }
            if (role.start() != null) {
                add(m, SchemaDO.startDate.asNode(), date(role.start()));
            }
            if (role.end() != null) {
                add(m, SchemaDO.endDate.asNode(), date(role.end()));
            }
            add(m, GK.article.asNode(), articleIri);
        }

        private int membershipOrdinal(Entity e, Role role) {
            int n = 0;
            for (Entity other : a.entities()) {
                for (Role r : other.roles()) {
                    n++;
                    if (other == e && r == role) {
                        return n;
                    }
                }
            }
            throw new IllegalStateException("role not found in its article");
        }

        private void position(Position p, int ordinal) {
            Node pos = Iris.position(a.id(), ordinal);
            add(pos, RDF.type.asNode(), GK.Position.asNode());
            add(pos, GK.holder.asNode(), entityIris.get(p.holder()));
            if (p.speaker() != null) {
                add(pos, GK.speaker.asNode(), entityIris.get(p.speaker()));
            }
            add(pos, GK.kind.asNode(), GKKind.of(p.kind()).asNode());
            if (p.target() != null) {
                add(pos, GK.target.asNode(), entityIris.get(p.target()));
            }
            if (p.topic() != null) {
                add(pos, GK.topic.asNode(), str(p.topic()));
            }
            add(pos, GK.polarity.asNode(), GK.of(p.polarity()).asNode());
            add(pos, GK.modality.asNode(), GK.of(p.modality()).asNode());
            add(pos, GK.quote.asNode(), NodeFactory.createLiteralDT(p.quote().toString(), XSDDatatype.XSDboolean));
            LocalDate date = p.date() != null ? p.date() : a.published();
            if (date != null) {
                add(pos, GK.date.asNode(), date(date));
            }
            if (p.confidence() != null) {
                add(pos, GK.confidence.asNode(), decimal(p.confidence()));
            }
            span(pos, GK.evidence.asNode(), p.evidence());
            span(pos, GK.cue.asNode(), p.cue());
            span(pos, GK.sourceSpan.asNode(), p.source());
            span(pos, GK.content.asNode(), p.content());
            add(pos, GK.article.asNode(), articleIri);
            add(pos, PROV.wasAttributedTo.asNode(), Iris.producer(a.provenance()));
        }

        private void span(Node pos, Node property, Span s) {
            if (s == null) {
                return;
            }
            Node span = Iris.span(a.id(), s);
            add(pos, property, span);
            add(span, RDF.type.asNode(), GK.Span.asNode());
            spanValues(span, s);
        }

        private void spanValues(Node node, Span s) {
            add(node, GK.start.asNode(), integer(s.start()));
            add(node, GK.end.asNode(), integer(s.end()));
            String text = s.text() != null ? s.text() : a.text() != null ? a.text().substring(s.start(), s.end()) : null;
            if (text != null) {
                add(node, GK.text.asNode(), str(text));
            }
            if (s.confidence() != null) {
                add(node, GK.confidence.asNode(), decimal(s.confidence()));
            }
        }

        private void add(Node s, Node p, Node o) {
            Triple t = Triple.create(s, p, o);
            out.triple(t);
            // Names and topics carry a lower-case key, so queries find them through the index.
            Triple key = SearchKey.keyOf(t);
            if (key != null) {
                out.triple(key);
            }
        }
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

}
