/**
 * The part of plotly.js the page uses, declared here: plotly.js-dist ships no types, and
 * @types/plotly.js would be a dependency for a dozen properties. The page inlines plotly before
 * its own script, as the global `Plotly`. Only what the panels set is declared, so a misspelt
 * property or a wrong kind of value is a compile error; plotly accepts much more.
 */

declare namespace Plotly {
  /** A value on an axis: numbers, or text for a category axis. */
  type Datum = number | string | null;

  /** Error bars as distances from the value (`type: 'data'`). */
  interface ErrorBars {
    type: 'data';
    symmetric: boolean;
    array: (number | null)[];
    arrayminus: (number | null)[];
    color: string;
    thickness: number;
  }

  interface ColorBar {
    title: { text: string; side: 'right' };
  }

  interface Marker {
    /** One colour, a colour per point, or values mapped through `colorscale`. */
    color?: string | string[] | (number | null)[];
    size?: number | number[];
    symbol?: string | string[];
    /** The outline: one, or one per point (the chosen package's ring). */
    line?: { color: string | string[]; width: number | number[] };
    cmin?: number;
    cmax?: number;
    colorscale?: string;
    showscale?: boolean;
    colorbar?: ColorBar;
  }

  /** A scatter, bar or heatmap trace, with the properties the panels set. */
  interface Trace {
    type?: 'scatter' | 'bar' | 'heatmap';
    mode?: 'lines' | 'markers' | 'lines+markers' | 'text';
    orientation?: 'h' | 'v';
    name?: string;
    x?: Datum[];
    y?: Datum[];
    z?: (number | null)[][];
    text?: string[] | string[][];
    texttemplate?: string;
    textfont?: { color: string };
    /** Per-point text read by `hovertemplate` as `%{customdata}`. */
    customdata?: string[] | string[][];
    hovertemplate?: string;
    hoverinfo?: 'skip';
    showlegend?: boolean;
    legendgroup?: string;
    line?: { color?: string; width?: number; dash?: string };
    fill?: 'tonexty';
    fillcolor?: string;
    marker?: Marker;
    error_x?: ErrorBars;
    error_y?: ErrorBars;
    colorscale?: string;
    zmin?: number;
    zmax?: number;
    colorbar?: ColorBar;
  }

  interface Font {
    family?: string;
    size?: number;
    color?: string;
  }

  interface Axis {
    title?: { text: string };
    type?: 'category';
    gridcolor?: string;
    zerolinecolor?: string;
    zeroline?: boolean;
    showgrid?: boolean;
    visible?: boolean;
    automargin?: boolean;
    autorange?: 'reversed';
    rangemode?: 'tozero';
    range?: [number, number];
    scaleanchor?: 'x';
    tickvals?: number[];
    ticktext?: string[];
  }

  /** A line across the plot (the start of an intervention). */
  interface Shape {
    type: 'line';
    xref: 'x';
    yref: 'paper';
    x0: number;
    x1: number;
    y0: number;
    y1: number;
    line: { color: string; width: number; dash: string };
  }

  interface Annotation {
    x: number;
    xref: 'x';
    y: number;
    yref: 'paper';
    xanchor: 'left';
    yanchor: 'top';
    text: string;
    showarrow: boolean;
    font: Font;
  }

  interface Title {
    text: string;
    font: Font;
    x: number;
    xanchor: 'left';
    xref: 'container';
    y: number;
    yanchor: 'top';
    yref: 'container';
    pad: { t: number; l: number };
    automargin: boolean;
  }

  interface Layout {
    font?: Font;
    margin?: { l: number; r: number; t: number; b: number };
    paper_bgcolor?: string;
    plot_bgcolor?: string;
    legend?: { orientation: 'h'; x: number; xanchor: 'left'; y: number; yanchor: 'bottom'; traceorder: 'normal'; font: Font };
    hoverlabel?: { font: Font };
    separators?: string;
    height?: number;
    title?: Title;
    xaxis?: Axis;
    yaxis?: Axis;
    barmode?: 'group' | 'stack';
    hovermode?: 'closest';
    dragmode?: false;
    shapes?: Shape[];
    annotations?: Annotation[];
  }

  interface Config {
    responsive: boolean;
    displaylogo: boolean;
    locale: string;
    modeBarButtons: string[][];
    toImageButtonOptions: { format: 'png'; scale: number };
  }

  /** A click on a point: its trace (`curveNumber`) and its index in the trace. */
  interface ClickEvent {
    points: { curveNumber: number; pointIndex: number }[];
  }

  /** A chart's element once plotly has drawn in it, with its events. */
  interface PlotElement extends HTMLElement {
    on(event: 'plotly_click', handler: (event: ClickEvent) => void): void;
  }

  /** A translation of plotly's own messages and date formats. */
  interface LocaleModule {
    moduleType: 'locale';
    name: string;
    dictionary: Record<string, string>;
    format: { days: string[]; shortDays: string[]; months: string[]; shortMonths: string[]; date: string };
  }
}

declare const Plotly: {
  /** Draws a chart in `div`, or updates the one drawn there. */
  react(div: HTMLElement, data: Plotly.Trace[], layout: Plotly.Layout, config: Plotly.Config): Promise<Plotly.PlotElement>;
  register(module: Plotly.LocaleModule): void;
};
