package org.veritext.core.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByAdminTrue();

    long countByAdminTrueAndEnabledTrue();

    List<UserAccount> findAllByOrderByUsername();
}
