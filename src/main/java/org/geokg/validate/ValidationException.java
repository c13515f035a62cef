package org.geokg.validate;

import org.apache.jena.shacl.ValidationReport;
import org.geokg.GeoKgException;

/**
 * An article's graph broke the SHACL shapes. The message lists every violation in plain words;
 * {@link #getReport()} gives the full SHACL report for tools that want the details.
 */
public class ValidationException extends GeoKgException {
    private final transient ValidationReport report;
    private final String articleId;

    public ValidationException(String articleId, String message, ValidationReport report) {
        super(message);
        this.articleId = articleId;
        this.report = report;
    }

    /** The id of the article whose graph failed. */
    public String getArticleId() {
        return articleId;
    }

    public ValidationReport getReport() {
        return report;
    }
}
