package org.veritext.search.similar;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings: all-MiniLM-L6-v2 (quantised), run in this process through ONNX Runtime, with no network.
 * A text becomes a unit-length vector of {@value #DIMENSION} numbers; texts of similar meaning get vectors with a
 * high dot product even when they share no word. English only.
 *
 * <p>The model is loaded once per process (the first time it is needed; about a second) and shared: its ONNX
 * session is thread-safe. Each call runs the model on one core (one ONNX thread per Java thread was fastest here);
 * batches are spread over a small pool of threads of their own.
 *
 * <p>With {@link EmbeddingProperties#enabled()} false nothing is loaded and {@link #enabled()} says so.
 */
@Component
public class SentenceEmbeddings implements DisposableBean {

    public static final int DIMENSION = 384;
    private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final boolean enabled;
    private final ExecutorService batchThreads;
    private final AbstractInProcessEmbeddingModel model;

    SentenceEmbeddings(EmbeddingProperties properties) {
        this.enabled = properties.enabled();
        if (!enabled) {
            log.info("Sentence embeddings are switched off (veritext.search.embeddings.enabled=false): "
                    + "\"checked before?\" matches words only");
            this.batchThreads = null;
            this.model = null;
            return;
        }
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
        AtomicInteger count = new AtomicInteger();
        this.batchThreads = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sentence-embeddings-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.model = new SharedEncoderModel(LoadedModel.ENCODER, batchThreads);
    }

    /** Embeddings as configured by default: on. For benchmarks and tests outside Spring. */
    static SentenceEmbeddings load() {
        return new SentenceEmbeddings(new EmbeddingProperties(true));
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The vector of {@code text}, on the calling thread.
     *
     * @throws IllegalStateException if embeddings are switched off
     */
    public float[] embed(String text) {
        requireEnabled();
        return model.embed(text).content().vector();
    }

    /** The vectors of {@code texts}, in order, computed on the pool's threads; the caller waits. */
    public List<float[]> embedAll(List<String> texts) {
        requireEnabled();
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public void destroy() {
        if (batchThreads != null) {
            batchThreads.shutdown();
        }
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException("Sentence embeddings are switched off");
        }
    }

    /** The model, loaded when first used and kept for the life of the process (every Spring context shares it). */
    private static final class LoadedModel {

        static final OnnxBertBiEncoder ENCODER = load();

        private static OnnxBertBiEncoder load() {
            long started = System.nanoTime();
            try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
                log.info("Sentence embeddings loaded (all-MiniLM-L6-v2, quantised, {} dimensions) in {} ms",
                        DIMENSION, (System.nanoTime() - started) / 1_000_000);
                return encoder;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sentence embedding model", e);
            } catch (OrtException e) {
                throw new IllegalStateException("Cannot load the sentence embedding model", e);
            }
        }

        private static InputStream resource(String name) {
            InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (stream == null) {
                throw new IllegalStateException("The sentence embedding model " + name + " is not on the class path");
            }
            return stream;
        }
    }

    /** LangChain4j's in-process model over our encoder: batching over our threads, tokens past 510 averaged. */
    private static final class SharedEncoderModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SharedEncoderModel(OnnxBertBiEncoder encoder, ExecutorService threads) {
            super(threads);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
