package org.veritext.app.live;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.veritext.app.VeritextProperties;

/**
 * This process's name among the nodes that share one database, as presence rows record it: the configured
 * {@code veritext.node-name}, or the host name with a random suffix (a restarted process is a new node; its old
 * rows simply go stale).
 */
@Component
public class NodeName {

    /** The width of the presence table's {@code node} column. */
    private static final int MAX_LENGTH = 100;

    private final String value;

    NodeName(VeritextProperties properties) {
        String configured = properties.nodeName();
        String name = configured != null && !configured.isBlank() ? configured.strip()
                : hostName() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.value = name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    public String value() {
        return value;
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
