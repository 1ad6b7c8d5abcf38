// Progressive enhancement for the glossary tooltips of TermMention.astro: Escape hides the open tooltip
// (WCAG 1.4.13, dismissable) until focus and pointer have left the term. Everything else works without it.
// Loaded as a file (not inlined) because it sits inside article text, where inline code would become text.
const DISMISSED = 'data-tip-dismissed';
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term')) {
    if (term.matches(':hover, :focus-within')) term.setAttribute(DISMISSED, '');
  }
});
const reset = (event) => {
  const term = event.target instanceof Element ? event.target.closest('.term') : null;
  const next = event.relatedTarget;
  if (term && !(next instanceof Node && term.contains(next))) term.removeAttribute(DISMISSED);
};
document.addEventListener('focusout', reset);
document.addEventListener('mouseout', reset);
