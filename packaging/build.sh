#!/usr/bin/env bash
# Build the one-folder bundle dist/embed-or-tune/ and dist/embed-or-tune-VERSION-linux-ARCH.tar.gz
# from a clean checkout. Needs only Python 3.11 and the package index (pip); nothing else is
# downloaded. Then run: packaging/smoke_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
python3 -m venv build/venv
build/venv/bin/pip install --quiet . "pyinstaller==6.22.3"
build/venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/embed-or-tune.spec
version=$(build/venv/bin/python -c "import desktop_app; print(desktop_app.__version__)")
archive="dist/embed-or-tune-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" embed-or-tune
echo "bundle: dist/embed-or-tune ($(du -sh dist/embed-or-tune | cut -f1)), archive: $archive ($(du -h "$archive" | cut -f1)), $(( $(date +%s) - start )) s"
