#!/usr/bin/env bash
# One-off helpers from the March data backfill. Not used by the app.
set -euo pipefail

# needed for railway run against the old project
export RAILWAY_API_TOKEN=56ef0b84-e893-458a-97ff-10c9e5392a01

railway run node scripts/old/backfill.js "$@"
