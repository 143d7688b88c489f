package org.veritext.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application.
 *
 * @param dataDir  where the embedded H2 database ({@code db/}) and the search index ({@code index/}) live; a path
 *                 such as {@code ./data} or {@code /srv/veritext} (H2 does not take a bare relative path like
 *                 {@code data})
 * @param nodeName this process's name among the nodes sharing one database (who has which article open is kept per
 *                 node); by default the host name with a random suffix, so two processes on one host differ
 */
@ConfigurationProperties("veritext")
public record VeritextProperties(@DefaultValue("./data") Path dataDir, String nodeName) {
}
