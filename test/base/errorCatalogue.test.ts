import { describe, expect, it } from 'vitest';
import { errors, InputError, issues, OutsideFolderError, type InputIssue } from '../../base/errors.ts';
import { fileErrors, fileIssues } from '../../base/errors/files.ts';
import { folderErrors } from '../../base/errors/folders.ts';
import { optionErrors } from '../../base/errors/options.ts';
import { shardErrors, shardIssues } from '../../base/errors/shards.ts';

/** Sample arguments for every catalogue entry: a new entry without one fails the coverage test. */
const ERROR_ARGS: { [K in keyof typeof errors]: Parameters<(typeof errors)[K]> } = {
  invalidFile: ['calibration', 'c.json', [{ path: '/name', expected: 'a name', found: 'nothing', hint: 'Add one.' }]],
  notSensitivityDesign: ['e.json', { grid: [] }],
  folderNotWritable: ['--out', 'results/x', Object.assign(new Error('x'), { code: 'EACCES' })],
  lockHeld: ['results/x', { pid: 12, host: 'h', since: '2024-01-01T00:00:00.000Z' }, 'results/x/.lock'],
  folderNotOurs: ['results/x', 'calibration'],
  differentResults: ['results/x', 'experiment', ['arms differ']],
  shardOfOtherExperiment: ['results/x', ['arms differ']],
  shardsRunning: ['results/x', ['0-of-2']],
  notResultsFolder: ['results/x', { missing: true }],
  damagedManifest: ['results/x', [{ path: '/runs', expected: 'a list', found: 'nothing' }]],
  unreadableManifest: ['results/x/manifest.json', 'EIO'],
  notExperimentFolder: ['results/x'],
  noFinishedRuns: ['results/x', 'running'],
  wrongRunFile: ['results/x/runs/a.json', { id: 'a', seed: 1 }, null],
  badRunSummary: ['results/x', 'no summary.json'],
  linkOutsideFolder: ['results/x', 'series.csv'],
  notResultsRoot: ['results', false],
  shardSyntax: ['1-4'],
  shardCountsDiffer: ['0/4', 3],
  shardCountMissing: [],
  shardCountOutsideArray: [4],
  shardOutOfRange: ['--shard', '4/4'],
  badShardSet: [[{ path: '', file: 'shard 1 of 2', expected: 'present', found: 'missing', hint: 'Run it.' }]],
  integerOption: ['workers', 1, 1024, 0],
  yearsOption: [0],
  portInUse: [8765],
  unknownPatterns: [['mediaton'], ['mediation', 'trust']],
  outputNotWritable: ['--json', 'no folder out', 'results/patterns.json'],
};

const ISSUE_ARGS: { [K in keyof typeof issues]: Parameters<(typeof issues)[K]> } = {
  unreadableFile: ['nowhere/x.json', Object.assign(new Error('x'), { code: 'ENOENT' }), 'scenario'],
  unreadableScenario: [{ path: '', expected: 'an existing scenario file', found: 'no file', hint: 'Check the path.' }, 'experiment', 'experiments'],
  notAShard: ['results/x'],
  unsharded: ['results/x'],
  otherExperiment: ['results/y', { hash: 'abcdef0123', dir: 'results/x' }, '0123abcdef'],
  otherShardCount: ['results/y', 2, 3],
  otherReplications: ['results/y', 2, 3],
  shardTwice: ['results/y', 1, 'results/x'],
  shardMissing: [1, 2, 'ronghe experiment e.json --shard 1/2'],
  shardUnfinished: ['results/y', 'running', '', 'ronghe experiment e.json --shard 1/2'],
  runMissing: ['results/y', { id: 'a', seed: 1 }],
  runFileChanged: ['results/y/runs/a.json', 'abcdef0123456789', '0123456789abcdef'],
  shardsScattered: [],
};

function expectWorded(issue: InputIssue, name: string): void {
  for (const field of ['expected', 'found', 'hint'] as const) expect(issue[field].trim(), `${name}: ${field}`).not.toBe('');
}

describe('the error catalogue', () => {
  it('gathers its sections without one entry hiding another of the same name', () => {
    const sections = [fileErrors, folderErrors, shardErrors, optionErrors];
    expect(Object.keys(errors).length).toBe(sections.reduce((n, section) => n + Object.keys(section).length, 0));
    expect(Object.keys(issues).length).toBe(Object.keys(fileIssues).length + Object.keys(shardIssues).length);
  });

  it('every entry is bad input (exit code 2) whose every issue has expected, found and hint', () => {
    expect(Object.keys(ERROR_ARGS).sort()).toEqual(Object.keys(errors).sort());
    for (const [name, args] of Object.entries(ERROR_ARGS)) {
      const error = (errors[name as keyof typeof errors] as (...a: unknown[]) => InputError)(...args);
      expect(error, name).toBeInstanceOf(InputError);
      expect(error.exitCode).toBe(2);
      expect(error.issues.length, name).toBeGreaterThan(0);
      for (const issue of error.issues) expectWorded(issue, name);
      expect(error.format()).toMatch(/expected: .+\n {2}found: {4}.+\n {2}hint: {5}.+/);
    }
  });

  it('every issue entry has expected, found and hint', () => {
    expect(Object.keys(ISSUE_ARGS).sort()).toEqual(Object.keys(issues).sort());
    for (const [name, args] of Object.entries(ISSUE_ARGS)) expectWorded((issues[name as keyof typeof issues] as (...a: unknown[]) => InputIssue)(...args), name);
  });

  it('the same situation reads the same for experiments and calibrations', () => {
    const experiment = errors.folderNotOurs('d', 'experiment').issues[0]!;
    const calibration = errors.folderNotOurs('d', 'calibration').issues[0]!;
    expect(experiment.hint).toBe(calibration.hint);
    expect(experiment.expected).toBe('an empty folder or an experiment results folder');
    expect(calibration.found).toBe('a folder with other files and no calibration.json');
  });

  it('a link out of the folder is an OutsideFolderError (the viewer answers it with 403)', () => {
    expect(errors.linkOutsideFolder('d', 'x.csv')).toBeInstanceOf(OutsideFolderError);
  });
});
