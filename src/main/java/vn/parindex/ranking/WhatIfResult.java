package vn.parindex.ranking;

import java.util.List;

/** The block's ranking now and as it would become with the changes, and the units that move. */
public record WhatIfResult(BlockResults current, BlockResults simulated, List<WhatIfMove> moves) {

    public WhatIfResult {
        moves = List.copyOf(moves);
    }
}
