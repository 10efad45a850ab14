package dev.anchorpoint.cli;

import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "rubric", description = "Work with rubric files.", subcommands = RubricCommand.Validate.class)
final class RubricCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("usage: anchorpoint rubric validate FILE|NAME");
    }

    @Command(name = "validate", description = "Check a rubric file; prints a summary or the problems found.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE|NAME", description = "Rubric YAML file, or a bundled rubric name.")
        String rubric;

        @Override
        public Integer call() {
            Rubric r = RubricLoader.load(rubric);
            System.out.printf("ok: %s (%s v%s): %d dimensions, levels %s, %d rules%n", r.id(), r.name(), r.version(),
                    r.dimensions().size(), r.levels().stream().map(l -> l.id()).toList(), r.rules().size());
            return 0;
        }
    }
}
