/**
 * The error an MDX component throws when an editor uses it wrongly. The message names the
 * file, the component and what to write instead, and Astro stops the build with it.
 */
export class ContentError extends Error {
  constructor(file: string | undefined, component: string, problem: string, fix: string) {
    super(`${file ?? 'unknown file'}: ${component}: ${problem} ${fix}`.trim());
    this.name = 'ContentError';
  }
}
