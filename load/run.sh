#!/usr/bin/env bash
# Load test of the self-assessment sheet at the deadline rush (issue 16), in one command:
#   load/run.sh [SECONDS] [USERS]      defaults: 120 seconds of steady load, 200 focal points
# Builds the production jar, prepares the database parindex_load on the MariaDB server at
# 127.0.0.1:3306 (root, no password; LOAD_DB_* to change), starts the jar on 127.0.0.1:8081, creates
# the load units and focal points (load/setup.sql), runs the Gatling simulation
# (src/test/java/vn/parindex/load), which reads every saved score back from the database afterwards,
# and prints the start time, p95, errors, lost values and the CPU share of the load generator.
# Environment: LOAD_PORT (8081), LOAD_SKIP_BUILD=1 (reuse target/load/portal.jar),
# LOAD_FRESH_DB=1 (drop parindex_load first), LOAD_BROWSERS (2 real Chromium pages alongside, 0: none).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_STEADY=${1:-120}
USERS=${2:-200}
# Bounded, as the issue asks: at most an hour and 1,000 users.
if (( SECONDS_STEADY < 10 || SECONDS_STEADY > 3600 || USERS < 1 || USERS > 1000 )); then
    echo "usage: load/run.sh [SECONDS 10..3600] [USERS 1..1000]" >&2
    exit 2
fi
PORT=${LOAD_PORT:-8081}
DB=${LOAD_DB_NAME:-parindex_load}
DB_HOST=${LOAD_DB_HOST:-127.0.0.1}
DB_PORT=${LOAD_DB_PORT:-3306}
DB_USER=${LOAD_DB_USER:-root}
DB_PASSWORD=${LOAD_DB_PASSWORD:-}
BROWSERS=${LOAD_BROWSERS:-2}
case "$DB_HOST" in 127.0.0.1 | localhost | ::1) ;; *) echo "loopback addresses only" >&2; exit 2 ;; esac
OUT=target/load
mkdir -p "$OUT"
sql() { MYSQL_PWD="$DB_PASSWORD" mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" "$@"; }

if [[ "${LOAD_SKIP_BUILD:-0}" != 1 || ! -f "$OUT/portal.jar" ]]; then
    echo "== building the production jar (./mvnw -Pproduction,external-db package)"
    ./mvnw -o -q -Pproduction,external-db package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true
    cp target/par-index-portal-*.jar "$OUT/portal.jar"
fi

if [[ "${LOAD_FRESH_DB:-0}" == 1 ]]; then
    sql -e "DROP DATABASE IF EXISTS \`$DB\`"
fi
sql -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# The demo province is loaded once; later starts skip it (as a production restart would).
DEMO=true
if [[ "$(sql -N "$DB" -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'app_user'")" == 1 ]] \
    && [[ "$(sql -N "$DB" -e "SELECT COUNT(*) FROM app_user WHERE username = 'gtvt'")" == 1 ]]; then
    DEMO=false
fi
echo "== starting the portal on 127.0.0.1:$PORT against $DB (demo data to load: $DEMO)"
started=$(date +%s.%N)
SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" \
SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
PARINDEX_DEMO=$DEMO PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
    java -Xmx1g -jar "$OUT/portal.jar" > "$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q '"UP"'; then break; fi
    kill -0 $APP_PID 2>/dev/null || { echo "the portal did not start, see $OUT/app.log" >&2; exit 1; }
    sleep 0.5
done
ready=$(date +%s.%N)
START_SECONDS=$(echo "$ready - $started" | bc)
START_CPU=$(echo "scale=1; $(awk '{print $14 + $15}' "/proc/$APP_PID/stat") / $(getconf CLK_TCK)" | bc)
echo "== ready after ${START_SECONDS} s, ${START_CPU} s CPU ($(grep -ao 'Started Application in [0-9.]* seconds' "$OUT/app.log" || true))"

sql "$DB" -e "SET @users = $USERS + $BROWSERS; SOURCE load/setup.sql;"

echo "== load: $USERS users, ramp $(( SECONDS_STEADY < 60 ? SECONDS_STEADY : 60 )) s, steady $SECONDS_STEADY s, $BROWSERS browsers alongside (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
rm -f "$OUT/report.txt"
set +e
./mvnw -o -q -Pload test-compile gatling:test -Dspotless.check.skip=true -Djacoco.skip=true \
    -Dload.baseUrl="http://127.0.0.1:$PORT" -Dload.users="$USERS" -Dload.seconds="$SECONDS_STEADY" \
    -Dload.browsers="$BROWSERS" -Dload.jdbcUrl="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" \
    -Dload.jdbcUser="$DB_USER" -Dload.jdbcPassword="$DB_PASSWORD" -Dload.report="$OUT/report.txt" \
    -Dload.appPid="$APP_PID" -Dload.clkTck="$(getconf CLK_TCK)" > "$OUT/gatling.log" 2>&1
GATLING_RC=$?
set -e

echo "== results (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
REPORT=$(ls -td target/gatling/*/ 2>/dev/null | head -1)
if [[ -n "$REPORT" && -f "$REPORT/js/stats.js" ]]; then
    python3 load/stats.py "$REPORT/js/stats.js"
    echo "Gatling report: ${REPORT}index.html"
fi
grep -E "95th percentile|count of failed" "$OUT/gatling.log" || true
cat "$OUT/report.txt" 2>/dev/null || tail -40 "$OUT/gatling.log"
echo "start to ready: ${START_SECONDS} s wall, ${START_CPU} s CPU (demo data loaded: $DEMO)"
exit $GATLING_RC
