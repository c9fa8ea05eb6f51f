import { describe, expect, it } from 'vitest';
import { BUILTIN_METRICS, GAP_METRICS, HEADLINE_METRICS, builtinMetric, panelMetrics } from '../../engine/metrics/builtins.ts';
import { METRIC_FAMILIES, PANEL_IDS } from '../../engine/metrics/catalogue.ts';
import { betterDirection } from '../../engine/metrics/direction.ts';
import { metricLabel, metricLabels } from '../../engine/metrics/labels.ts';
import { statMetrics } from '../../viz/panelMetrics.ts';
import { BEFORE_CATALOGUE } from './beforeCatalogue.ts';

/** Whether `now` holds every element of `before` in the same relative order (new ones may sit in between or after). */
function keepsOrder(now: readonly string[], before: readonly string[]): boolean {
  const kept = now.filter((m) => before.includes(m));
  return kept.length === before.length && kept.every((m, i) => m === before[i]);
}

describe('metric catalogue: names, directions and labels as before it existed', () => {
  it('keeps every earlier built-in name, in the same order (a new metric adds a column, moves none)', () => {
    expect(keepsOrder(BUILTIN_METRICS, Object.keys(BEFORE_CATALOGUE))).toBe(true);
    expect(keepsOrder(['a', 'c', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(keepsOrder(['a', 'x', 'b'], ['a', 'b'])).toBe(true);
  });

  it('gives every earlier built-in metric the direction the regex version gave', () => {
    const now = Object.fromEntries(BUILTIN_METRICS.filter((m) => m in BEFORE_CATALOGUE).map((m) => [m, betterDirection(m)]));
    expect(now).toEqual(Object.fromEntries(Object.entries(BEFORE_CATALOGUE).map(([m, [better]]) => [m, better])));
  });

  it('gives every built-in metric the labels the report gave', () => {
    for (const [m, [, zh, en]] of Object.entries(BEFORE_CATALOGUE)) {
      expect(metricLabels(m), m).toEqual({ zh, en });
      expect([metricLabel(m, 'zh'), metricLabel(m, 'en')], m).toEqual([zh, en]);
    }
  });

  it('knows nothing of other names: no direction, their own name as label', () => {
    for (const name of ['my_metric', 'gap_cost', 'participation_total', 'needs_arisen_weather', '']) {
      expect(betterDirection(name)).toBe('none');
      expect(metricLabels(name)).toEqual({ zh: name, en: name });
    }
  });

  it('keeps the gap metrics', () => {
    expect(keepsOrder(GAP_METRICS, ['participation', 'online_access', 'report_rate', 'unmet_share', 'resolution_days_mean', 'satisfaction', 'trust', 'efficacy'])).toBe(true);
  });
});

describe('metric catalogue: lists derived from it', () => {
  it('gives the report panels the metrics they drew before, in the same order', () => {
    // Captured from viz/panelMetrics.ts before the catalogue (statMetrics([])).
    expect(statMetrics([])).toEqual([
      'participation', 'participation_urban', 'participation_rural', 'participation_migrant', 'gap_participation',
      'online_access', 'online_access_urban', 'online_access_rural', 'online_access_migrant', 'gap_online_access',
      'report_rate', 'report_rate_urban', 'report_rate_rural', 'report_rate_migrant', 'gap_report_rate',
      'unmet_share', 'unmet_share_urban', 'unmet_share_rural', 'unmet_share_migrant', 'gap_unmet_share',
      'resolution_days_mean', 'resolution_days_mean_urban', 'resolution_days_mean_rural', 'resolution_days_mean_migrant', 'gap_resolution_days_mean',
      'satisfaction', 'satisfaction_urban', 'satisfaction_rural', 'satisfaction_migrant', 'gap_satisfaction',
      'trust', 'trust_urban', 'trust_rural', 'trust_migrant', 'gap_trust',
      'efficacy', 'efficacy_urban', 'efficacy_rural', 'efficacy_migrant', 'gap_efficacy',
      'participation_age_18_39', 'participation_age_40_59', 'participation_age_60plus', 'participation_offline', 'participation_online',
      'reports_in_person', 'reports_online', 'reports_grid_visit', 'reports_partner', 'reports_petition',
      'theil_service', 'theil_service_between', 'theil_service_within', 'gini_service', 'gini_income',
    ]);
  });

  it('gives each chart of the participation and equity panels its metrics, in drawing order', () => {
    expect(panelMetrics('participationAge')).toEqual(['participation_age_18_39', 'participation_age_40_59', 'participation_age_60plus']);
    expect(panelMetrics('participationChannel')).toEqual(['participation_offline', 'participation_online']);
    expect(panelMetrics('reportChannel')).toEqual(['reports_in_person', 'reports_online', 'reports_grid_visit', 'reports_partner', 'reports_petition']);
    expect(panelMetrics('theil')).toEqual(['theil_service', 'theil_service_between', 'theil_service_within']);
    expect(panelMetrics('gini')).toEqual(['gini_service', 'gini_income']);
  });

  it('gives the run summary table the single metrics it printed before', () => {
    expect(panelMetrics('summary')).toEqual(['needs_arisen', 'resolution_days_median', 'resolution_days_p90', 'escalations', 'misroute_share', 'theil_service', 'gini_service', 'gini_income', 'collective_income', 'cost']);
  });
});

describe('metric catalogue: consistency', () => {
  it('derives each name once, from one family', () => {
    expect(new Set(BUILTIN_METRICS).size).toBe(BUILTIN_METRICS.length);
    expect(new Set(METRIC_FAMILIES.map((f) => f.name)).size).toBe(METRIC_FAMILIES.length);
    for (const f of METRIC_FAMILIES) expect(builtinMetric(f.name)?.family, f.name).toBe(f);
  });

  it('has gaps only where there are zones, and distinct panel positions', () => {
    for (const f of METRIC_FAMILIES) if (f.gap) expect(f.zones, f.name).toBe(true);
    for (const panel of PANEL_IDS) {
      const positions = METRIC_FAMILIES.flatMap((f) => (f.panels?.[panel] === undefined ? [] : [f.panels[panel]]));
      expect(new Set(positions).size, panel).toBe(positions.length);
    }
  });

  it('names only built-in metrics in panels and headlines', () => {
    const known = new Set(BUILTIN_METRICS);
    for (const panel of PANEL_IDS) for (const m of panelMetrics(panel)) expect(known.has(m), m).toBe(true);
    for (const m of HEADLINE_METRICS) expect(known.has(m), m).toBe(true);
  });

  it('labels every built-in metric in both languages', () => {
    for (const m of BUILTIN_METRICS) {
      const { zh, en } = metricLabels(m);
      expect(zh === m || en === m, m).toBe(false);
    }
  });
});
