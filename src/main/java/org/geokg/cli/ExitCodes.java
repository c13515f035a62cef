package org.geokg.cli;

import org.geokg.GeoKgException;
import org.geokg.input.InputException;
import org.geokg.query.QueryException;
import org.geokg.store.StoreException;
import org.geokg.validate.ValidationException;

/** The exit codes of every geokg command, mapped once here and documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An error geokg recognised but that fits none of the classes below. */
    public static final int FAILED = 1;
    /** Wrong command-line usage: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** Bad input: a file that is not a valid article (JSON, SHACL, extraction), or a bad gold or prediction file. */
    public static final int BAD_INPUT = 3;
    /** The store could not be opened or written. */
    public static final int STORE = 4;
    /** A query could not be found, parsed, bound or finished in time. */
    public static final int QUERY = 5;
    /** A bug: an unexpected exception. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    static int of(Throwable e) {
        if (e instanceof picocli.CommandLine.ParameterException) {
            return USAGE;
        }
        if (e instanceof InputException || e instanceof ValidationException || isExtraction(e)
                || e instanceof org.geokg.eval.EvalException) {
            return BAD_INPUT;
        }
        if (e instanceof StoreException) {
            return STORE;
        }
        if (e instanceof QueryException) {
            return QUERY;
        }
        if (e instanceof GeoKgException) {
            return FAILED;
        }
        return INTERNAL;
    }

    private static boolean isExtraction(Throwable e) {
        return e.getClass().getName().startsWith("org.geokg.extract.");
    }
}
