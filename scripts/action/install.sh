#!/usr/bin/env bash
# The GitHub Action's install step: stacklint's runtime dependencies and a build of dist/, without
# the development dependencies (the Pulumi SDKs used only by stacklint's own tests and generators).
set -euo pipefail
cd "$(dirname "$0")/../.."
npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# Compiling needs Node's type declarations, the only development dependency the build uses.
npm install --no-save --ignore-scripts --no-audit --no-fund "@types/node@$(node -p "require('./package.json').devDependencies['@types/node']")"
npx tsc -p tsconfig.json
