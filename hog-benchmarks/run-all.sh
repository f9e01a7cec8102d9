#!/usr/bin/env bash
# Re-runs every benchmark of docs/benchmarks.md on this machine and writes the raw output to
# hog-benchmarks/target/results/. About 15 minutes on 2 cores. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/hog-benchmarks/target/results
V=0.1.0-SNAPSHOT
mkdir -p "$OUT"

echo "== machine" | tee "$OUT/machine.txt"
{ nproc; free -h | head -2; java -version 2>&1 | head -1; ./mvnw -v 2>/dev/null | head -1; } | tee -a "$OUT/machine.txt"

echo "== build (installs the SDK; the build timing is benchmark 5 below)"
./mvnw -q -B install -DskipTests
./mvnw -q -B -pl hog-benchmarks dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP=hog-benchmarks/target/classes:$(cat hog-benchmarks/target/cp.txt)

echo "== 1. client overhead (JMH, with the GC profiler for allocations)"
java -cp "$CP" org.openjdk.jmh.Main ClientOverheadBenchmark -prof gc -rf text -rff "$OUT/1-overhead-jmh.txt" \
  | grep -v "^SLF4J" | tee "$OUT/1-overhead.txt" | tail -25

echo "== 2. batch throughput (10,000 identifiers, x5, 10 s operations; SDK 3 runs, naive 1 run)"
java -cp "$CP" ai.thehog.benchmarks.BatchThroughputHarness 10000 5 10 3 1 2>&1 | grep -v "^SLF4J" | tee "$OUT/2-batch.txt"

echo "== 2b. tight limits (sandbox at 8 requests/min and 30 polls/min, 1,000 identifiers, x5; SDK and naive alternating)"
java -cp "$CP" ai.thehog.benchmarks.TightLimitsHarness 1000 5 5 3 2>&1 | grep -v "^SLF4J" | tee "$OUT/2b-tight.txt"

echo "== 3. polling cost"
java -cp "$CP" ai.thehog.benchmarks.PollingCostHarness 20 8 2>&1 | grep -v "^SLF4J" | tee "$OUT/3-polling.txt"

echo "== 3b. polling with and without progress (3 s, 30 s, 300 s jobs, side by side)"
java -cp "$CP" ai.thehog.benchmarks.ProgressPollingHarness 20 8 2>&1 | grep -v "^SLF4J" | tee "$OUT/3b-progress.txt"

echo "== 4. the plugin (a standalone sandbox, real Maven builds)"
SANDBOX_JAR=$ROOT/hog-sandbox/target/hog-sandbox-$V-standalone.jar
PORT=18123
java -Xmx2g -jar "$SANDBOX_JAR" --port $PORT --access-key ak_bench_plugin --secret-key sk_bench_plugin_secret \
  --time-scale 100 --operation-duration-ms 5000 --plan-credits 1000000000 > "$OUT/4-sandbox.log" 2>&1 &
SANDBOX_PID=$!
trap 'kill $SANDBOX_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/__sandbox/ledger" > /dev/null && break; sleep 0.2; done
export THE_HOG_ACCESS_KEY=ak_bench_plugin THE_HOG_SECRET_KEY=sk_bench_plugin_secret
fixture() {  # fixture DIR COUNT
  rm -rf "$1"; mkdir -p "$1/src/test/hog"
  printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>b</groupId><artifactId>b</artifactId><version>1</version><packaging>pom</packaging></project>\n' > "$1/pom.xml"
  python3 -c "import json,sys; json.dump({'fields':['contact.email','profile'],'identifiers':[{'email':f'p{i}@bench.example'} for i in range(int(sys.argv[2]))]}, open(sys.argv[1],'w'), indent=1)" \
    "$1/src/test/hog/people.json" "$2"
}
requests() { curl -s "http://127.0.0.1:$PORT/__sandbox/ledger" | python3 -c "import json,sys; d=json.load(sys.stdin); print(sum(d.get('requestsPerRoute',{}).values()))"; }
enrich() {  # enrich DIR LOG
  local rc=0
  (cd "$1" && /usr/bin/time -f "process %e s, max RSS %M KB" "$ROOT/mvnw" -B \
     -Dhog.baseUrl=http://127.0.0.1:$PORT ai.thehog:hog-maven-plugin:$V:enrich) > "$2" 2>&1 || rc=$?
  echo "exit $rc" >> "$2"
}
W=$ROOT/hog-benchmarks/target/plugin-bench
fixture "$W/cached10k" 10000
enrich "$W/cached10k" "$OUT/4-first-10k.log"
before=$(requests)
enrich "$W/cached10k" "$OUT/4-rerun-10k.log"
after=$(requests)
{ echo "re-run over 10,000 cached records: requests to the sandbox during the re-run: $((after - before))"
  grep -E "All .* in the cache|requests .* elapsed|process .* s|^exit" "$OUT/4-rerun-10k.log"; } | tee "$OUT/4-plugin.txt"
fixture "$W/first100k" 100000
MAVEN_OPTS=-Xmx256m enrich "$W/first100k" "$OUT/4-first-100k.log"
{ echo "first run over 100,000 records with MAVEN_OPTS=-Xmx256m:"
  grep -E "The Hog enrichment|from cache|requests .* elapsed|process .* s|OutOfMemory|^exit" "$OUT/4-first-100k.log"; } | tee -a "$OUT/4-plugin.txt"
kill $SANDBOX_PID 2>/dev/null || true

echo "== 6. four JVMs on one account: local limiters vs the Redis limiter (needs redis-server)"
java -cp "$CP" ai.thehog.benchmarks.SharedRateLimitHarness 4 2500 1 10 local,redis 50 2>&1 | grep -v "^SLF4J" \
  | tee "$OUT/6-shared-limits.txt"

echo "== 5. build time (./mvnw -B verify, warm local repository)"
/usr/bin/time -f "wall %e s" ./mvnw -B verify > "$OUT/5-build.log" 2>&1
grep -A12 "Reactor Summary" "$OUT/5-build.log" | tee "$OUT/5-build.txt"
tail -1 "$OUT/5-build.log" | tee -a "$OUT/5-build.txt"
echo "Results in $OUT"
