#!/bin/sh
# Installs the pnpm version pinned in package.json's packageManager when it is missing.
set -e
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
have=$(pnpm --version 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  echo "installing pnpm $want (found: ${have:-none})"
  npm install --global --no-audit --no-fund "pnpm@$want" >/dev/null
fi
