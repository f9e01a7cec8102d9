#!/usr/bin/env bash
# Checks that a second clean build gives byte-identical jars (project.build.outputTimestamp is set in
# the root pom). Run after a build that left its jars in */target (e.g. .ci/run's install): records
# their SHA-256, rebuilds from clean, offline, without running tests, and compares.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/reproducibility
mkdir -p "$out"
jars() { ls -1 */target/*.jar | grep -v '/original-' | sort; }
jars | xargs sha256sum > "$out/first.sha256"
if [ ! -s "$out/first.sha256" ]; then echo "no jars in */target: build first" >&2; exit 1; fi
mv "$out/first.sha256" /tmp/hog-first.$$ && ./mvnw -B -ntp -q -o clean package -DskipTests
mkdir -p "$out" && mv /tmp/hog-first.$$ "$out/first.sha256"
jars | xargs sha256sum > "$out/second.sha256"
if diff "$out/first.sha256" "$out/second.sha256"; then
  echo "reproducible: $(wc -l < "$out/first.sha256") jars byte-identical across two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
