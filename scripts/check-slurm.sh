#!/usr/bin/env bash
# Runs the README's Slurm recipes on a real Slurm: a throwaway one-node cluster (Debian's slurm-wlm and munge, as
# root), an array job of 4 tasks that each run `untk extract corpus --shard i/4`, then `untk merge` of the parts,
# compared byte for byte with one unsharded `untk extract corpus`; then the same for `untk report` partials
# (`--partial`, `untk merge --report`) against one unsharded `untk report corpus`. Not part of the test suite: it
# needs root and starts daemons. Run it after a build:
#
#   apt-get install -y --no-install-recommends slurm-wlm munge   # once (Debian)
#   npx --yes pnpm@10 run build && bash scripts/check-slurm.sh
#
# It stops the daemons it started and deletes its folder; it says whether the outputs are identical (exit 0) or not
# (exit 1).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
UNTK="$ROOT/packages/cli/bin/untk.js"
for cmd in slurmctld slurmd sbatch munged; do
  command -v "$cmd" >/dev/null || { echo "check-slurm: $cmd not found (apt-get install slurm-wlm munge)" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "check-slurm: run as root (it starts munged, slurmctld and slurmd)" >&2; exit 2; }
[ -f "$UNTK" ] && [ -d "$ROOT/packages/cli/dist" ] || { echo "check-slurm: build first (pnpm run build)" >&2; exit 2; }

WORK="$(mktemp -d /tmp/untk-slurm.XXXXXX)"
NODE="$(hostname -s)"
export SLURM_CONF="$WORK/slurm.conf"
MUNGED_STARTED=0
cleanup() {
  local pids=()
  for f in "$WORK/slurmd.pid" "$WORK/slurmctld.pid"; do
    [ -f "$f" ] && pids+=("$(cat "$f")")
  done
  [ "${#pids[@]}" -gt 0 ] && kill "${pids[@]}" 2>/dev/null
  # slurmctld saves its state as it stops: wait for both to be gone before deleting the folder.
  for _ in $(seq 1 50); do
    local alive=0
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  [ "$MUNGED_STARTED" = 1 ] && pkill -x munged 2>/dev/null
  rm -rf "$WORK" || true
}
trap cleanup EXIT

# munge authenticates Slurm's messages; munged refuses root unless forced.
if ! munge -n >/dev/null 2>&1; then
  mkdir -p /run/munge
  chown munge:munge /run/munge 2>/dev/null || true
  munged --force
  MUNGED_STARTED=1
fi

mkdir -p "$WORK"/{state,spool,parts}
cat >"$SLURM_CONF" <<EOF
ClusterName=untk
SlurmctldHost=$NODE
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
NodeName=$NODE CPUs=$(nproc) State=UNKNOWN
PartitionName=main Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 1 30); do
  sinfo -h -o '%T' 2>/dev/null | grep -q idle && break
  sleep 1
done

# Submits an array of 4 tasks named $1, each running `node untk $2 … --shard i/4 --jobs N` with the rest of its
# arguments, where `{i}` stands for the task's number; waits for the array to finish.
run_array() {
  local name=$1 command=$2
  shift 2
  local args="${*//\{i\}/\$SLURM_ARRAY_TASK_ID}"
  cat >"$WORK/$name.sh" <<JOB
#!/usr/bin/env bash
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --output=$WORK/$name-%a.log
node "$UNTK" $command "$ROOT/corpus" --shard "\$SLURM_ARRAY_TASK_ID/4" --jobs "\$SLURM_CPUS_PER_TASK" $args
JOB
  local started
  started=$(date +%s)
  sbatch --wait --parsable "$WORK/$name.sh" >/dev/null
  echo "check-slurm: $name: 4 array tasks done in $(($(date +%s) - started)) s on $(sinfo -h -o '%c') CPUs ($(sinfo -V))"
}

# Says whether two outputs are the same, byte for byte; shows the tasks' logs and fails otherwise.
same_or_fail() {
  local name=$1 merged=$2 whole=$3 what=$4
  if diff -r "$merged" "$whole" >/dev/null; then
    echo "check-slurm: $name: identical: $what"
  else
    echo "check-slurm: $name: DIFFERENT: merged from the array tasks is not one unsharded run" >&2
    diff -rq "$merged" "$whole" >&2 || true
    cat "$WORK/$name"-*.log >&2
    exit 1
  fi
}

# The README's recipes, with untk as this checkout's bin and 4 shards: extraction merged with `untk merge`, and
# report partials merged with `untk merge --report`.
run_array extract extract --out "$WORK/parts/part-{i}.jsonl"
node "$UNTK" merge "$WORK"/parts/part-*.jsonl --out "$WORK/merged.jsonl"
node "$UNTK" extract "$ROOT/corpus" --out "$WORK/whole.jsonl"
same_or_fail extract "$WORK/merged.jsonl" "$WORK/whole.jsonl" "$(wc -l <"$WORK/whole.jsonl") lines"

run_array report report --partial "$WORK/parts/report-part-{i}.jsonl"
node "$UNTK" merge --report "$WORK/report-merged" "$WORK"/parts/report-part-*.jsonl >/dev/null
node "$UNTK" report "$ROOT/corpus" --out "$WORK/report-whole" >/dev/null
same_or_fail report "$WORK/report-merged" "$WORK/report-whole" "$(find "$WORK/report-whole" -type f | wc -l) report files"
