/**
 * Label placement: moves labels apart so none overlaps the next, keeping each as close as it
 * can to where it wants to be (the mark it names), and all inside the drawing.
 */

export interface LabelBlock {
  /** Where the label's top would ideally be. */
  want: number;
  /** The label's height. */
  height: number;
}

/**
 * The top of each label, in the given order, at least `gap` apart, within [min, max].
 * Labels keep their order; if they cannot all fit, they start at `min` and run past `max`.
 */
export function dodge(blocks: readonly LabelBlock[], gap: number, min: number, max: number): number[] {
  const tops = blocks.map((b) => b.want);
  // Push down: each label starts at or below `min` and below the one before.
  const pushDown = () => {
    for (let i = 0; i < tops.length; i++) {
      const floor = i === 0 ? min : tops[i - 1]! + blocks[i - 1]!.height + gap;
      tops[i] = Math.max(tops[i]!, floor);
    }
  };
  pushDown();
  // Pull up: from the bottom, each label ends at or above `max` and above the one after.
  for (let i = tops.length - 1; i >= 0; i--) {
    const ceiling = i === tops.length - 1 ? max - blocks[i]!.height : tops[i + 1]! - gap - blocks[i]!.height;
    tops[i] = Math.min(tops[i]!, ceiling);
  }
  // If pulling up went past the top, there is not room for all: the top wins.
  pushDown();
  return tops;
}
