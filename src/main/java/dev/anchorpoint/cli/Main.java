package dev.anchorpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of target/anchorpoint.jar. */
@Command(name = "anchorpoint", mixinStandardHelpOptions = true, version = "anchorpoint 0.1.0",
        description = "Interview transcription and evidence-backed scoring against anchored scorecards.",
        subcommands = {ScoreCommand.class, TranscribeCommand.class, ServeCommand.class, RubricCommand.class,
                EvalTaggerCommand.class, BenchAsrCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
