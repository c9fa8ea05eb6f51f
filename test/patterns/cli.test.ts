import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallJson } from '../fixtures.ts';
import { ronghe } from '../cli/run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ronghe-patterns-'));
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

/** small.json at the tests' reduced size, with `changes` to its committees. */
function scenarioFile(name: string, committees: Record<string, number> = {}): string {
  const json = smallJson();
  json.$schema = join(process.cwd(), 'scenarios/scenario.schema.json');
  json.county.residents = 8000;
  json.committees = committees;
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(json));
  return file;
}
const reduced = scenarioFile('reduced.json');

describe('ronghe patterns', () => {
  it('prints measured values against criteria, writes JSON, exits 0 when every pattern run passes', () => {
    const out = join(tmp, 'patterns.json');
    const r = ronghe('patterns', '--only', 'digital-non-users', '--seeds', '2', '--scenario', reduced, '--json', out, '--workers', '1', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Digital non-users concentrate among rural and older residents/);
    expect(r.stdout).toMatch(/≥ 1\.2 in every seed/);
    expect(r.stdout).toMatch(/PASS/);
    expect(r.stdout).not.toMatch(/FAIL/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ pass: true, seeds: [1, 2], scenario: { name: 'small' } });
    expect(json.patterns).toHaveLength(1);
    expect(json.patterns[0].checks.map((c: { id: string }) => c.id)).toEqual(['rural-over-represented', 'elderly-over-represented', 'rural-share-standardised', 'elderly-share-standardised']);
    expect(json.patterns[0].checks[0].perSeed).toHaveLength(2);
  });

  it('labels the table in Chinese with --lang zh', () => {
    const r = ronghe('patterns', '--only', 'digital-non-users', '--seeds', '1', '--scenario', reduced, '--lang', 'zh', '--workers', '1', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('非网民集中于农村和老年居民');
    expect(r.stdout).toContain('每个种子均');
  });

  it('exits 1 and marks FAIL when a pattern fails (mediation success of 0.5 against the national 96%)', () => {
    const r = ronghe('patterns', '--only', 'mediation-keeps-local', '--seeds', '1', '--scenario', scenarioFile('weak-mediation.json', { mediationAcceptance: 1, mediationSuccess: 0.5 }), '--workers', '1', '--quiet');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/people's mediation success rate\s+\S+%.*FAIL/);
    expect(r.stdout).toMatch(/1 of 1 pattern fails: mediation-keeps-local/);
  });

  it('documents every option in --help', () => {
    const r = ronghe('patterns', '--help');
    expect(r.status).toBe(0);
    for (const option of ['--seeds', '--scenario', '--only', '--json', '--workers', '--lang', '--quiet']) expect(r.stdout).toContain(option);
  });

  it('rejects bad input with exit 2 and a message naming the problem, before running anything', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'bad', county: { residents: -5 } }));
    for (const [args, named] of [
      [['--seeds', '0'], '--seeds'],
      [['--seeds', '1.5'], '--seeds'],
      [['--workers', '0'], '--workers'],
      [['--only', 'digital-non-user'], 'Did you mean digital-non-users?'],
      [['--scenario', join(tmp, 'missing.json')], 'missing.json'],
      [['--scenario', bad], '/county/residents'],
      [['--json', join(tmp, 'no-such-folder', 'out.json')], 'no-such-folder'],
      [['--json', tmp], 'is a folder'],
    ] as const) {
      const r = ronghe('patterns', ...args, '--quiet');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(named);
      expect(r.stdout, args.join(' ')).not.toMatch(/PASS|FAIL/);
      noStack(r.stderr);
    }
  });
});
