package vn.parindex.ranking;

/**
 * A unit's move against last year's ranking of its block: previous rank - current rank, so up N places
 * is positive. A unit without a previous rank (new, formed by a merger, or not ranked last year) is NEW.
 */
public record RankChange(Direction direction, int places) {

    public enum Direction {
        UP,
        DOWN,
        SAME,
        NEW
    }

    public static RankChange between(Integer previousRank, int currentRank) {
        if (previousRank == null) {
            return new RankChange(Direction.NEW, 0);
        }
        int delta = previousRank - currentRank;
        if (delta > 0) {
            return new RankChange(Direction.UP, delta);
        }
        if (delta < 0) {
            return new RankChange(Direction.DOWN, -delta);
        }
        return new RankChange(Direction.SAME, 0);
    }
}
