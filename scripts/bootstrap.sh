#!/usr/bin/env bash
# Creates .venv and installs hubbot into it. Usage: scripts/bootstrap.sh [dev]
# torch goes in first: the CPU wheel pinned here when no torch is importable, so a GPU host
# that already installed its ROCm or CUDA torch (into .venv or a system site) keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${HUBBOT_VENV:-.venv}
CPU_TORCH=${HUBBOT_CPU_TORCH:-torch==2.13.0}

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv ${HUBBOT_VENV_SYSTEM_SITE:+--system-site-packages} "$VENV"
fi
pip() { "$VENV/bin/python" -m pip --disable-pip-version-check -q "$@"; }

if ! "$VENV/bin/python" -c "import torch" >/dev/null 2>&1; then
  echo "bootstrap: installing $CPU_TORCH (set up ROCm/CUDA torch first on GPU hosts, see README)"
  pip install "$CPU_TORCH"
fi
stamp="$VENV/.hubbot-installed-${1:-run}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  if [ "${1:-}" = dev ]; then pip install -e ".[dev]"; else pip install -e .; fi
  touch "$stamp"
fi
