package org.veritext.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module.
 *
 * @param indexDir the folder of the Lucene index; derived data, rebuilt from the database when missing or damaged
 */
@ConfigurationProperties("veritext.search")
public record SearchProperties(@DefaultValue("data/index") Path indexDir) {
}
