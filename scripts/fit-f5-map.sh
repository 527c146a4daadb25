#!/usr/bin/env bash
# Re-fits the thickness distribution of the synthetic Fig. 3c-like map to row F5 of the reproduction
# table and writes experiments/F5.fit.json, which `anodefree reproduce` reads. Deterministic: the
# same seeds give the same fit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$root/anodefree" fit-map --experiment "$root/experiments/F5.yaml" "$@"
