/**
 * A chart's view in the page address, so a shared link opens the same view: one query
 * parameter per control, named "<chart id>.<control key>", e.g. ?funding-2017.view=dollars.
 * Shared by the build (links) and the browser script (reading and writing the address).
 */

export type ChartState = Record<string, string>;

export function paramName(chartId: string, key: string): string {
  return `${chartId}.${key}`;
}

/** The state a query string asks for, keeping only known keys and allowed values. */
export function readState(search: string, chartId: string, allowed: Record<string, readonly string[]>): ChartState {
  const params = new URLSearchParams(search);
  const state: ChartState = {};
  for (const [key, values] of Object.entries(allowed)) {
    const value = params.get(paramName(chartId, key));
    if (value !== null && values.includes(value)) state[key] = value;
  }
  return state;
}

/** The query string with this chart's state written in; values equal to the initial view are left out. */
export function writeState(search: string, chartId: string, state: ChartState, initial: ChartState): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(state)) {
    const name = paramName(chartId, key);
    if (value === initial[key]) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Whether an element marked data-when="key=a|b;other=c" belongs to the current view:
 * every named key must have one of the listed values.
 */
export function matchesWhen(when: string, state: ChartState): boolean {
  return when
    .split(';')
    .filter((part) => part.trim() !== '')
    .every((part) => {
      const [key, values = ''] = part.split('=');
      return values.split('|').includes(state[key!.trim()] ?? '');
    });
}

/** The data-when attribute for an element shown only in one view. */
export function when(conditions: Record<string, string | readonly string[]>): string {
  return Object.entries(conditions)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : value.join('|')}`)
    .join(';');
}

/**
 * The attributes of an element shown only in some views: data-when for the script, and
 * data-off when the page opens in another view, so the HTML is right before any script runs.
 */
export function whenAttributes(conditions: Record<string, string | readonly string[]>, initial: ChartState) {
  const condition = when(conditions);
  return { 'data-when': condition, 'data-off': matchesWhen(condition, initial) ? undefined : '' };
}

/** The view a chart opens in: each control's initial value. */
export function initialState(controls: readonly { key: string; initial: string }[]): ChartState {
  return Object.fromEntries(controls.map((c) => [c.key, c.initial]));
}
