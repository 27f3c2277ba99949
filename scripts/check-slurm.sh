#!/usr/bin/env bash
# Runs the README's Slurm recipes on a real Slurm: a throwaway one-node cluster (Debian's slurm-wlm and munge, as
# root), an array job of 4 tasks that each run `untk extract corpus --shard i/4`, then `untk merge` of the parts,
# compared byte for byte with one unsharded `untk extract corpus`; then the same for `untk report` partials
# (`--partial`, `untk merge --report`) against one unsharded `untk report corpus`. Not part of the test suite: it needs root and
# starts daemons. Run it after a build:
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

# The README's recipe, with untk as this checkout's bin and 4 shards.
cat >"$WORK/job.sh" <<EOF
#!/usr/bin/env bash
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --output=$WORK/task-%a.log
node "$UNTK" extract "$ROOT/corpus" --shard "\$SLURM_ARRAY_TASK_ID/4" --jobs "\$SLURM_CPUS_PER_TASK" \\
  --out "$WORK/parts/part-\$SLURM_ARRAY_TASK_ID.jsonl"
EOF
started=$(date +%s)
sbatch --wait --parsable "$WORK/job.sh" >/dev/null
echo "check-slurm: array job of 4 tasks done in $(($(date +%s) - started)) s on $(sinfo -h -o '%c') CPUs; $(sinfo -V)"
node "$UNTK" merge "$WORK"/parts/part-*.jsonl --out "$WORK/merged.jsonl"
node "$UNTK" extract "$ROOT/corpus" --out "$WORK/whole.jsonl"
if cmp -s "$WORK/merged.jsonl" "$WORK/whole.jsonl"; then
  echo "check-slurm: identical: $(wc -l <"$WORK/whole.jsonl") lines merged from 4 Slurm array tasks = one unsharded run"
else
  echo "check-slurm: DIFFERENT: the merged shards are not the unsharded run" >&2
  cat "$WORK"/task-*.log >&2
  exit 1
fi

# The report recipe: one partial per array task, then one report, against one unsharded report.
cat >"$WORK/report-job.sh" <<JOB
#!/usr/bin/env bash
#SBATCH --array=0-3
#SBATCH --cpus-per-task=1
#SBATCH --output=$WORK/report-task-%a.log
node "$UNTK" report "$ROOT/corpus" --jobs "\$SLURM_CPUS_PER_TASK" --shard "\$SLURM_ARRAY_TASK_ID/4" \\
  --partial "$WORK/parts/report-part-\$SLURM_ARRAY_TASK_ID.jsonl"
JOB
started=$(date +%s)
sbatch --wait --parsable "$WORK/report-job.sh" >/dev/null
echo "check-slurm: report array job of 4 tasks done in $(($(date +%s) - started)) s"
node "$UNTK" merge --report "$WORK/report-merged" "$WORK"/parts/report-part-*.jsonl >/dev/null
node "$UNTK" report "$ROOT/corpus" --out "$WORK/report-whole" >/dev/null
if diff -r "$WORK/report-merged" "$WORK/report-whole" >/dev/null; then
  echo "check-slurm: identical: $(find "$WORK/report-whole" -type f | wc -l) report files from 4 Slurm partials = one unsharded report"
else
  echo "check-slurm: DIFFERENT: the report merged from Slurm partials is not the unsharded report" >&2
  diff -rq "$WORK/report-merged" "$WORK/report-whole" >&2 || true
  cat "$WORK"/report-task-*.log >&2
  exit 1
fi
