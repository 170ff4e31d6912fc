-- Scheduled jobs run once per cluster (docs/adr/0008-cluster-job-lock.md).
-- INT_LOCK is Spring Integration's JDBC lock registry table (its schema-mysql.sql): a node holds a
-- job's lock while it runs it, as a row that replicates (unlike GET_LOCK); a dead node's row expires.
CREATE TABLE INT_LOCK (
    LOCK_KEY     CHAR(36)     NOT NULL,
    REGION       VARCHAR(100) NOT NULL,
    CLIENT_ID    CHAR(36),
    CREATED_DATE DATETIME(6)  NOT NULL,
    PRIMARY KEY (LOCK_KEY, REGION)
) ENGINE = InnoDB;

-- When each job last started, and where: a node whose timer fires just after another node finished
-- the same firing finds it done and skips it.
CREATE TABLE cluster_job (
    name            VARCHAR(100) NOT NULL PRIMARY KEY,
    last_started_at DATETIME(6),
    last_node       VARCHAR(100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Galera replicates a sequence's state only when it keeps no cache (MDEV-27862); on a single server
-- NOCACHE costs one row write per 50 ids (Hibernate's pooled optimizer), nothing to notice.
ALTER SEQUENCE appraisal_item_seq NOCACHE;
ALTER SEQUENCE org_unit_seq NOCACHE;
ALTER SEQUENCE unit_head_seq NOCACHE;
ALTER SEQUENCE audit_event_seq NOCACHE;
ALTER SEQUENCE criteria_node_seq NOCACHE;
ALTER SEQUENCE score_item_seq NOCACHE;
ALTER SEQUENCE notification_message_seq NOCACHE;
ALTER SEQUENCE notification_seq NOCACHE;
