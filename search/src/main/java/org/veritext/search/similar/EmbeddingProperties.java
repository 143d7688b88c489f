package org.veritext.search.similar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sentence embeddings behind "checked before?".
 *
 * @param enabled false to run without the embedding model (nothing is loaded): "checked before?" then matches words
 *                only. Switching it on again rebuilds an index that has no vectors at the next start.
 */
@ConfigurationProperties("veritext.search.embeddings")
public record EmbeddingProperties(@DefaultValue("true") boolean enabled) {
}
