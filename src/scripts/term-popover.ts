/**
 * Glossary definitions (WithDefinitions.astro): when one opens, focus moves into it, so a screen
 * reader reads the definition; when focus leaves it (Tab past Close, or a click elsewhere), it
 * closes. Escape closes it and the browser returns focus to the word. Without this script the
 * popover still opens and closes; focus stays on the word.
 */
const isDefinition = (target: EventTarget | null): target is HTMLElement => target instanceof HTMLElement && target.classList.contains('term-popover');

// `toggle` does not bubble: listen in the capture phase for every definition on the page.
document.addEventListener(
  'toggle',
  (event) => {
    if (isDefinition(event.target) && (event as ToggleEvent).newState === 'open') event.target.focus({ preventScroll: true });
  },
  true,
);

document.addEventListener('focusout', (event) => {
  const popover = (event.target as Element | null)?.closest?.('.term-popover');
  if (!isDefinition(popover ?? null) || !popover?.matches(':popover-open')) return;
  const next = event.relatedTarget as Node | null;
  // Focus moving to the word that opens it is its own toggle; focus leaving the window is not leaving.
  if (next === null || popover.contains(next) || (next instanceof HTMLElement && next.getAttribute('popovertarget') === popover.id)) return;
  (popover as HTMLElement).hidePopover();
});
