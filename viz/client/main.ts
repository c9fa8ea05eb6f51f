/**
 * The report page's script: reads the embedded data and starts the page (shell.ts) with the
 * panels of its kind — an experiment's or a run's, or a policy design's. Bundled into the page by
 * viz/assets.ts; plotly.js is loaded before it.
 */
import type { DesignReport } from '../designReport.ts';
import type { PageData, ReportData } from '../reportData.ts';
import { designModel } from './designModel.ts';
import { labelledSelect, replace } from './dom.ts';
import { initialState, model } from './model.ts';
import type { PanelMaker } from './panel.ts';
import { countyPanel } from './panels/county.ts';
import { designAnswerPanel } from './panels/designAnswer.ts';
import { designFrontPanel } from './panels/designFront.ts';
import { designPackagesPanel } from './panels/designPackages.ts';
import { designProgressPanel } from './panels/designProgress.ts';
import { designProvenancePanel } from './panels/designProvenance.ts';
import { equityPanel } from './panels/equity.ts';
import { headlinePanel } from './panels/headline.ts';
import { keyResultsPanel } from './panels/keyResults.ts';
import { participationPanel } from './panels/participation.ts';
import { provenancePanel } from './panels/provenance.ts';
import { sensitivityPanel } from './panels/sensitivity.ts';
import { seriesPanel } from './panels/series.ts';
import { sweepPanel } from './panels/sweep.ts';
import { zonesPanel } from './panels/zones.ts';
import { registerChinese } from './plot.ts';
import { startPage, type Page } from './shell.ts';
import { t } from './strings.ts';

// viz/page.ts embeds the data as JSON (embedJson) of the same type.
const data = JSON.parse(document.getElementById('report-data')?.textContent ?? 'null') as PageData;
registerChinese();
if (data.kind === 'design') designPage(data);
else experimentPage(data);

/** An experiment's or a single run's page, with the sweep point chooser when there is a sweep. */
function experimentPage(d: ReportData): void {
  const m = model(d);
  const state = initialState(d);
  // A sensitivity design's point of the analysis is its indices: they come first.
  const makers: PanelMaker[] = [headlinePanel, sensitivityPanel, keyResultsPanel, seriesPanel, zonesPanel, participationPanel, equityPanel, sweepPanel, countyPanel, provenancePanel];
  const pointSelect = labelledSelect('point', (value) => page.update({ point: Number(value) }));
  const page: Page = startPage(
    {
      kind: m.isRun ? 'runReport' : 'experimentReport',
      name: d.name,
      title: d.title,
      engineVersion: d.provenance.engineVersion,
      panels: makers.map((make) => make(m)).filter((p) => p !== null),
      tools:
        d.points.length > 1
          ? [
              {
                element: pointSelect.element,
                render(view) {
                  replace(pointSelect.label, t('sweepPoint', view.lang));
                  pointSelect.setOptions(d.points.map((p) => [String(p.index), `${p.index}: ${m.pointLabel(p.index, view.lang)}`]), String(view.point));
                },
              },
            ]
          : [],
    },
    state,
  );
}

/** A policy design's page: choosing a package (in the table or on the front) shows it in every panel. */
function designPage(d: DesignReport): void {
  const m = designModel(d, (index) => {
    m.selected = index;
    page.update();
  });
  const page: Page = startPage(
    {
      kind: 'designReport',
      name: d.name,
      title: d.title,
      engineVersion: d.provenance.engineVersion,
      panels: [designAnswerPanel(m), designFrontPanel(m), designPackagesPanel(m), designProgressPanel(m), designProvenancePanel(m)].filter((p) => p !== null),
    },
    initialState(d),
  );
}
