package org.veritext.core.discussion;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, UUID> {

    List<Comment> findByClaimIdOrderByCreatedAt(UUID claimId);

    long countByClaimId(UUID claimId);
}
