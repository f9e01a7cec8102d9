#!/usr/bin/env bash
# Checks that two clean builds give byte-identical jars (project.build.outputTimestamp is set in the
# root pom). Both builds are made the same way here (clean package, offline, tests skipped), after a
# build that downloaded what they need (e.g. .ci/run's install): the jars of a build that also ran the
# tests are not compared, since the tests may leave files where the jars are made from.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/reproducibility
jars() { ls -1 */target/*.jar | grep -v '/original-' | sort; }
build() { ./mvnw -B -ntp -q -o clean package -DskipTests; }
build
mkdir -p /tmp/hog-repro.$$
jars | xargs sha256sum > /tmp/hog-repro.$$/first.sha256
if [ ! -s /tmp/hog-repro.$$/first.sha256 ]; then echo "no jars in */target after the first build" >&2; exit 1; fi
build
mkdir -p "$out"
mv /tmp/hog-repro.$$/first.sha256 "$out/first.sha256"; rmdir /tmp/hog-repro.$$
jars | xargs sha256sum > "$out/second.sha256"
if diff "$out/first.sha256" "$out/second.sha256"; then
  echo "reproducible: $(wc -l < "$out/first.sha256") jars byte-identical across two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
