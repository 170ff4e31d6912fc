#!/usr/bin/env bash
# Start time of the production jar against the MariaDB server (issue 16):
#   load/start-time.sh [DATABASE] [extra java options...]
# DATABASE defaults to parindex_load (an existing, migrated database, as at a restart); a name that
# does not exist yet is created empty, so the start includes every migration and the first admin.
# No demo data. Prints the wall time from `java -jar` to readiness (/actuator/health/readiness UP),
# Spring's own "Started ... in" figure, and the CPU time the JVM used until then (all its threads),
# which unlike the wall time hardly depends on what else the machine is doing.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-parindex_load}
shift || true
PORT=${LOAD_PORT:-8081}
JAR=${LOAD_JAR:-target/load/portal.jar}
[[ -f "$JAR" ]] || { echo "no $JAR: run load/run.sh once, or build with -Pproduction,external-db" >&2; exit 2; }
mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
LOG=target/load/start-$DB.log
started=$(date +%s.%N)
SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SPRING_DATASOURCE_USERNAME=root \
SPRING_DATASOURCE_PASSWORD= PARINDEX_DEMO=false PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
    java "$@" -jar "$JAR" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $PID 2>/dev/null || { echo "the portal did not start, see $LOG" >&2; exit 1; }
    sleep 0.2
done
ready=$(date +%s.%N)
ticks=$(awk '{print $14 + $15}' "/proc/$PID/stat")
echo "database $DB: ready after $(echo "$ready - $started" | bc) s wall," \
    "$(echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc) s CPU;" \
    "$(grep -ao 'Started Application in [0-9.]* seconds' "$LOG");" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
