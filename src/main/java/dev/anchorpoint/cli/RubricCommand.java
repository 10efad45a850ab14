package dev.anchorpoint.cli;

import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.tagging.match.ExampleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "rubric", description = "Work with rubric files.", subcommands = {RubricCommand.Validate.class, RubricCommand.Phrasings.class})
final class RubricCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("usage: anchorpoint rubric validate|phrasings FILE|NAME");
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

    @Command(name = "phrasings", description = {
            "Print the sentences in the rubric's own words (anchors, then its example corpus, one a line) that",
            "speech recognition mixes into Sphinx4's language model."})
    static final class Phrasings implements Callable<Integer> {
        @Parameters(paramLabel = "FILE|NAME", description = "Rubric YAML file, or a bundled rubric name.")
        String rubric;

        @Override
        public Integer call() {
            ExampleCorpus.phrasings(RubricLoader.load(rubric)).forEach(System.out::println);
            return 0;
        }
    }
}
