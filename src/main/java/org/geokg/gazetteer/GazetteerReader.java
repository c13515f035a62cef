package org.geokg.gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer TSV files of one classpath folder into records. The files and their
 * columns are described in {@code src/main/resources/gazetteer/README.md}.
 */
final class GazetteerReader {
    private final String folder;

    GazetteerReader(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** Countries in file order, each with all its Wikidata ids (main id first). */
    Map<Country, List<String>> countries() {
        TsvTable t = TsvTable.read(folder + "countries.tsv");
        Map<Country, List<String>> out = new LinkedHashMap<>();
        for (TsvTable.Row row : t.rows()) {
            Country c = new Country(t.get(row, "iso2"), t.get(row, "iso3"), t.get(row, "name"),
                    t.get(row, "official_name"), t.get(row, "wikidata"), t.getList(row, "capitals"),
                    t.getList(row, "demonyms"), t.getList(row, "aliases"));
            if (!c.iso2().matches("[A-Z]{2}")) {
                throw new GazetteerException(t.where(row) + ": iso2 must be two capital letters, found '"
                        + c.iso2() + "'");
            }
            List<String> qids = new ArrayList<>();
            if (!c.wikidata().isEmpty()) {
                qids.add(c.wikidata());
            }
            qids.addAll(t.getList(row, "other_wikidata"));
            out.put(c, qids);
        }
        return out;
    }

    List<InternationalOrg> organizations() {
        TsvTable t = TsvTable.read(folder + "organizations.tsv");
        List<InternationalOrg> out = new ArrayList<>();
        for (TsvTable.Row row : t.rows()) {
            out.add(new InternationalOrg(t.get(row, "wikidata"), t.get(row, "name"), t.get(row, "acronym"),
                    t.getList(row, "other_names"), t.get(row, "category")));
        }
        return out;
    }

    List<GovernmentBody> governmentBodies() {
        TsvTable t = TsvTable.read(folder + "government_bodies.tsv");
        List<GovernmentBody> out = new ArrayList<>();
        for (TsvTable.Row row : t.rows()) {
            out.add(new GovernmentBody(t.get(row, "name"), t.getList(row, "aliases"), t.get(row, "iso2"),
                    t.get(row, "wikidata")));
        }
        return out;
    }

    List<OfficeHolder> officeHolders() {
        TsvTable t = TsvTable.read(folder + "officeholders.tsv");
        List<OfficeHolder> out = new ArrayList<>();
        for (TsvTable.Row row : t.rows()) {
            out.add(new OfficeHolder(t.get(row, "name"), t.get(row, "wikidata"), t.get(row, "iso2"),
                    t.get(row, "office"), date(t, row, "start", false), date(t, row, "end", true)));
        }
        return out;
    }

    /** Role title to CAMEO sector code ("foreign minister" to "GOV"). */
    Map<String, String> roleTitles() {
        TsvTable t = TsvTable.read(folder + "role_titles.tsv");
        Map<String, String> out = new LinkedHashMap<>();
        for (TsvTable.Row row : t.rows()) {
            out.put(t.get(row, "title"), t.get(row, "sector"));
        }
        return out;
    }

    /** "2021-01-26", or "2021" widened to the first (start) or last (end) day of the year. */
    private static LocalDate date(TsvTable t, TsvTable.Row row, String column, boolean end) {
        String value = t.get(row, column);
        try {
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() == 4) {
                int year = Integer.parseInt(value);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return LocalDate.parse(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new GazetteerException(t.where(row) + ": column " + column
                    + " must be YYYY or YYYY-MM-DD, found '" + value + "'", e);
        }
    }
}
