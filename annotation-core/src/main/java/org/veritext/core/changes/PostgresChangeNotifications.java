package org.veritext.core.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, LISTENs for the NOTIFY that every change-log append sends at commit, and passes the position on
 * to this node's {@link ChangeSignal}: a change saved through another node reaches this node's followers within
 * milliseconds. If the listening connection breaks, it is opened again; meanwhile the followers' polling carries on.
 * On H2 (one node) it does nothing.
 */
@Component
class PostgresChangeNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeNotifications.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final ChangeLog changeLog;
    private final ChangeSignal signal;
    private volatile boolean running;
    private Thread thread;

    PostgresChangeNotifications(DataSource dataSource, ChangeLog changeLog, ChangeSignal signal) {
        this.dataSource = dataSource;
        this.changeLog = changeLog;
        this.signal = signal;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (changeLog.isPostgres()) {
            thread = Thread.ofPlatform().daemon().name("listen-changes").start(this::listen);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000; // before the followers start, after them stop
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + ChangeLog.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (warned) {
                    log.info("Listening for changes from other nodes again");
                    warned = false;
                }
                // Changes committed while we were not listening: the followers' next read finds them.
                signal.announce(changeLog.head());
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            signal.announce(Long.parseLong(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!warned) {
                    log.warn("Not listening for changes from other nodes ({}); relying on polling until it works again",
                            e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            signal.awaitBeyond(Long.MAX_VALUE, RECONNECT_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
