#!/usr/bin/env bash
# Builds the gilsim kernel if needed and registers it with the Jupyter found on PATH.
#
#   install/install.sh [--user | --sys-prefix | --prefix DIR]
#
#   --user        for the current user (default)
#   --sys-prefix  into the active virtualenv or conda env (the one whose `jupyter` is on PATH)
#   --prefix DIR  into DIR/share/jupyter/kernels/gilsim (Jupyter finds it when DIR is its
#                 sys.prefix or DIR/share/jupyter is on JUPYTER_PATH)
#
# Non-interactive and idempotent: re-running replaces the installed kernelspec. The kernelspec
# directory gets its own copy of the jar, so the installed kernel does not depend on this
# source tree. Environment:
#   GILSIM_JAVA          java to use (default: $JAVA_HOME/bin/java, else java on PATH)
#   GILSIM_JVM_OPTIONS   JVM options instead of the measured defaults below (space-separated)
#   GILSIM_NO_CDS=1      skip the class-data sharing archive
set -euo pipefail

readonly KERNEL_NAME=gilsim
readonly MIN_JAVA=17

# JVM options written into kernel.json, chosen by measurement (install/bench.sh --variant ...;
# README "Benchmarks" has the figures):
#   -XX:+UseSerialGC       the kernel computes on one thread: the simplest collector starts no
#                          slower and needs no GC worker threads or G1 remembered sets.
#   -Xms16m                a small initial heap: the JVM touches only the pages that allocation
#                          has reached, so the idle kernel stays small (the heap grows on demand
#                          up to the JVM's default maximum, a quarter of the machine's or the
#                          container's memory).
#   -Xss16m                the parser and compiler recurse over nested code; 16 MB keeps deep
#                          (legal) programs off StackOverflowError, as in the JUnit runs. Stacks
#                          are reserved, not resident: this costs no RSS.
#   -XX:-UsePerfData       no hsperfdata file per kernel in /tmp to create and map at start-up.
#   -XX:TieredStopAtLevel=1 is NOT used: C1 alone starts a little faster and smaller, but the
#                          simulator's speed bar (issue 3: within 3x of python3) needs C2.
# The class-data sharing archive (-XX:SharedArchiveFile) is added below when it can be built.
readonly DEFAULT_JVM_OPTIONS=(
  -XX:+UseSerialGC
  -Xms16m
  -Xss16m
  -XX:-UsePerfData
)

say() { printf 'install.sh: %s\n' "$*"; }
die() { printf 'install.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

scope_args=(--user)
while (($#)); do
  case "$1" in
    --user) scope_args=(--user) ;;
    --sys-prefix) scope_args=(--sys-prefix) ;;
    --prefix)
      (($# >= 2)) || die "--prefix needs a directory"
      scope_args=(--prefix "$2")
      shift
      ;;
    --prefix=*) scope_args=(--prefix "${1#--prefix=}") ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option '$1' (use --user, --sys-prefix or --prefix DIR)" ;;
  esac
  shift
done
if [[ ${scope_args[0]} == --prefix ]]; then
  mkdir -p -- "${scope_args[1]}"
  scope_args[1]=$(cd -- "${scope_args[1]}" && pwd)
fi

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)

# --- Java 17+ -------------------------------------------------------------------------------
if [[ -n ${GILSIM_JAVA:-} ]]; then
  java=$GILSIM_JAVA
elif [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
  java=$JAVA_HOME/bin/java
else
  java=$(command -v java) || die "Java $MIN_JAVA or newer is needed, and 'java' is not on PATH.
  Install a JDK $MIN_JAVA+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless;
  Fedora: dnf install java-17-openjdk-devel; macOS: brew install openjdk@17; or Temurin from
  adoptium.net), or set JAVA_HOME to one."
fi
# The absolute, resolved path goes into kernel.json: JupyterHub and Binder may start kernels
# without Java on PATH, and the class-data archive below is only valid for this very JVM.
java=$(readlink -f -- "$(command -v -- "$java" || echo "$java")")
[[ -x $java ]] || die "'$java' is not an executable java"
java_version=$("$java" -XshowSettings:properties -version 2>&1 |
  sed -n 's/^ *java\.specification\.version = //p')
java_major=${java_version%%.*}
[[ $java_major =~ ^[0-9]+$ ]] || die "could not tell the version of $java"
((java_major >= MIN_JAVA)) || die "$java is Java $java_version; gilsim needs Java $MIN_JAVA or newer.
  Install a JDK $MIN_JAVA+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) and put it
  first on PATH or set JAVA_HOME (or GILSIM_JAVA) to it."

# --- Jupyter ----------------------------------------------------------------------------------
command -v jupyter >/dev/null || die "Jupyter was not found on PATH.
  Install it (python3 -m pip install jupyterlab) or activate the virtualenv that has it;
  install/setup.sh creates one with JupyterLab and installs the kernel into it."
jupyter kernelspec --version >/dev/null 2>&1 || die "'jupyter kernelspec' does not work: the
  Jupyter on PATH ($(command -v jupyter)) lacks jupyter_client (python3 -m pip install jupyter_client)."
command -v python3 >/dev/null || die "python3 is needed (to write kernel.json)."

# --- The jar: build it if it is missing or older than its sources ----------------------------
jar=$repo/target/gilsim.jar
if [[ ! -f $jar ]] || [[ -n $(find "$repo/pom.xml" "$repo/src/main" -newer "$jar" -print -quit 2>/dev/null) ]]; then
  command -v mvn >/dev/null || die "target/gilsim.jar must be built, and Maven is not on PATH.
  Install Maven 3.6+ (Debian/Ubuntu: apt-get install maven; macOS: brew install maven)."
  say "building target/gilsim.jar (mvn -q -B -DskipTests package) ..."
  (cd "$repo" && mvn -q -B -DskipTests package) || die "the build failed (Maven's output is above)"
  [[ -f $jar ]] || die "the build did not produce $jar"
fi

# --- JVM options ------------------------------------------------------------------------------
if [[ -n ${GILSIM_JVM_OPTIONS:-} ]]; then
  read -r -a jvm_options <<<"$GILSIM_JVM_OPTIONS"
else
  jvm_options=("${DEFAULT_JVM_OPTIONS[@]}")
fi

# Writes kernel.json from the template, with the java path and the given JVM options.
write_kernel_json() { # <destination> <jvm option>...
  local destination=$1
  shift
  python3 - "$repo/kernel/kernel.json" "$destination" "$java" "$@" <<'PY'
import json, sys
template, destination, java, options = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
with open(template, encoding="utf-8") as f:
    spec = json.load(f)
argv = []
for arg in spec["argv"]:
    if arg == "@JAVA@":
        argv.append(java)
    elif arg == "@JVM_OPTIONS@":
        argv.extend(options)
    else:
        argv.append(arg)
spec["argv"] = argv
with open(destination, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
PY
}

# --- Assemble the kernelspec in a temporary directory and install it -------------------------
stage=$(mktemp -d "${TMPDIR:-/tmp}/gilsim-kernelspec.XXXXXX")
trap 'rm -rf -- "$stage"' EXIT
spec_dir=$stage/$KERNEL_NAME
mkdir "$spec_dir"
cp -- "$jar" "$spec_dir/gilsim.jar"
cp -- "$repo/kernel/logo-32x32.png" "$repo/kernel/logo-64x64.png" "$repo/kernel/logo-svg.svg" "$spec_dir/"
write_kernel_json "$spec_dir/kernel.json" "${jvm_options[@]}"

install_log=$stage/kernelspec-install.log
if ! jupyter kernelspec install "$spec_dir" --name "$KERNEL_NAME" --replace "${scope_args[@]}" >"$install_log" 2>&1; then
  cat "$install_log" >&2
  die "jupyter kernelspec install failed (its output is above)"
fi
dest=$(sed -n "s/.*Installed kernelspec $KERNEL_NAME in //p" "$install_log" | tail -n 1)
[[ -n $dest && -f $dest/kernel.json ]] || {
  cat "$install_log" >&2
  die "could not tell where Jupyter installed the kernelspec"
}

# --- Class-data sharing archive: built in place, because it records the jar's path ----------
# One run of `gilsim.jar warmup` loads the classes a kernel uses; the JVM dumps them to
# gilsim.jsa at exit, and later starts map them instead of parsing and verifying the jar. If
# anything goes wrong the kernel simply starts without it.
build_cds_archive() {
  local archive=$dest/gilsim.jsa log=$stage/cds.log
  local run=()
  command -v timeout >/dev/null && run=(timeout 300)
  rm -f -- "$archive"
  if ! "${run[@]}" "$java" "${jvm_options[@]}" -XX:ArchiveClassesAtExit="$archive" \
      -jar "$dest/gilsim.jar" warmup >"$log" 2>&1; then
    say "class-data sharing skipped: 'gilsim.jar warmup' failed ($(tail -n 1 "$log"))"
    rm -f -- "$archive"
    return 1
  fi
  # -Xshare:on makes the JVM refuse to start if it cannot use the archive.
  if [[ ! -s $archive ]] || ! "${run[@]}" "$java" "${jvm_options[@]}" -Xshare:on \
      -XX:SharedArchiveFile="$archive" -jar "$dest/gilsim.jar" --version >"$log" 2>&1; then
    say "class-data sharing skipped: the JVM cannot use the archive it wrote ($(tail -n 1 "$log"))"
    rm -f -- "$archive"
    return 1
  fi
}
if [[ ${GILSIM_NO_CDS:-} != 1 ]] && build_cds_archive; then
  write_kernel_json "$dest/kernel.json" "${jvm_options[@]}" "-XX:SharedArchiveFile={resource_dir}/gilsim.jsa"
  cds_note="with class-data sharing archive"
else
  cds_note="without class-data sharing archive"
fi

say "installed kernelspec '$KERNEL_NAME' (GIL Simulator) in $dest"
say "java: $java (Java $java_version), $cds_note"
