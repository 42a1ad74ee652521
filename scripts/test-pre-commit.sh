#!/usr/bin/env bash
# The pre-commit hook end to end: `pre-commit try-repo` installs this checkout as pre-commit would
# (npm install, npm pack, npm install -g, a few minutes the first time) and runs the hook on a small
# Pulumi project with a name AWS rejects. The hook must fail the commit and name the finding.
#   npm run test:pre-commit      (needs `pre-commit`, e.g. Debian's package; nothing is fetched but npm packages)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (apt-get install pre-commit)"; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
printf 'name: hooktest\nruntime: nodejs\n' > Pulumi.yaml
printf 'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.BucketV2("b", { bucket: "Bad_Name" }).id;\n' > index.ts
git add . && git -c user.email=ci@example.invalid -c user.name=ci commit -qm init
set +e
out="$(PRE_COMMIT_HOME="$work/.cache" pre-commit try-repo "$repo" stacklint --all-files 2>&1)"
code=$?
set -e
echo "$out" | tail -20
[ "$code" -eq 1 ] || { echo "expected the hook to fail the commit (exit 1), got $code"; exit 1; }
echo "$out" | grep -q "naming/aws-name-constraints" || { echo "expected the naming finding in the hook output"; exit 1; }
echo "pre-commit hook: OK"
