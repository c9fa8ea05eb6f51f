/**
 * The names of everything ronghe writes in a results folder, declared once. Writers, readers,
 * the viewer and the folder checks that tell ronghe's files from a user's all use these.
 *
 * A single run's folder holds {@link RUN_FILES} and the manifest; an experiment's folder holds the
 * manifest, one file per run under `runs/`, the summary tables and per-arm series and places;
 * a calibration's folder its own manifest and tables.
 */

/** Provenance and plan of a run or an experiment folder (the only file with timestamps). */
export const MANIFEST_FILE = 'manifest.json';

/** A single run's tidy series: one row per recorded period and metric. */
export const SERIES_FILE = 'series.csv';
/** A single run's final-year metrics and whole-run totals. */
export const SUMMARY_FILE = 'summary.json';
/** A single run's per-place outcomes (maps of the county). */
export const PLACES_FILE = 'places.csv';
/** The data files of a single run's folder, in the order they are written (the manifest last). */
export const RUN_FILES: readonly string[] = [SERIES_FILE, SUMMARY_FILE, PLACES_FILE];

/** Sub-folder of an experiment's run files (`runs/<run id>.json`). */
export const RUNS_DIR = 'runs';
/** Sub-folder of the shards of a split experiment (`shards/<i>-of-<n>/`). */
export const SHARDS_DIR = 'shards';
/** Sub-folder of the per-arm series (`series/<arm>.csv`). */
export const ARM_SERIES_DIR = 'series';
/** Sub-folder of the per-arm place outcomes (`places/<arm>.csv`). */
export const ARM_PLACES_DIR = 'places';
/** Sub-folder of the reruns of failed runs. */
export const FAILURES_DIR = 'failures';
/** Every run's final-year outcomes, one row per run and metric. */
export const RUNS_TABLE = 'runs.csv';
/** Each arm's outcomes: means with confidence intervals. */
export const ARMS_TABLE = 'arms.csv';
/** Paired contrasts of each arm with its reference. */
export const CONTRASTS_TABLE = 'contrasts.csv';
/** Morris or Sobol' indices of a sensitivity experiment. */
export const SENSITIVITY_TABLE = 'sensitivity.csv';
/** The self-contained HTML report of a folder. */
export const REPORT_FILE = 'report.html';

/** A run's file, relative to the experiment folder: `runs/<run id>.json` (run ids hold a `/`). */
export function runFilePath(runId: string): string {
  return `${RUNS_DIR}/${runId}.json`;
}

/** An arm's series file, relative to the experiment folder. */
export function armSeriesFile(arm: string): string {
  return `${ARM_SERIES_DIR}/${arm}.csv`;
}

/** An arm's place outcomes file, relative to the experiment folder. */
export function armPlacesFile(arm: string): string {
  return `${ARM_PLACES_DIR}/${arm}.csv`;
}

/** A calibration's manifest (its own format, beside no experiment manifest). */
export const CALIBRATION_MANIFEST = 'calibration.json';
/** The base scenario with the posterior's point estimates filled in. */
export const CALIBRATED_SCENARIO = 'calibrated.json';
/** Sub-folder of the runs of each calibration generation. */
export const GENERATIONS_DIR = 'generations';
/** Sub-folder and summary of the check runs of the calibrated scenario. */
export const CHECK_DIR = 'check';
export const CHECK_FILE = 'check.json';
/** Per-generation tolerance, acceptance and effective sample size. */
export const GENERATIONS_TABLE = 'generations.csv';
/** The kept particles with their weights. */
export const PARTICLES_TABLE = 'particles.csv';
/** Posterior summaries per parameter. */
export const POSTERIOR_TABLE = 'posterior.csv';
/** How the calibrated model fits each target. */
export const FIT_TABLE = 'fit.csv';
/** The tables of a calibration folder, in the order they are written. */
export const CALIBRATION_TABLES: readonly string[] = [GENERATIONS_TABLE, PARTICLES_TABLE, POSTERIOR_TABLE, FIT_TABLE];

/** A policy design's manifest (its own format, like a calibration's). */
export const DESIGN_MANIFEST = 'design.json';
/** Sub-folder of a design's stages: each generation (`g<t>`) and the re-evaluation (`fresh`), an experiment file and its folder. */
export const STAGES_DIR = 'stages';
/** Every candidate a design search evaluated, one row each. */
export const EVALUATIONS_TABLE = 'evaluations.csv';
/** The final packages with their composition and estimates (search and fresh). */
export const PACKAGES_TABLE = 'packages.csv';
/** The final packages' fresh effects on each zone × age group of the objectives' metric families. */
export const GROUPS_TABLE = 'groups.csv';
/** The same packages with their interventions, for reports and for turning one into an experiment. */
export const PACKAGES_FILE = 'packages.json';
/** An ordinary experiment of the baseline and the final packages, ready for `ronghe experiment`. */
export const FRONT_EXPERIMENT = 'front.experiment.json';
/** The tables and files of a design folder, in the order they are written. */
export const DESIGN_FILES: readonly string[] = [EVALUATIONS_TABLE, GENERATIONS_TABLE, PACKAGES_TABLE, GROUPS_TABLE, PACKAGES_FILE, FRONT_EXPERIMENT];
