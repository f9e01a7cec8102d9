#!/usr/bin/env bash
# docs/benchmarks.md section 7: the hog command on large CSV files against a standalone hog-sandbox
# with its rate limits lifted (the client keeps the real API's pace), each run under -Xmx256m (or $XMX).
#   hog-benchmarks/cli-scale.sh first N      # a first run of N rows (every record paid for once)
#   hog-benchmarks/cli-scale.sh cached N     # a re-run on a cache that holds all N records
# A cached re-run's cache is written directly (the records' keys computed as the engine does), so
# that 1,000,000 cached rows do not need 1,000,000 enrichments first.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=$1 N=$2 XMX=${XMX:-256m} PORT=${PORT:-18420}
JAR=${JAR:-$(ls "$PWD"/hog-cli/target/hog-cli-*.jar | grep -v -e sources -e javadoc -e original | head -1)}
SANDBOX=$(ls hog-sandbox/target/hog-sandbox-*-standalone.jar | head -1)
DIR=${DIR:-target/cli-scale}/$MODE-$N
mkdir -p "$DIR"
if ! curl -s "http://127.0.0.1:$PORT/__sandbox/ledger" > /dev/null; then
  java -jar "$SANDBOX" --port "$PORT" --access-key ak_bench --secret-key sk_bench_secret_1 \
    --requests-per-minute 1000000 --polls-per-minute 1000000 --operation-duration-ms 500 \
    --plan-credits 100000000000 > "$DIR/sandbox.log" 2>&1 &
  for _ in $(seq 120); do  # until the sandbox answers (a loaded machine can take longer than a few seconds)
    curl -s "http://127.0.0.1:$PORT/__sandbox/ledger" > /dev/null && break
    sleep 0.5
  done
fi
python3 - "$N" "$DIR" "$MODE" <<'PY'
import hashlib, sys
n, d, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(f'{d}/in.csv', 'w') as csv, open(f'{d}/hog-cache.jsonl', 'w') as cache:
    csv.write('name,email,company\n')
    for i in range(n):
        e = f'p{i}@{mode}{n}.example'
        csv.write(f'Person {i},{e},Co {i % 97}\n')
        if mode == 'cached':
            canonical = '{"fields":["contact.email"],"identifier":{"email":"%s"},"signals_config":null}' % e
            key = hashlib.sha256(canonical.encode()).hexdigest()
            cache.write('{"key":"%s","identifier":{"email":"%s"},"fields":["contact.email"],"status":"succeeded",'
                        '"data":{"email":"%s","emailVerified":true}}\n' % (key, e, e))
PY
requests() { curl -s "http://127.0.0.1:$PORT/__sandbox/ledger" | python3 -c \
  "import json,sys; print(sum(json.load(sys.stdin).get('requestsPerRoute', {}).values()))"; }
before=$(requests)
( cd "$DIR" && THE_HOG_ACCESS_KEY=ak_bench THE_HOG_SECRET_KEY=sk_bench_secret_1 \
  THE_HOG_SERVER_URL="http://127.0.0.1:$PORT" XDG_CACHE_HOME="$PWD/xdg" \
  /usr/bin/time -f "%e s wall, %U s user, %M KB max RSS" java -Xmx"$XMX" -jar "$JAR" \
  enrich in.csv -f contact.email --json > summary.json 2> err.txt ) || true
echo "$MODE $N -Xmx$XMX: requests $(( $(requests) - before )); $(tail -1 "$DIR/err.txt"); $(cat "$DIR/summary.json")"
