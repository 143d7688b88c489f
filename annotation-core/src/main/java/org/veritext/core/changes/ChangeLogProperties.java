package org.veritext.core.changes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the change log's followers.
 *
 * @param pollInterval how often a follower looks at the log when nothing woke it: the safety net under the
 *                     signals (a missed NOTIFY delays a change by at most this long)
 * @param batchSize    how many changes a follower reads at a time
 */
@ConfigurationProperties("veritext.changes")
public record ChangeLogProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("500") int batchSize) {
}
