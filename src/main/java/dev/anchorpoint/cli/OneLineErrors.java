package dev.anchorpoint.cli;

import picocli.CommandLine;

import java.util.Arrays;

/**
 * Turns any failure into one line on stderr and a non-zero exit code; the stack trace only with --verbose
 * (or ANCHORPOINT_VERBOSE=1). People running the CLI on a bad file need the reason, not a trace.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = "1".equals(System.getenv("ANCHORPOINT_VERBOSE"))
                || Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--verbose");
        String msg = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
                : ex.getMessage().lines().findFirst().orElse("");
        cli.getErr().println("anchorpoint: error: " + msg);
        if (verbose) {
            ex.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return isBadInput(ex) ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }

    private static boolean isBadInput(Exception ex) {
        String pkg = ex.getClass().getPackageName();
        return ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                || pkg.startsWith("dev.anchorpoint");
    }
}
