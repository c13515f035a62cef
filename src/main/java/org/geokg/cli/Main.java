package org.geokg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code geokg} command line: load articles, validate, query, export, serve, extract.
 *
 * <pre>{@code
 * geokg load examples/
 * geokg query who-opposes --param target=Huawei
 * }</pre>
 */
@Command(name = "geokg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of actors and their stated positions from news articles, "
                + "stores it in TDB2 and serves it over SPARQL.",
        subcommands = {LoadCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                StatsCommand.class, ExtractCommand.class, EvalCommand.class, GenerateCommand.class, BenchCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failed, 2 usage, 3 bad input, 4 store, 5 query, 70 internal error.",
                "Add --verbose to any command for stack traces."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command in-process and returns its exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ExitCodes::of);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints errors as one plain message; the stack trace only with --verbose. */
    static final class ErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            boolean verbose = parsed.expandedArgs().contains("--verbose");
            int code = ExitCodes.of(e);
            if (code == ExitCodes.INTERNAL) {
                err.println("geokg: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            } else {
                err.println("geokg: " + e.getMessage());
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }
}
