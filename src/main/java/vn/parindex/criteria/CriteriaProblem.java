package vn.parindex.criteria;

import java.util.List;

/** Something that makes a criteria set invalid, tied to a node when it concerns one. */
public record CriteriaProblem(Long nodeId, String code, String messageKey, List<Object> arguments) {

    public Object[] args() {
        return arguments.toArray();
    }
}
