#!/usr/bin/env bash
# Runs issue 20's case tests, as they are in this tree, on the code the issue was filed against
# (85b4551) and prints each test's result: every one should FAIL there (docs/design/issue-20-cases.md).
# Usage: hog-benchmarks/old-code-check.sh [-Dmaven.repo.local=DIR ...]   (PLUGIN=1 adds the plugin ITs)
# Nothing is installed: one reactor build in a temporary detached worktree, removed at the end.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
old=${OLD:-85b4551}
tmp=$(mktemp -d)
wt="$tmp/old"
git -C "$root" worktree add --quiet --detach "$wt" "$old"
trap 'git -C "$root" worktree remove --force "$wt"; rm -rf "$tmp"' EXIT

t=src/test/java/ai/thehog
cp "$root"/hog-cli/$t/cli/{HogCliTest,CliProcessIT,IssueTwentyCasesTest,BudgetAcrossKillsIT}.java "$wt"/hog-cli/$t/cli/
cp "$root"/hog-fixtures/$t/fixtures/{SharedCacheRunsTest,BudgetAfterInterruptionTest}.java "$wt"/hog-fixtures/$t/fixtures/
# FixtureEnrichmentTest's issue-20 methods that compile on the old engine, spliced into its old class
# (its scripted backend looks for the state where each version keeps it).
python3 - "$root/hog-fixtures/$t/fixtures/FixtureEnrichmentTest.java" "$wt/hog-fixtures/$t/fixtures/FixtureEnrichmentTest.java" <<'PY'
import re, sys
new, old = open(sys.argv[1]).read(), open(sys.argv[2]).read()
names = ["withoutEstimatesADeclaredPriceBelowTheRealOneCannotCarryTheRunPastTheBudget",
         "aPriceOfZeroOrLessIsRefusedByTheBuilder", "twoRunsOnOneCacheFromDifferentWorkDirectoriesShareItOneAtATimeAndPayOnce"]
methods = [re.search(r"  @Test\n  void " + n + r"\(.*?\n  }\n", new, re.S).group(0) for n in names]
mark = "  /** Enriches deterministically"
open(sys.argv[2], "w").write(old.replace(mark, "\n".join(methods) + "\n" + mark, 1))
PY
tests='HogCliTest#aRunOverTheBudget*+anOutputThatIs*+aFixtureGivenAsItsOwn*+aPriceOfZero*+withoutEstimates*+anEstimateTheServer*+aByteOrderMark*+aFileThatIsNotUtf8*+missingRecords*,IssueTwentyCasesTest,SharedCacheRunsTest,BudgetAfterInterruptionTest,FixtureEnrichmentTest#withoutEstimatesADeclaredPrice*+aPriceOfZero*+twoRunsOnOneCache*'
its='BudgetAcrossKillsIT,CliProcessIT#twoRunsAtOnce*+aHundredThousand*'
modules=hog-cli,hog-fixtures
if [ "${PLUGIN:-0}" = 1 ]; then
  cp "$root"/hog-maven-plugin/$t/maven/{ChaosIT,EnrichGoalIT}.java "$wt"/hog-maven-plugin/$t/maven/
  its="$its,EnrichGoalIT#aPriceOfZero*,ChaosIT#cliAndPlugin*"
  modules=$modules,hog-maven-plugin
fi
(cd "$wt" && ./mvnw -B -o "$@" -pl "$modules" -am verify -Dmaven.javadoc.skip=true -Dmaven.test.failure.ignore=true \
  -Dtest="$tests" -Dit.test="$its" -Dhog.cliJar="$wt/hog-cli/target/hog-cli-0.1.0-SNAPSHOT.jar" \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false > "$tmp/build.log" 2>&1) \
  || { tail -40 "$tmp/build.log"; exit 1; }
python3 - "$wt" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
for report in sorted(glob.glob(sys.argv[1] + "/*/target/*-reports/TEST-*.xml")):
    for case in ET.parse(report).getroot().iter("testcase"):
        bad = case.find("failure") if case.find("failure") is not None else case.find("error")
        name = case.get("classname").rsplit(".", 1)[1] + "#" + case.get("name")
        first = "" if bad is None else " ".join((bad.get("message") or bad.get("type") or "").split())[:160]
        print(("PASSES ON OLD CODE " if bad is None else "fails on old code  ") + name + ("" if bad is None else ": " + first))
PY
