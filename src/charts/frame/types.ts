/**
 * The plain data every chart hands to the chart frame. A chart's loader builds it at build
 * time from the content collections; the frame renders it; nothing here touches the DOM.
 */

/** The two layouts of every chart: one for phones, one for wider screens. */
export const chartSizes = ['narrow', 'wide'] as const;
export type ChartSize = (typeof chartSizes)[number];

/** The drawing width of each layout, in SVG units. Text is 15 units; the narrow drawing is shown at least 262 px wide (a 320 px screen), so text never shows below 12 px. */
export const chartWidths: Record<ChartSize, number> = { narrow: 320, wide: 720 };

/** A column of the chart's data table and CSV file. */
export interface DataColumn {
  key: string;
  /** The heading, in plain words, with the unit. */
  label: string;
  /** Numbers are right-aligned in the table. */
  numeric?: boolean;
  /** A column of years: written as they are, never with a thousands separator. */
  year?: boolean;
}

export type DataCell = string | number;
export type DataRow = Record<string, DataCell>;

/** The chart's data as a table: what the data table shows and the CSV holds. */
export interface DataTable {
  columns: DataColumn[];
  rows: DataRow[];
  /** How a cell is written in the HTML table; the CSV keeps the raw value. */
  display?: Record<string, (value: DataCell) => string>;
}

/** A set of toggle buttons that changes what the chart shows; its value lives in the URL. */
export interface ChartControl {
  key: string;
  /** What the buttons choose, e.g. "Show". */
  label: string;
  options: { value: string; label: string }[];
  /** The view the page opens with. */
  initial: string;
}

/** A source as the chart's source line shows it. */
export interface ChartSource {
  id: string;
  /** A short citation, e.g. "Zackowski et al. (2021)". */
  label: string;
  url: string;
}

/** A mark a reader can focus with the arrow keys, and what it says when focused. */
export interface ChartMark {
  key: string;
  /** The accessible name: the mark's label and value in one sentence. */
  label: string;
}

/**
 * What a chart says about one of its marks, when its component needs more than the layout:
 * the accessible name, the filter values it shows under, and a details card.
 */
export interface ChartMarkSpec {
  key: string;
  /** The accessible name: what the mark is, in one sentence. */
  name: string;
  /** For charts with filters: for each control, the values under which the mark shows. */
  when?: Record<string, string[]>;
  /** A card of details shown when the mark is chosen. */
  detail?: { heading: string; lines: string[]; links?: { href: string; text: string }[] };
}

export interface ChartSpec<Layout> {
  /** Stable id: used in the URL state, the embed page and the download file names. */
  id: string;
  /** The MDX component that places the chart, for build messages, e.g. "FundingChart". */
  component?: string;
  /** The takeaway: what the reader should learn, not what the chart is. */
  title: string;
  /** One sentence with the main numbers. */
  summary: string;
  /** A longer description for screen readers: what is drawn and every value that matters. */
  description: string[];
  /** 'illustrative' numbers are made up to explain an idea; a 'conceptual' chart shows ideas, not data. */
  kind: 'data' | 'illustrative' | 'conceptual';
  sources: ChartSource[];
  /** When the data was last true, for data that ages (ISO date). */
  asOf?: string;
  /** The page the chart belongs to, for the embed page's link back. */
  page: { href: string; title: string };
  table: DataTable;
  controls: ChartControl[];
  /** One layout per size, computed by the chart's pure layout function. */
  layouts: Record<ChartSize, Layout>;
  /** Names, filter conditions and details of the marks, for charts whose component shows them. */
  marks?: ChartMarkSpec[];
}
