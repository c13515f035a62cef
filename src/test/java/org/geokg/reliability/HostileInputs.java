package org.geokg.reliability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.Iris;

/**
 * Writes a corpus of malformed inputs, one file each, across every format {@code geokg load}
 * accepts: Article JSON, raw text and HTML, TriG and N-Quads. Every file must be refused with a
 * clear message and leave the store as it was. The corpus is deterministic (fixed seeds).
 */
public final class HostileInputs {
    /** One malformed input: its class (for the table in RELIABILITY.md) and its file. */
    public record Case(String kind, Path file) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path dir;
    private final List<Case> cases = new ArrayList<>();
    private final byte[] validJson;
    private final ObjectNode valid;

    private HostileInputs(Path dir) {
        this.dir = dir;
        Article a = new SyntheticCorpus(99, 50).article(0);
        try {
            this.validJson = ArticleReader.mapper().writeValueAsBytes(a);
            this.valid = (ObjectNode) ArticleReader.mapper().readTree(validJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every case into {@code dir} and returns them in a stable order. */
    public static List<Case> writeAll(Path dir) {
        HostileInputs h = new HostileInputs(dir);
        h.json();
        h.raw();
        h.rdf();
        return List.copyOf(h.cases);
    }

    private void json() {
        // truncated: a valid article cut at 25 places
        for (int i = 1; i <= 25; i++) {
            int cut = (int) ((long) validJson.length * i / 26);
            add("json-truncated", "json", Arrays.copyOf(validJson, cut));
        }
        String[] syntax = {"{", "}", "[", "]", "nul", "tru", "{'id':'a','title':'t'}", "{\"id\":\"a\",\"title\":\"t\",}",
            "{\"id\" \"a\"}", "{id:\"a\",title:\"t\"}", "{\"id\":\"a\",\"title\":\"t\"} trailing",
            "{\"id\":\"a\",\"title\":\"t\"}{\"id\":\"b\",\"title\":\"t\"}", "/* comment */ {\"id\":\"a\",\"title\":\"t\"}",
            "{\"id\":\"a\",\"title\":\"t\" // comment\n}", "42", "\"just a string\"", "null", "[]", "true",
            "{\"id\":\"a\",\"title\":\"unterminated}", "{\"id\":\"a\",\"title\":\"bad escape \\q\"}",
            "{\"id\":\"a\",\"title\":\"\\u12\"}", "{\"id\":\"a\"\"title\":\"t\"}", "{\"id\":\"a\",,\"title\":\"t\"}",
            "{\"id\":0x1F,\"title\":\"t\"}"};
        for (String s : syntax) {
            add("json-invalid-syntax", "json", utf8(s));
        }
        JsonValue[] wrong = {n -> n.put("x", 1), n -> n.put("x", true), n -> n.putArray("x"), n -> n.putObject("x"), n -> n.putNull("x")};
        for (String field : List.of("id", "title", "url", "publisher", "published", "language", "text", "provenance",
                "entities", "positions")) {
            for (JsonValue w : wrong) {
                ObjectNode n = valid.deepCopy();
                ObjectNode holder = NODES.objectNode();
                w.put(holder);
                n.set(field, holder.get("x"));
                if (isHarmless(field, holder)) {
                    continue;
                }
                add("json-wrong-type", "json", n);
            }
        }
        for (String field : List.of("id", "name", "type", "aliases", "memberOf")) {
            ObjectNode n = valid.deepCopy();
            ((ObjectNode) n.withArray("entities").get(0)).put(field, 12);
            add("json-wrong-type", "json", n);
        }
        for (String field : List.of("holder", "kind", "target", "polarity", "modality", "evidence", "confidence")) {
            ObjectNode n = valid.deepCopy();
            ((ObjectNode) n.withArray("positions").get(0)).putArray(field).add("x");
            add("json-wrong-type", "json", n);
        }
        // huge strings and arrays
        add("json-huge-string", "json", withString("id", "x".repeat(21_000_000)));
        add("json-huge-string", "json", withString("title", "t".repeat(25_000_000)));
        add("json-huge-string", "json", withString("url", "https://example.org/" + "a".repeat(2_000_000)));
        add("json-huge-number", "json", utf8("{\"id\":\"a\",\"title\":\"t\",\"entities\":[],\"x\":" + "9".repeat(5000) + "}"));
        add("json-huge-array", "json", hugeArray("entities", "{}", 300_000));
        add("json-huge-array", "json", hugeArray("positions", "1", 500_000));
        add("json-huge-array", "json", hugeArray("entities", "\"e\"", 300_000));
        // deep nesting
        add("json-deep-nesting", "json", utf8("[".repeat(100_000) + "]".repeat(100_000)));
        add("json-deep-nesting", "json", utf8("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
        add("json-deep-nesting", "json", utf8("{\"id\":\"a\",\"title\":\"t\",\"entities\":" + "[".repeat(50_000)
                + "]".repeat(50_000) + "}"));
        add("json-deep-nesting", "json", utf8("[".repeat(100_000)));
        add("json-deep-nesting", "json", utf8("{\"id\":\"a\",\"title\":\"t\",\"provenance\":" + "{\"producer\":".repeat(20_000)
                + "\"p\"" + "}".repeat(20_000) + "}"));
        // invalid IRIs and urls
        for (String url : List.of("not a url", "http://exa mple.org/a", "javascript:alert(1)", "http://[::1", "http://a/<b>",
                "file:///etc/passwd", "ftp://example.org/x", "http://example.org/\"quote\"", "http://example.org/{x}", "")) {
            add("json-invalid-iri", "json", withString("url", url));
        }
        for (String id : List.of("a b", "a/b", "../etc", "a>b", "", " ", "a\"b", "a{b}")) {
            add("json-invalid-id", "json", withString("id", id));
        }
        for (String qid : List.of("Q", "q42x", "Q42 ", "P31", "Q-1", "http://www.wikidata.org/entity/Q42")) {
            ObjectNode n = valid.deepCopy();
            ((ObjectNode) n.withArray("entities").get(0)).put("wikidata", qid);
            add("json-invalid-wikidata", "json", n);
        }
        // dates
        for (String d : List.of("2020-13-01", "2020-02-30", "yesterday", "20200101", "2020-1-1", "-999999999-01-01",
                "+10000-01-01", "2020-01-01T00:00:00Z", "01/02/2020", "")) {
            add("json-invalid-date", "json", withString("published", d));
        }
        ObjectNode numDate = valid.deepCopy();
        numDate.put("published", 20200101);
        add("json-invalid-date", "json", numDate);
        // control characters and invalid UTF-8
        for (int c : new int[] {0, 1, 7, 8, 27, 31}) {
            add("json-control-char", "json", utf8("{\"id\":\"a" + (char) c + "b\",\"title\":\"t\"}"));
        }
        add("json-control-char", "json", withString("id", "a\u0000b"));
        add("json-control-char", "json", withString("id", "a\u001Bb"));
        for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}}) {
            add("json-invalid-utf8", "json", concat(utf8("{\"id\":\"a\",\"title\":\"t"), bad, utf8("\"}")));
        }
        // byte order marks in front of broken or mismatched content
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        add("json-bom", "json", concat(utf8Bom, utf8Bom, validJson));
        add("json-bom", "json", concat(utf8Bom, Arrays.copyOf(validJson, validJson.length / 2)));
        add("json-bom", "json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, validJson));
        add("json-bom", "json", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, validJson));
        add("json-bom", "json", concat(utf8("{\"id\":\"a\","), utf8Bom, utf8("\"title\":\"t\"}")));
        add("json-bom", "json", utf8Bom);
        // NaN, Infinity, numbers out of range
        for (String num : List.of("NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1.5", "99999999999")) {
            String s = new String(validJson, StandardCharsets.UTF_8);
            add("json-bad-number", "json", utf8(s.replaceFirst("\"confidence\":[0-9.]+", "\"confidence\":" + num)
                    .replaceFirst("\"start\":[0-9]+", num.contains("9999") || num.equals("1.5") ? "\"start\":" + num : "\"start\":0")));
        }
        // duplicate keys
        add("json-duplicate-key", "json", utf8("{\"id\":\"a\",\"id\":\"b\",\"title\":\"t\"}"));
        add("json-duplicate-key", "json", utf8(new String(validJson, StandardCharsets.UTF_8)
                .replaceFirst("\"title\":", "\"title\":\"again\",\"title\":")));
        add("json-duplicate-key", "json", utf8(new String(validJson, StandardCharsets.UTF_8)
                .replaceFirst("\"name\":", "\"name\":\"again\",\"name\":")));
        // semantic problems: dangling references, duplicate ids, spans outside the text
        ObjectNode dangling = valid.deepCopy();
        ((ObjectNode) dangling.withArray("positions").get(0)).put("holder", "nobody");
        add("json-semantic", "json", dangling);
        ObjectNode dupEntity = valid.deepCopy();
        dupEntity.withArray("entities").add(dupEntity.withArray("entities").get(0).deepCopy());
        add("json-semantic", "json", dupEntity);
        ObjectNode outside = valid.deepCopy();
        ((ObjectNode) outside.withArray("positions").get(0).get("evidence")).put("end", 10_000_000);
        add("json-semantic", "json", outside);
        ObjectNode negative = valid.deepCopy();
        ((ObjectNode) negative.withArray("positions").get(0).get("evidence")).put("start", -5);
        add("json-semantic", "json", negative);
        ObjectNode unknown = valid.deepCopy();
        unknown.put("surprise", 1);
        add("json-semantic", "json", unknown);
        ObjectNode badKind = valid.deepCopy();
        ((ObjectNode) badKind.withArray("positions").get(0)).put("kind", "DROP ALL");
        add("json-semantic", "json", badKind);
        // over the size limit: 100 MB of valid-looking JSON
        addLarge("json-100mb", "json", 100L * 1024 * 1024, "{\"id\":\"a\",\"title\":\"", "\"}");
    }

    private void raw() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (String ext : List.of("txt", "html")) {
            for (int i = 0; i < 4; i++) {
                byte[] b = new byte[1 + rnd.nextInt(4096)];
                rnd.nextBytes(b);
                b[b.length / 2] = 0;
                add(ext + "-binary", ext, b);
            }
            add(ext + "-binary", ext, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[64]));
            add(ext + "-binary", ext, concat(new byte[] {0x1F, (byte) 0x8B, 8, 0}, new byte[128]));
            add(ext + "-binary", ext, concat(utf8("PK"), new byte[] {3, 4}, new byte[100]));
            add(ext + "-empty", ext, new byte[0]);
            add(ext + "-empty", ext, utf8("   \n\t\n  "));
            add(ext + "-empty", ext, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            add(ext + "-invalid-utf8", ext, concat(utf8("Minister said "), new byte[] {(byte) 0xC3, 0x28}, utf8(" things.")));
            add(ext + "-invalid-utf8", ext, concat(utf8("A report "), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(" ends.")));
            add(ext + "-invalid-utf8", ext, concat(utf8("Truncated at the end "), new byte[] {(byte) 0xE2, (byte) 0x82}));
            add(ext + "-control-chars", ext, utf8("text\u0001with\u0002many\u0003control\u0004chars\u0005here\u0006"
                    + "\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015"));
            addLarge(ext + "-20mb", ext, 20L * 1024 * 1024, ext.equals("html") ? "<html><body><p>" : "", "");
        }
        add("html-scripts-only", "html", utf8("<html><head><script>alert(1)</script></head><body><script>"
                + "document.write('x'.repeat(100000))</script></body></html>"));
        add("html-scripts-only", "html", utf8("<html><body><script>" + "var a = 1;\n".repeat(20_000) + "</script></body></html>"));
        add("html-scripts-only", "html", utf8("<script src=\"http://evil.example/x.js\"></script><style>p{}</style>"));
        add("html-no-article", "html", utf8("<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<footer>Copyright</footer></body></html>"));
        add("html-no-article", "html", utf8("<html><head><title>Only a title</title></head><body></body></html>"));
        add("html-no-article", "html", utf8("<!-- just a comment -->"));
        add("html-no-article", "html", utf8("<html><body><img src=x onerror=alert(1)><iframe src=\"about:blank\"></iframe>"
                + "</body></html>"));
        add("html-entity-tricks", "html", utf8("<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body>&x;</body></html>"));
        add("html-entity-tricks", "html", utf8("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<html><body>&lol2;</body></html>"));
        add("html-deep-nesting", "html", utf8("<div>".repeat(200_000) + "</div>".repeat(200_000)));
    }

    private void rdf() {
        Article a = new SyntheticCorpus(99, 50).article(1);
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        new ArticleMapper().toGraph(a).find().forEachRemaining(t -> ds.add(Iris.articleGraph(a.id()), t.getSubject(),
                t.getPredicate(), t.getObject()));
        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS)) {
            String ext = lang == Lang.TRIG ? "trig" : "nq";
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(bytes, ds, lang);
            String good = bytes.toString(StandardCharsets.UTF_8);
            for (int i = 1; i <= 8; i++) {
                add(ext + "-truncated", ext, Arrays.copyOf(bytes.toByteArray(), bytes.size() * i / 9 + 7));
            }
            String[] broken = lang == Lang.TRIG
                    ? new String[] {"<a> <b> .", "@prefix x: <http://x/> . x:a x:b", "<http://g> { <http://s> <http://p> }",
                        "<http://g> { <http://s> <http://p> \"unterminated . }", "{{{{", "@base <> . <g> { <s> <p> <o> }}}",
                        "<http://g> { _:b <http://p> \"x\"@ . }", "PREFIX : <http://x/> :g { :s :p :o . } } }"}
                    : new String[] {"<http://s> <http://p> .", "<http://s> <http://p> <http://o> <http://g>",
                        "<http://s> <http://p> \"x\" <http://g> . extra", "_: <http://p> <http://o> <http://g> .",
                        "<http://s> <http://p> <http://o> \"g\" .", "<s> <p> <o> <g> ."};
            for (String s : broken) {
                add(ext + "-invalid-syntax", ext, utf8(s));
            }
            add(ext + "-default-graph", ext, utf8(good + (lang == Lang.TRIG
                    ? "\n<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
                    : "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")));
            String other = "<http://example.org/not-an-article-graph>";
            add(ext + "-wrong-graph-name", ext, utf8(good.replace("<" + Iris.articleGraph(a.id()).getURI() + ">", other)));
            add(ext + "-wrong-graph-name", ext, utf8(good.replace("<" + Iris.articleGraph(a.id()).getURI() + ">",
                    "<" + Iris.GRAPH + ">")));
            add(ext + "-invalid-iri", ext, utf8(good.replaceFirst("<http", "<ht tp")));
            add(ext + "-invalid-iri", ext, utf8(good.replaceFirst("<http://", "<http://exa mple{}.org/")));
            add(ext + "-invalid-iri", ext, utf8(good.replaceFirst("<http://", "<\\u0000http://")));
            add(ext + "-invalid-iri", ext, utf8(lang == Lang.TRIG ? "<" + Iris.GRAPH + "a b> { <http://s> <http://p> <http://o> }"
                    : "<http://s> <http://p> <http://o> <" + Iris.GRAPH + "a b> ."));
            add(ext + "-shacl-violation", ext, utf8(lang == Lang.TRIG
                    ? "<" + Iris.GRAPH + "x> { <http://example.org/s> <http://example.org/p> \"o\" . }"
                    : "<http://example.org/s> <http://example.org/p> \"o\" <" + Iris.GRAPH + "x> ."));
            add(ext + "-empty", ext, new byte[0]);
            add(ext + "-invalid-utf8", ext, concat(utf8(good.substring(0, good.length() / 2)), new byte[] {(byte) 0xC3, 0x28},
                    utf8(good.substring(good.length() / 2))));
            add(ext + "-binary", ext, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0x7F});
        }
    }

    private interface JsonValue {
        void put(ObjectNode holder);
    }

    /** Null for an optional field, or an empty list for a list, is a valid article, not a hostile one. */
    private static boolean isHarmless(String field, ObjectNode holder) {
        var v = holder.get("x");
        boolean optional = !field.equals("id") && !field.equals("title");
        boolean list = field.equals("entities") || field.equals("positions");
        return v.isNull() && optional || v.isArray() && list;
    }

    private byte[] withString(String field, String value) {
        ObjectNode n = valid.deepCopy();
        n.put(field, value);
        try {
            return ArticleReader.mapper().writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] hugeArray(String field, String element, int count) {
        StringBuilder sb = new StringBuilder(count * (element.length() + 1) + 64);
        sb.append("{\"id\":\"a\",\"title\":\"t\",\"").append(field).append("\":[");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append(element);
        }
        return utf8(sb.append("]}").toString());
    }

    private void add(String kind, String ext, ObjectNode json) {
        try {
            add(kind, ext, ArticleReader.mapper().writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String kind, String ext, byte[] content) {
        Path f = dir.resolve(String.format("%03d-%s.%s", cases.size(), kind, ext));
        try {
            Files.write(f, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.add(new Case(kind, f));
    }

    private void addLarge(String kind, String ext, long size, String head, String tail) {
        Path f = dir.resolve(String.format("%03d-%s.%s", cases.size(), kind, ext));
        write(f, out -> {
            try {
                byte[] h = utf8(head);
                byte[] t = utf8(tail);
                out.write(h);
                byte[] chunk = utf8("The minister said the talks would go on. ".repeat(1024));
                long left = size - h.length - t.length;
                while (left > 0) {
                    int n = (int) Math.min(chunk.length, left);
                    out.write(chunk, 0, n);
                    left -= n;
                }
                out.write(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        cases.add(new Case(kind, f));
    }

    private static void write(Path f, Consumer<OutputStream> body) {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f))) {
            body.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
