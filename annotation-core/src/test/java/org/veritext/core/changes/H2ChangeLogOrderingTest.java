package org.veritext.core.changes;

import org.springframework.boot.test.context.SpringBootTest;

/** The ordering contract on H2, the embedded default. */
@SpringBootTest
class H2ChangeLogOrderingTest extends ChangeLogOrderingContract {

    @Override
    int sessionsWaitingForALock() {
        Integer waiting = jdbc.queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL", Integer.class);
        return waiting == null ? 0 : waiting;
    }
}
