package dev.anchorpoint.asr;

import edu.cmu.sphinx.linguist.WordSequence;
import edu.cmu.sphinx.linguist.language.ngram.LanguageModel;
import edu.cmu.sphinx.util.LogMath;
import edu.cmu.sphinx.util.props.PropertyException;
import edu.cmu.sphinx.util.props.PropertySheet;
import edu.cmu.sphinx.util.props.S4Component;
import edu.cmu.sphinx.util.props.S4Double;

import java.io.IOException;
import java.util.Set;

/**
 * Sphinx4 language model component: the general English model mixed linearly with a role's domain model
 * ({@link DomainLanguageModel}), P = (1 - w) P_general + w P_domain. Sphinx4 1.0.0 has an InterpolatedLanguageModel,
 * but configured from XML it fails on allocation (its LogMath is only set by the programmatic constructor).
 *
 * <p>The vocabulary stays the general model's: the domain model only reweights words the general model (and so
 * the search's lexical tree) already has, and the general model is never asked about a word it does not know.
 */
public final class MixedLanguageModel implements LanguageModel {
    @S4Component(type = LanguageModel.class)
    public static final String PROP_GENERAL = "generalModel";
    @S4Component(type = LanguageModel.class)
    public static final String PROP_DOMAIN = "domainModel";
    @S4Double(defaultValue = 0.1)
    public static final String PROP_DOMAIN_WEIGHT = "domainWeight";

    private LanguageModel general;
    private LanguageModel domain;
    private float logGeneralWeight;
    private float logDomainWeight;
    private LogMath logMath;

    @Override
    public void newProperties(PropertySheet ps) throws PropertyException {
        general = (LanguageModel) ps.getComponent(PROP_GENERAL);
        domain = (LanguageModel) ps.getComponent(PROP_DOMAIN);
        double w = ps.getDouble(PROP_DOMAIN_WEIGHT);
        if (w <= 0 || w >= 1) {
            throw new PropertyException(getClass().getName(), PROP_DOMAIN_WEIGHT, "must be between 0 and 1: " + w);
        }
        logMath = LogMath.getLogMath();
        logGeneralWeight = logMath.linearToLog(1 - w);
        logDomainWeight = logMath.linearToLog(w);
    }

    @Override
    public void allocate() throws IOException {
        general.allocate();
        domain.allocate();
    }

    @Override
    public void deallocate() throws IOException {
        general.deallocate();
        domain.deallocate();
    }

    @Override
    public float getProbability(WordSequence words) {
        float g = general.getProbability(words);
        float d = domain.getProbability(words);
        if (d <= LogMath.LOG_ZERO) {
            return logGeneralWeight + g;
        }
        return logMath.addAsLinear(logGeneralWeight + g, logDomainWeight + d);
    }

    @Override
    public float getSmear(WordSequence words) {
        return general.getSmear(words);
    }

    @Override
    public Set<String> getVocabulary() {
        return general.getVocabulary();
    }

    @Override
    public int getMaxDepth() {
        return Math.min(general.getMaxDepth(), domain.getMaxDepth());
    }

    @Override
    public void onUtteranceEnd() {
        general.onUtteranceEnd();
        domain.onUtteranceEnd();
    }
}
