#!/usr/bin/env bash
# Puts the baseline release's jars (hog-spec, hog-model, hog-client-generated, hog-client-ergonomic at
# the version in baseline.properties) into the local Maven repository, for japicmp to compare with.
# While that release is not on Maven Central, they are built from the release's recorded commit:
# `git archive` of the commit into a temporary folder, the -SNAPSHOT version of its poms stamped as
# the release version, `mvnw install -DskipTests`. Done once per local repository (skipped when the
# jars are there). Needs git history holding the commit; a shallow clone fetches just that commit.
# Usage: install-baseline.sh <repository root> <local Maven repository>
set -euo pipefail
root=$(cd "$1" && pwd)
repo=$2
props="$root/spec/baseline/baseline.properties"
prop() { sed -n "s/^$1=//p" "$props" | tr -d '[:space:]'; }
version=$(prop hog.baseline.version)
commit=$(prop hog.baseline.commit)
[[ -n "$version" && -n "$commit" ]] || { echo "$props: hog.baseline.version and hog.baseline.commit are required" >&2; exit 2; }

last="$repo/ai/thehog/hog-client-ergonomic/$version/hog-client-ergonomic-$version.jar"
if [[ -f "$last" ]]; then
  echo "[docs-update] baseline $version: jars already in $repo"
  exit 0
fi
if ! git -C "$root" cat-file -e "$commit^{commit}" 2>/dev/null; then
  echo "[docs-update] baseline $version: fetching commit $commit"
  git -C "$root" fetch --quiet --depth=1 origin "$commit"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$root" archive "$commit" | tar -x -C "$work"
find "$work" -name pom.xml -exec sed -i -E "s#<version>[0-9][0-9.]*-SNAPSHOT</version>#<version>$version</version>#" {} +
echo "[docs-update] baseline $version: building hog-model, hog-client-generated, hog-client-ergonomic from $commit"
(cd "$work" && ./mvnw -B -ntp -q -Dmaven.repo.local="$repo" install -DskipTests -pl hog-client-ergonomic -am)
echo "[docs-update] baseline $version: installed in $repo"
