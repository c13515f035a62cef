package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw article loaded through the extractor into a TDB2 store answers "who opposes": a reported
 * accusation by an agency, a ban by a coalition of countries, an official's concerns and a
 * department's blacklisting each name their holder, with evidence in the right sentence.
 */
class WhoOpposesFromTextIT {
    private static final String TEXT = "Gazprom Offers Pipeline Deal to Poland\n\n"
            + "Gazprom is willing to sign a pipeline deal with Poland, its chairman said on Monday. "
            + "The FBI has reportedly told European governments that Gazprom received money from Russia's "
            + "intelligence services, but the company denies it. "
            + "Antony Blinken, the US Secretary of State, voiced concerns about Gazprom. "
            + "Last year the US Commerce Department blacklisted Gazprom. "
            + "Lithuania, Latvia and Estonia followed suit and barred Gazprom from state contracts.\n";

    @TempDir
    Path dir;

    private String geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--store", dir.resolve("db").toString()));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void whoOpposesListsEveryHolderWithEvidenceInItsSentence() throws Exception {
        Path txt = dir.resolve("gazprom-note.txt");
        Files.writeString(txt, TEXT);
        geokg("load", txt.toString());
        String opposes = geokg("query", "who-opposes", "-p", "target=Gazprom", "-f", "tsv");
        assertThat(opposes).contains("\"Federal Bureau of Investigation\"\t\"GovernmentBody\"\t\"ACCUSE\"")
                .contains("\"Antony Blinken\"").contains("\"Lithuania\"").contains("\"Latvia\"")
                .contains("\"Estonia\"").contains("\"SANCTION\"");
        String evidence = geokg("query", "evidence", "-p", "holder=Federal Bureau of Investigation", "-p", "target=Gazprom", "-f", "tsv");
        int start = TEXT.indexOf("The FBI");
        assertThat(evidence).contains("\t" + start + "\t").contains("Gazprom received money");
    }
}
