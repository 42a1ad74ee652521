#!/usr/bin/env bash
# The GitHub Action's install step: stacklint's runtime dependencies and a build of dist/, without
# the development dependencies (the Pulumi SDKs used only by stacklint's own tests and generators).
set -euo pipefail
cd "$(dirname "$0")/../.."
npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# Compiling needs Node's type declarations, and bundling the CLI (a faster start) needs esbuild: the
# only development dependencies the build uses.
dev() { echo "$1@$(node -p "require('./package.json').devDependencies['$1']")"; }
npm install --no-save --ignore-scripts --no-audit --no-fund "$(dev @types/node)" "$(dev esbuild)"
npm run build
