package org.veritext.search.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.veritext.core.claim.ClaimDigest;

/**
 * The vector the index keeps beside each claim ({@link ClaimFields#VECTOR}), for finding claims of similar meaning.
 * What a vector stands for is decided where it is searched ({@code org.veritext.search.similar}); the index only
 * stores it. Vectors are computed by the follower for each batch it writes, never in a save.
 */
public interface ClaimVectors {

    /** No vectors: the index holds words only. */
    ClaimVectors NONE = new ClaimVectors() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public List<float[]> of(List<ClaimDigest> claims) {
            return new ArrayList<>(Collections.nCopies(claims.size(), null));
        }
    };

    /** True if claims get vectors; then an index without any is built again at start. */
    boolean enabled();

    /**
     * One unit-length vector per claim, in the order given, null for a claim that has none.
     *
     * @return a list as long as {@code claims}
     */
    List<float[]> of(List<ClaimDigest> claims);
}
