/** One test per cross-field check. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenarios/loader.ts';
import { issuesOf, onlyIssue, scenario } from './helpers.ts';

const SMALL = { residents: 20000, townships: 3, subdistricts: 1, villages: 10, communities: 4 };

describe('semantic checks', () => {
  it('age shares of a zone must sum to 1, with a suggested fix', () => {
    const issue = onlyIssue(scenario({ population: { ageShares: { rural: { '60+': 0.3 } } } }));
    expect(issue.path).toBe('/population/ageShares/rural');
    expect(issue.expected).toBe('rural ageShares that sum to 1 (within 0.000001)');
    expect(issue.found).toBe('a sum of 1.06 (0-17 0.19 + 18-39 0.23 + 40-59 0.34 + 60+ 0.3)');
    expect(issue.hint).toContain('set "60+" to 0.24');
    expect(issue.hint).toContain('give all of');
  });

  it('education shares of a zone must sum to 1', () => {
    const issue = onlyIssue(scenario({ population: { educationShares: { migrant: { primary: 0.9, junior: 0.9 } } } }));
    expect(issue.path).toBe('/population/educationShares/migrant');
    expect(issue.found).toMatch(/^a sum of 2.13 /);
    expect(issue.hint).toContain('lower some of them');
  });

  it('shares within the tolerance pass', () => {
    expect(() => parseScenario(scenario({ population: { ageShares: { urban: { '0-17': 0.1800004 } } } }))).not.toThrow();
  });

  it('subdistricts must be fewer than townships (and no follow-up village complaint)', () => {
    const issue = onlyIssue(scenario({ county: { ...SMALL, subdistricts: 3, communities: 5 } }));
    expect(issue).toMatchObject({ path: '/county/subdistricts', found: '3 subdistricts for 3 township-level units' });
    expect(issue.expected).toContain('at most 2');
    expect(issue.hint).toContain('lower subdistricts or raise townships');
  });

  it('each non-subdistrict township needs a village', () => {
    const issue = onlyIssue(scenario({ county: { ...SMALL, townships: 14, subdistricts: 3, villages: 10 } }));
    expect(issue).toMatchObject({ path: '/county/villages', found: 'the number 10' });
    expect(issue.expected).toContain('at least 11 villages');
  });

  it('each subdistrict needs a community', () => {
    const issue = onlyIssue(scenario({ county: { ...SMALL, subdistricts: 2, communities: 1 } }));
    expect(issue).toMatchObject({ path: '/county/communities', found: 'the number 1' });
    expect(issue.expected).toContain('at least 2 communities');
  });

  it('urban residents need a community', () => {
    const issue = onlyIssue(scenario({ county: { ...SMALL, subdistricts: 0, communities: 0 } }));
    expect(issue.path).toBe('/county/communities');
    expect(issue.hint).toContain('set urbanShare to 0');
    expect(() => parseScenario(scenario({ county: { ...SMALL, subdistricts: 0, communities: 0, urbanShare: 0 } }))).not.toThrow();
  });

  it('residents must fill the places of each kind', () => {
    const issue = onlyIssue(scenario({ county: { residents: 5000 } }));
    expect(issue).toMatchObject({ path: '/county/residents', found: 'the number 5000 residents, of whom 2500 live in villages (urbanShare 0.5)' });
    expect(issue.expected).toBe('at least 8500 residents in villages (50 for each of the 170 villages)');
    const allUrban = onlyIssue(scenario({ county: { urbanShare: 1 } }));
    expect(allUrban.expected).toBe('at least 8500 residents in villages (50 for each of the 170 villages)');
    expect(allUrban.hint).toContain('urbanShare down');
  });

  it('ties and collective income split into shares of at most 1', () => {
    const issues = issuesOf(scenario({ network: { crossPlaceShare: 0.9, crossTownshipShare: 0.2 }, collectiveEconomy: { reinvestShare: 0.7 } }));
    expect(issues.map((i) => i.path)).toEqual(['/network/crossTownshipShare', '/collectiveEconomy/publicGoodsShare']);
    expect(issues[0]!.found).toBe('0.9 + 0.2 = 1.1');
  });

  it('residents out of reach and activists are shares of one zone, at most 1 together', () => {
    const issues = issuesOf(scenario({ participation: { outOfReach: { migrant: 0.9 }, activists: { migrant: 0.2 } } }));
    expect(issues.map((i) => i.path)).toEqual(['/participation/activists/migrant']);
    expect(issues[0]!.expected).toBe('outOfReach/migrant + activists/migrant at most 1 (the rest take part by the threshold rule)');
    expect(issues[0]!.hint).toBe('Lower activists/migrant to at most 0.1, or lower outOfReach/migrant.');
  });

  it('an intervention must start before the horizon', () => {
    const issue = onlyIssue(scenario({ years: 3, interventions: [{ kind: 'dataSharing', start: 3 }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/start', found: 'the number 3' });
    expect(issue.expected).toBe('a start before the horizon (years is 3)');
  });

  it('an intervention must end after its start', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'dataSharing', start: 2, end: 1 }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/end', expected: 'an end after the start (2)', found: 'the number 1' });
    expect(issue.hint).toContain('not a duration');
  });

  it('an intervention must end by the horizon', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'dataSharing', start: 1, end: 6 }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/end', expected: 'an end no later than the horizon (years is 5)' });
    expect(() => parseScenario(scenario({ interventions: [{ kind: 'dataSharing', start: 1, end: 5 }] }))).not.toThrow();
  });

  it('target township indices must exist', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'gridManagement', target: { townships: [0, 13, 14] } }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/target/townships/2', expected: 'an index from 0 to 13', found: 'the number 14' });
    expect(issue.hint).toContain('0-based');
  });

  it('target place indices must exist (numbered township by township)', () => {
    const issue = onlyIssue(scenario({ county: SMALL, interventions: [{ kind: 'gridManagement', target: { places: [13, 14] } }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/target/places/1', expected: 'an index from 0 to 13' });
    expect(issue.hint).toContain("township by township (each township's villages, then its communities)");
  });

  it('target indices must not repeat', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'gridManagement', target: { places: [4, 5, 4] } }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/target/places', found: 'items 0 and 2 are both 4' });
  });

  it('metric names must be unique', () => {
    const issue = onlyIssue(scenario({ metrics: [{ name: 'gap', expression: 'a' }, { name: 'ok', expression: 'b' }, { name: 'gap', expression: 'c' }] }));
    expect(issue).toMatchObject({ path: '/metrics/2/name', found: 'the string "gap", also the name of metric 0' });
  });

  it('metric expressions must not be blank', () => {
    const issue = onlyIssue(scenario({ metrics: [{ name: 'gap', expression: '  ' }] }));
    expect(issue).toMatchObject({ path: '/metrics/0/expression', found: 'the string "  "' });
  });

  it('a schema problem suppresses the cross-field checks on the same value', () => {
    // townships 0 breaks the schema; "subdistricts < townships" is not reported on top
    const issue = onlyIssue(scenario({ county: { townships: 0 } }));
    expect(issue.path).toBe('/county/townships');
    // a type error in one share suppresses that zone's sum check
    expect(onlyIssue(scenario({ population: { ageShares: { urban: { '60+': 'x' } } } })).path).toBe('/population/ageShares/urban/60+');
  });

  it('cross-field checks still run next to unrelated schema problems', () => {
    const issues = issuesOf(scenario({ seed: -1, county: { residents: 1000 }, interventions: [{ kind: 'x' }, { kind: 'dataSharing', start: 9 }] }));
    expect(issues.map((i) => i.path)).toEqual(['/seed', '/interventions/0/kind', '/county/residents', '/county/residents', '/interventions/1/start']);
  });
});

describe('county-wide kinds and user metric expressions', () => {
  it('rejects a target on a county-wide intervention kind', () => {
    const issues = issuesOf(scenario({ interventions: [{ kind: 'evaluationReform', start: 1, target: { zones: ['rural'] } }] }));
    expect(issues).toEqual([expect.objectContaining({ path: '/interventions/0/target', expected: expect.stringContaining('whole county') })]);
  });

  it('reports bad metric expressions together with other problems, each at its path', () => {
    const issues = issuesOf(
      scenario({ years: 0, metrics: [{ name: 'x', expression: 'participation_rurl / participation_urban' }, { name: 'y', expression: 'evaluate("1")' }] }),
    );
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('/years');
    expect(paths).toContain('/metrics/0/expression');
    expect(paths).toContain('/metrics/1/expression');
    expect(issues.find((i) => i.path === '/metrics/0/expression')!.hint).toContain('participation_rural');
  });
});
