package org.geokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryException;
import org.geokg.query.QueryRegistry;

/**
 * The stance web view at {@code /}: static pages from the classpath folder {@code web/}, the
 * Cytoscape.js WebJar at {@code /vendor/cytoscape.min.js}, and the canned queries the pages run.
 *
 * <p>The pages read data only from the SPARQL endpoint. They ask {@code /api/bind/NAME?param=value}
 * for a canned query of {@code queries/} with its parameters bound as RDF terms by Jena
 * ({@link CannedQuery#bind}), so typed text can never change the query's shape, and post that
 * query to the endpoint. {@code /api/queries/NAME.rq} serves a query's text as written and
 * {@code /api/config.json} tells the pages where the endpoint and Fuseki's UI are.
 */
final class StanceView {

    private static final String WEB_ROOT = "web";
    private static final String CYTOSCAPE_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String SPARQL_QUERY = "application/sparql-query";

    private StanceView() {}

    static void install(FusekiServer.Builder builder, ServerOptions options, QueryRegistry queries) {
        builder.addServlet("/api/bind/*", new BindServlet(queries))
               .addServlet("/api/queries/*", new QueryTextServlet(queries))
               .addServlet("/api/config.json", new ConfigServlet(options))
               .addServlet("/vendor/cytoscape.min.js", new ResourceServlet(cytoscapeResource()))
               // "/" itself is Fuseki's 404 servlet; a prefix mapping takes precedence over it, and longer
               // mappings (/ui/, /api/, /$/) and the dataset filter still come first.
               .addServlet("/*", new PageServlet());
    }

    /** The WebJar's file path, from its own pom.properties, so the version is pinned in pom.xml only. */
    private static String cytoscapeResource() {
        Properties pom = new Properties();
        try (InputStream in = StanceView.class.getClassLoader().getResourceAsStream(CYTOSCAPE_POM)) {
            if (in == null)
                throw new ServerException("The Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the class path");
            pom.load(in);
        } catch (IOException e) {
            throw new ServerException("Cannot read " + CYTOSCAPE_POM + ": " + e.getMessage(), e);
        }
        return "META-INF/resources/webjars/cytoscape/" + pom.getProperty("version") + "/dist/cytoscape.min.js";
    }

    private static boolean refuseUnlessRead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD"))
            return false;
        resp.setHeader("Allow", "GET, HEAD");
        resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        return true;
    }

    private static void sendText(HttpServletResponse resp, String contentType, String text, boolean head) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentType(contentType + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        if (!head)
            resp.getOutputStream().write(bytes);
    }

    /** The query name in {@code /api/.../NAME} (with an optional {@code .rq}), or null if there is none. */
    private static String queryName(HttpServletRequest req) {
        String path = req.getPathInfo();
        if (path == null || path.length() < 2)
            return null;
        String name = path.substring(1);
        return name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
    }

    /** {@code GET /api/bind/NAME?p=v}: the canned query with its parameters bound, as SPARQL text. */
    private static final class BindServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient QueryRegistry queries;

        BindServlet(QueryRegistry queries) {
            this.queries = queries;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (refuseUnlessRead(req, resp))
                return;
            String name = queryName(req);
            // Only the registry's queries: a name is never read as a file path.
            if (name == null || !queries.contains(name)) {
                sendText(withStatus(resp, 404), "text/plain",
                        "No canned query named \"" + name + "\"\n", false);
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                if (e.getValue().length != 1) {
                    sendText(withStatus(resp, 400), "text/plain",
                            "Parameter " + e.getKey() + " is given " + e.getValue().length + " times; give it once\n", false);
                    return;
                }
                values.put(e.getKey(), e.getValue()[0]);
            }
            String bound;
            try {
                bound = queries.get(name).bind(values).serialize();
            } catch (QueryException e) {
                sendText(withStatus(resp, 400), "text/plain", e.getMessage() + "\n", false);
                return;
            }
            resp.setHeader("Cache-Control", "no-store");
            sendText(resp, SPARQL_QUERY, bound, req.getMethod().equals("HEAD"));
        }
    }

    private static HttpServletResponse withStatus(HttpServletResponse resp, int status) {
        resp.setStatus(status);
        return resp;
    }

    /** {@code GET /api/queries/NAME.rq}: a canned query's text with its header; {@code /api/queries/} lists them. */
    private static final class QueryTextServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient QueryRegistry queries;

        QueryTextServlet(QueryRegistry queries) {
            this.queries = queries;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (refuseUnlessRead(req, resp))
                return;
            boolean head = req.getMethod().equals("HEAD");
            String name = queryName(req);
            if (name == null) {
                StringBuilder list = new StringBuilder();
                for (CannedQuery q : queries.all())
                    list.append(q.name()).append(".rq\t").append(q.question() == null ? "" : q.question()).append('\n');
                sendText(resp, "text/plain", list.toString(), head);
                return;
            }
            if (!queries.contains(name)) {
                sendText(withStatus(resp, 404), "text/plain", "No canned query named \"" + name + "\"\n", head);
                return;
            }
            sendText(resp, SPARQL_QUERY, queries.get(name).text(), head);
        }
    }

    /** {@code GET /api/config.json}: the endpoint paths, so the pages do not hard-code the dataset name. */
    private static final class ConfigServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String json;

        ConfigServlet(ServerOptions options) {
            // The dataset name is letters, digits, '_', '.', '-' (checked by ServerOptions): no escaping needed.
            this.json = "{\"sparql\":\"" + options.datasetPath() + "/sparql\",\"ui\":\"" + GeoServer.UI_PATH + "\"}\n";
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (refuseUnlessRead(req, resp))
                return;
            sendText(resp, "application/json", json, req.getMethod().equals("HEAD"));
        }
    }

    /** One classpath resource at one path. */
    private static final class ResourceServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String resource;

        ResourceServlet(String resource) {
            this.resource = resource;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (refuseUnlessRead(req, resp))
                return;
            URL url = StanceView.class.getClassLoader().getResource(resource);
            if (url == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            copy(url, "text/javascript", req, resp);
        }
    }

    /** The pages under {@code web/}; {@code /} is {@code web/index.html}. */
    private static final class PageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final Map<String, String> TYPES = Map.of(
                "html", "text/html", "css", "text/css", "js", "text/javascript", "svg", "image/svg+xml", "png", "image/png");

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (refuseUnlessRead(req, resp))
                return;
            String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
            if (path.isEmpty() || path.equals("/"))
                path = "/index.html";
            // Only plain names of the files shipped under web/: no traversal, no directories.
            if (!path.matches("(/[A-Za-z0-9_-]+)*/[A-Za-z0-9_.-]+") || path.contains("..")) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            URL url = StanceView.class.getClassLoader().getResource(WEB_ROOT + path);
            String ext = path.substring(path.lastIndexOf('.') + 1);
            if (url == null || !TYPES.containsKey(ext)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            copy(url, TYPES.get(ext), req, resp);
        }
    }

    private static void copy(URL url, String type, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(type.startsWith("image/png") ? type : type + "; charset=utf-8");
        if (req.getMethod().equals("HEAD"))
            return;
        try (InputStream in = url.openStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
