package org.geokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;

/**
 * Serves Fuseki's browser UI (the {@code jena-fuseki-ui} jar, files under {@code webapp/} on the
 * classpath) at {@link GeoServer#UI_PATH}, with the read-only admin calls it needs.
 *
 * <p>The UI builds every server URL from its own page path, so from {@code /ui/} it asks
 * {@code /ui/$/server} and {@code /ui/geokg/sparql}. Anything under {@code /ui/} that is not a UI
 * file is therefore answered with a 307 redirect to the same path without {@code /ui}; the
 * browser repeats the request (method and body kept) at the real endpoint, where the usual
 * authentication constraints apply. Only the descriptive admin calls are installed:
 * {@code /$/ping}, {@code /$/server}, GET {@code /$/datasets} and {@code /$/stats}; none that
 * create, delete, back up or compact datasets.
 */
final class FusekiUi {

    private static final String RESOURCE_ROOT = "webapp";

    private FusekiUi() {}

    static void install(FusekiServer.Builder builder) {
        builder.addServlet(GeoServer.UI_PATH + "*", new UiServlet())
               .addServlet("/$/server", new ReadOnlyServlet(new ActionServerStatus()))
               .addServlet("/$/datasets/*", new ReadOnlyServlet(new ActionDatasets()))
               .enablePing(true)
               .enableStats(true);
    }

    /** The UI's static files, and redirects for the server calls it makes relative to its page. */
    private static final class UiServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = req.getPathInfo();
            if (path == null) {
                resp.sendRedirect(GeoServer.UI_PATH);
                return;
            }
            if (path.equals("/"))
                path = "/index.html";
            URL file = isStaticFile(path) ? FusekiUi.class.getClassLoader().getResource(RESOURCE_ROOT + path) : null;
            if (file == null) {
                // "//host/..." would make the Location a protocol-relative URL to another site.
                if (path.startsWith("//") || path.contains("\\"))
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                else
                    redirectToServer(req, resp, path);
                return;
            }
            String method = req.getMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                resp.setHeader("Allow", "GET, HEAD");
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            String type = getServletContext().getMimeType(path);
            resp.setContentType(type != null ? type : "application/octet-stream");
            if (method.equals("HEAD"))
                return;
            try (InputStream in = file.openStream(); OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }

        private static boolean isStaticFile(String path) {
            // No traversal out of webapp/, no server calls ("$"), and only files the UI build ships.
            return !path.contains("..") && !path.contains("$") && !path.endsWith("/");
        }

        private static void redirectToServer(HttpServletRequest req, HttpServletResponse resp, String path) {
            String query = req.getQueryString();
            resp.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
            resp.setHeader("Location", req.getContextPath() + path + (query == null ? "" : "?" + query));
        }
    }

    /** Passes GET and HEAD to an admin servlet and refuses every other method. */
    private static final class ReadOnlyServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final HttpServlet delegate;

        ReadOnlyServlet(HttpServlet delegate) {
            this.delegate = delegate;
        }

        @Override
        public void init() throws jakarta.servlet.ServletException {
            delegate.init(getServletConfig());
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp)
                throws IOException, jakarta.servlet.ServletException {
            String method = req.getMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                delegate.service(req, resp);
                return;
            }
            resp.setHeader("Allow", "GET, HEAD");
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Read-only server: " + method + " is not allowed here");
        }

        @Override
        public void destroy() {
            delegate.destroy();
        }
    }
}
