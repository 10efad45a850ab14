package dev.anchorpoint.tagging.match;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory Lucene index (ByteBuffersDirectory) over the examples: their stems for BM25 and their sentence
 * embeddings in an HNSW graph (KnnFloatVectorField). A search returns, for every example found by either, its
 * cosine similarity and its BM25 score. Read-only after construction, so searches may run on any thread.
 */
public final class MatchIndex {
    static final String STEMS = "stems";
    static final String VECTOR = "vec";
    static final String ORD = "ord";
    /** Words too common in speech to say anything about a dimension. */
    public static final Set<String> STOP = Set.of("i", "we", "the", "a", "an", "and", "to", "of", "it", "that", "was", "is",
            "they", "them", "their", "in", "on", "for", "with", "so", "but", "my", "our", "be", "had", "have", "were",
            "at", "this", "just", "you", "me", "us", "what", "there", "then", "did", "do", "i'm", "it'", "would",
            "i'd", "he", "she", "his", "her", "or", "as", "by", "from", "if", "all", "are", "when", "out", "up",
            "about", "realli", "veri", "been", "get", "got", "go", "went", "which", "who", "some", "not", "no");

    private final List<Example> examples;
    private final float[][] vectors;
    private final IndexSearcher searcher;

    public MatchIndex(List<Example> examples, List<List<String>> stems, float[][] vectors) {
        this.examples = List.copyOf(examples);
        this.vectors = vectors;
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setSimilarity(new BM25Similarity()))) {
            for (int i = 0; i < examples.size(); i++) {
                Document d = new Document();
                d.add(new StoredField(ORD, i));
                d.add(new TextField(STEMS, String.join(" ", stems.get(i)), Field.Store.NO));
                d.add(new KnnFloatVectorField(VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
                w.addDocument(d);
            }
            w.forceMerge(1);
            w.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory match index", e);
        }
    }

    public List<Example> examples() {
        return examples;
    }

    public float[] vector(int ord) {
        return vectors[ord];
    }

    /** Cosine and BM25 of each example found; {@code exclude} (an ord, or -1) is left out (leave-one-out). */
    public Map<Integer, double[]> search(List<String> queryStems, float[] queryVector, int k, int exclude) {
        Map<Integer, double[]> hits = new HashMap<>();
        try {
            var storedFields = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(VECTOR, queryVector, k + 1), k + 1).scoreDocs) {
                int ord = storedFields.document(sd.doc).getField(ORD).numericValue().intValue();
                if (ord != exclude) {
                    hits.put(ord, new double[]{SentenceEmbedder.dot(queryVector, vectors[ord]), 0});
                }
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String s : queryStems) {
                if (!STOP.contains(s) && !s.isEmpty()) {
                    terms.add(s);
                }
            }
            if (!terms.isEmpty()) {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                for (String t : terms) {
                    q.add(new TermQuery(new Term(STEMS, t)), BooleanClause.Occur.SHOULD);
                }
                for (ScoreDoc sd : searcher.search(q.build(), k + 1).scoreDocs) {
                    int ord = storedFields.document(sd.doc).getField(ORD).numericValue().intValue();
                    if (ord != exclude) {
                        hits.computeIfAbsent(ord, o -> new double[]{SentenceEmbedder.dot(queryVector, vectors[o]), 0})[1]
                                = sd.score;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index search failed", e);
        }
        return hits;
    }
}
