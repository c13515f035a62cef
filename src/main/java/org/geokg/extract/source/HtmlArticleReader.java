package org.geokg.extract.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.geokg.extract.ExtractionException;
import org.geokg.extract.RawArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page to a raw article with jsoup: headline, publisher, date and canonical URL from the
 * page's meta tags (Open Graph, article:*, schema.org itemprops, {@code <time>}), the body from
 * its article markup ({@code <article>}, {@code itemprop=articleBody}, {@code <main>}), with
 * scripts, navigation, headers, footers, asides and forms dropped. The text is the headline and
 * then one paragraph per block, separated by blank lines.
 */
final class HtmlArticleReader {
    /** A page whose article text is shorter than this has no article worth extracting. */
    private static final int MIN_TEXT = 80;
    private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "button, template, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".nav, .navigation, .menu, .footer, .header, .sidebar, .share, .social, .related, .comments, .advert, .ad";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre, figcaption";

    private HtmlArticleReader() {
    }

    static RawArticle read(String file, String id, String html) {
        Document page = Jsoup.parse(html);
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), itemprop(page, "headline"),
                text(page.selectFirst("article h1")), text(page.selectFirst("h1")), page.title());
        String publisher = first(meta(page, "og:site_name"), meta(page, "publisher"), meta(page, "application-name"),
                itemprop(page, "publisher"));
        String url = first(meta(page, "og:url"), page.select("link[rel=canonical]").attr("href"));
        LocalDate date = date(first(meta(page, "article:published_time"), meta(page, "datePublished"),
                itemprop(page, "datePublished"), meta(page, "date"), meta(page, "pubdate"), meta(page, "dc.date"),
                page.select("time[datetime]").attr("datetime")));
        String lang = page.select("html").attr("lang");

        page.select(DROP).remove();
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body == null) {
            body = page.selectFirst("article");
        }
        if (body == null) {
            body = page.selectFirst("main, [role=main]");
        }
        if (body == null) {
            body = page.body();
        }
        List<String> paragraphs = new ArrayList<>();
        if (title != null) {
            paragraphs.add(title.strip());
        }
        int length = 0;
        for (Element block : body.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                // a container of blocks (a quote of paragraphs): its inner blocks are read instead
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty() && !t.equals(title)) {
                paragraphs.add(t);
                length += t.length();
            }
        }
        if (length < MIN_TEXT) {
            // pages without paragraph markup: take the text of the container itself
            String t = body.text().strip();
            if (t.length() >= MIN_TEXT) {
                paragraphs.add(t);
                length = t.length();
            }
        }
        if (length < MIN_TEXT) {
            throw new ExtractionException(file + ": HTML page has no article text (found " + length
                    + " characters in <article>, <main> or paragraphs; need at least " + MIN_TEXT + ")");
        }
        String language = lang.isBlank() ? "en" : lang.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        return new RawArticle(id, title, publisher, date, url, language,
                String.join("\n\n", paragraphs));
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String itemprop(Document page, String name) {
        Element e = page.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        String content = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return content;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The date part of an ISO date or date-time; null when there is none or it does not parse. */
    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
