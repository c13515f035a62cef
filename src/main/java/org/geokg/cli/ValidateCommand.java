package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.geokg.validate.ShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg validate}: all the checks of a load, without touching the store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check article files (JSON structure, references, spans, SHACL shapes) without loading them.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or directories.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleMapper mapper = new ArticleMapper();
        ShaclValidator validator = ShaclValidator.standard();
        int bad = 0;
        List<Path> files = InputFiles.expand(inputs);
        for (Path f : files) {
            try {
                Article a = ArticleSource.read(f);
                validator.check(mapper.toGraph(a), a.id());
                out.println(f + ": ok (article " + a.id() + ", " + a.entities().size() + " entities, "
                        + a.positions().size() + " positions)");
            } catch (GeoKgException e) {
                bad++;
                err.println("geokg: " + e.getMessage());
            }
        }
        out.println(files.size() - bad + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " valid");
        return bad > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
