/**
 * Checks an MDX source for mistakes the MDX compiler accepts but readers would notice.
 * `npm run check` and the test suite run it over every page.
 */
export interface LintProblem {
  line: number;
  message: string;
}

/** Components that belong inside a sentence; alone on a line, MDX renders them as a block. */
const inlineComponents = ['Cite', 'Term'];

export function lintMdx(source: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const lines = source.split('\n');
  let inFrontMatter = false;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '---' && (index === 0 || inFrontMatter)) {
      inFrontMatter = index === 0;
      return;
    }
    if (inFrontMatter) return;
    for (const name of inlineComponents) {
      const alone = new RegExp(`^\\s*<${name}\\b[^>]*?(/>|>[^<]*</${name}>)\\s*$`);
      if (alone.test(text)) {
        problems.push({
          line,
          message: `<${name}> is alone on its line, so it shows as a separate block. Put it straight after the words it belongs to, on the same line.`,
        });
      }
    }
    if (/<(Cite|Term)\s[^>]*\bid=(?!")/.test(text)) {
      problems.push({ line, message: 'Write the id in double quotes, e.g. <Cite id="thompson-2021" />.' });
    }
  });
  return problems;
}
