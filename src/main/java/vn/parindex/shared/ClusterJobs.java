package vn.parindex.shared;

import java.time.Duration;

/**
 * Runs a scheduled job on one node of the cluster: while one node runs it, the others skip it, and a
 * node whose timer fires less than {@code minGap} after another node started the same job skips it
 * too (so one firing, seen by every node, runs once). See docs/adr/0008-cluster-job-lock.md.
 */
public interface ClusterJobs {

    /**
     * Runs the work here unless another node runs it now or started it less than {@code minGap} ago.
     *
     * @return true when the work ran on this node
     */
    boolean runOnce(String job, Duration minGap, Runnable work);
}
