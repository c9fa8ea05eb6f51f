import { describe, expect, it } from 'vitest';
import { loadCalibration } from '../../experiments/calibration/loader.ts';
import { loadExperiment } from '../../experiments/design/loader.ts';
import { sweepSize } from '../../experiments/design/sweep.ts';

describe('shipped sensitivity and calibration files', () => {
  it('the Morris example on the participation gap is a valid experiment', () => {
    const { experiment, points } = loadExperiment('experiments/sensitivity-morris.json');
    expect(experiment.sweep?.kind).toBe('morris');
    expect(points).toHaveLength(sweepSize(experiment.sweep));
    expect(points).toHaveLength(20 * 13);
  });

  it('the Sobol example is a valid experiment', () => {
    const { experiment, points } = loadExperiment('experiments/sensitivity-sobol.json');
    expect(experiment.sweep?.kind).toBe('sobol');
    expect(points).toHaveLength(sweepSize(experiment.sweep));
  });

  it('the digital-access calibration is valid, with its targets resolved', () => {
    const { calibration } = loadCalibration('experiments/calibrate-digital.json');
    expect(calibration.targets.map((t) => t.metric)).toEqual(['online_access_rural', 'online_access_urban', 'resolution_days_mean']);
    expect(calibration.targets.map((t) => t.scaleKind)).toEqual(['sd', 'sd', 'tolerance']);
    expect(calibration.method).toEqual({ particles: 60, alpha: 0.5, minAcceptance: 0.05, maxGenerations: 12, checkReplications: 10 });
  });

  it('fills the method defaults of a calibration that leaves them out', async () => {
    const { parseCalibration } = await import('../../experiments/calibration/loader.ts');
    const { calibration } = parseCalibration({ name: 'x', scenario: 'scenarios/small.json', parameters: [{ name: 'a', path: '/digital/skillThreshold', min: 0.2, max: 0.5 }], targets: [{ metric: 'online_access', value: 0.6, sd: 0.02 }] }, '<test>', '.');
    expect(calibration.method).toEqual({ particles: 100, alpha: 0.5, minAcceptance: 0.05, maxGenerations: 20, checkReplications: 10 });
    expect(calibration.replications).toBe(1);
    expect(calibration.targets[0]).toMatchObject({ name: 'online_access', metric: 'online_access', at: null, scale: 0.02, scaleKind: 'sd' });
  });
});
