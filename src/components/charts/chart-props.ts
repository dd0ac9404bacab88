/** The props every chart component takes, so editors and embed pages use each chart the same way. */
export interface ChartProps {
  /** Your own takeaway title, if the page needs a different one. */
  title?: string;
  /** Your own one-sentence summary; its numbers must be numbers the chart shows. */
  summary?: string;
  /** The heading level of the chart's title: 3 under a section heading (the default), 2 on the home page, 1 on its embed page. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** On the chart's embed page: no share buttons, links open the full site. */
  embed?: boolean;
}
