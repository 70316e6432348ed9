# shellcheck shell=bash
# Sourced by the set-up, test and CI scripts: helpers for the Python virtualenvs they make.
# (bash; no side effects when sourced.)

# Machines that reach Python packages only through a mirror configure it as pip's
# extra-index-url, while the default index stays unreachable: pip then waits on time-outs for
# every package. When PIP_INDEX_URL is unset and pip's configuration names extra indexes, this
# makes the first of them the index and the rest the extra indexes.
#   all:   whatever the extra indexes are (CI on such a machine)
#   local: only when they are all local file:// mirrors, so that a developer's private extra
#          index never replaces PyPI
use_configured_pip_mirror() { # all | local
  local scope=${1:-local}
  [[ -z ${PIP_INDEX_URL:-} ]] || return 0
  local python
  python=$(command -v python3) || return 0
  local config extras
  config=$("$python" -m pip config list 2>/dev/null) || return 0
  # A configured index-url is a working choice already.
  grep -Eq "^[^=]*\.index-url=" <<<"$config" && return 0
  extras=$(sed -n "s/^[^=]*\.extra-index-url='\(.*\)'$/\1/p" <<<"$config" | head -n 1)
  [[ -n $extras ]] || return 0
  local urls=()
  read -r -a urls <<<"$extras"
  if [[ $scope == local ]]; then
    local url
    for url in "${urls[@]}"; do [[ $url == file://* ]] || return 0; done
  fi
  export PIP_INDEX_URL=${urls[0]}
  export PIP_EXTRA_INDEX_URL=${urls[*]:1}
  printf 'pip: using the configured mirror %s as the package index\n' "$PIP_INDEX_URL" >&2
}

# Creates (or reuses) a virtualenv at <dir> and installs <requirements file> into it. Reuse is
# keyed on the requirements file's content, so an edited file reinstalls.
ensure_venv() { # <dir> <requirements file>
  local dir=$1 requirements=$2
  local stamp=$dir/.gilsim-requirements
  if [[ -x $dir/bin/python && -f $stamp ]] && cmp -s "$requirements" "$stamp"; then
    return 0
  fi
  command -v python3 >/dev/null || { echo "python3 is needed (3.9 or newer)" >&2; return 1; }
  [[ -x $dir/bin/python ]] || python3 -m venv "$dir" || {
    echo "could not create a virtualenv in $dir (Debian/Ubuntu: apt-get install python3-venv)" >&2
    return 1
  }
  # pip's own warnings about mirror pages it cannot read are noise here; errors still show.
  "$dir/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" 2>&1 |
    { grep -v "^WARNING: Location '.*' is ignored" || true; } >&2
  local status=${PIPESTATUS[0]}
  ((status == 0)) || { echo "pip install -r $requirements failed" >&2; return "$status"; }
  cp -- "$requirements" "$stamp"
}
