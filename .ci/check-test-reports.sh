#!/usr/bin/env bash
# After `mvn -B verify`: every test class (a class under src/test/java with a @Test, @Property,
# @ParameterizedTest or @Example) must have a Surefire report, so no test is silently skipped because of
# its name or its configuration. Prints the classes without a report and exits 1 if there are any.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=0
while IFS= read -r f; do
  grep -qE '@(Test|Property|ParameterizedTest|Example)\b' "$f" || continue
  module="${f%%/src/test/java/*}"
  class="${f#*/src/test/java/}"
  class="${class%.java}"
  class="${class//\//.}"
  if [ ! -f "$module/target/surefire-reports/TEST-$class.xml" ]; then
    echo "no test report for $class ($f)"
    missing=$((missing + 1))
  fi
done < <(git ls-files '*/src/test/java/*.java' 2>/dev/null || find . -path '*/src/test/java/*.java')
if [ "$missing" -gt 0 ]; then
  echo "$missing test class(es) did not run" >&2
  exit 1
fi
echo "every test class has a report"
