#!/bin/bash
# Runs a ronghe policy design on a Slurm cluster, stage by stage: each generation of the search
# (and the final re-evaluation) needs the one before, so the driver merges the last stage's
# shards (`ronghe design --merge`), and if a stage still needs runs submits it as a job array of
# TASKS tasks (design.sbatch) and waits for it (`sbatch --wait`); it stops when the design is done
# (exit 0) or a stage fails (the array's exit code). How-to: experiments/slurm/README.md.
#
#   experiments/slurm/design.sh DESIGN_FILE OUT_DIR [TASKS] [more sbatch options]
#
# Run it from the repository root on the login node (it mostly waits: `nohup … &`), or submit
# it as a small job of its own if your cluster lets jobs submit jobs:
#   sbatch --time=12:00:00 --cpus-per-task=1 experiments/slurm/design.sh experiments/design-gap.json results/gap 8
# More sbatch options go to every array, e.g. --cpus-per-task=8 --time=01:00:00 --partition=compute.
# Stopped (Ctrl-C, scancel), it resumes where it was: rerun the same command.
set -euo pipefail

design=${1:-}
out=${2:-}
tasks=${3:-4}
if [[ -z $design || -z $out ]]; then
  echo "usage: experiments/slurm/design.sh DESIGN_FILE OUT_DIR [TASKS] [sbatch options]" >&2
  exit 2
fi
shift $(($# < 3 ? $# : 3))

cd "${SLURM_SUBMIT_DIR:-.}"
if [[ ! -f cli/bin.js ]]; then
  echo "$PWD is not the ronghe repository: run this from the repository's root folder" >&2
  exit 2
fi
# The driver's own job variables must not make its ronghe calls look like array tasks.
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_STEP

while :; do
  status=0
  node cli/bin.js design "$design" --out "$out" --merge || status=$?
  case $status in
    0) exit 0 ;;          # done: outputs written
    3) ;;                 # a stage needs runs
    *) exit "$status" ;;  # bad input or failed runs: ronghe said why
  esac
  sbatch --wait --array="0-$((tasks - 1))" "$@" experiments/slurm/design.sbatch "$design" "$out"
done
