package dev.anchorpoint.asr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes a role's {@link DomainLanguageModel} where Sphinx4 can load it: an ARPA file of dictionary words. */
final class SphinxDomainModel {
    private static volatile Set<String> dictionaryWords;

    private SphinxDomainModel() {
    }

    /** A temporary ARPA file (deleted when the JVM exits) built from {@code phrasings}. */
    static Path write(List<String> phrasings) {
        DomainLanguageModel lm = DomainLanguageModel.of(phrasings, dictionaryWords()::contains);
        try {
            Path file = Files.createTempFile("anchorpoint-domain-", ".arpa");
            file.toFile().deleteOnExit();
            Files.writeString(file, lm.toArpa());
            return file;
        } catch (IOException e) {
            throw new AsrException("Could not write the domain language model to the temporary directory: " + e, e);
        }
    }

    /** The words the bundled dictionary can pronounce ("word" and its variants "word(2)"). */
    static Set<String> dictionaryWords() {
        Set<String> words = dictionaryWords;
        if (words != null) {
            return words;
        }
        String resource = SphinxDecoder.DICTIONARY.substring("resource:".length());
        Set<String> read = new HashSet<>();
        try (InputStream in = SphinxDomainModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AsrException("The Sphinx4 dictionary " + resource + " is not on the classpath; rebuild with "
                        + "./mvnw package.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int end = line.indexOf(' ');
                String word = end < 0 ? line : line.substring(0, end);
                int variant = word.indexOf('(');
                read.add(variant > 0 ? word.substring(0, variant) : word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dictionaryWords = Set.copyOf(read);
        return dictionaryWords;
    }
}
