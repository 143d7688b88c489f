package org.veritext.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.veritext.search.similar.EmbeddingProperties;

/** The search module: the claim index on disk, kept in step with the database, and the search over it. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties({SearchProperties.class, EmbeddingProperties.class})
public class SearchConfiguration {
}
