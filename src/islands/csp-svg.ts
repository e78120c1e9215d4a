/**
 * Puts a Mermaid SVG into the page without breaking the Content-Security-Policy: the
 * policy forbids inline <style> elements and style attributes, which Mermaid's output
 * is full of. The SVG is parsed in an inert document, its <style> text becomes a
 * constructed stylesheet and its style attributes are re-applied through the CSSOM,
 * neither of which the policy governs. Nothing is executed: Mermaid's strict mode has
 * already sanitised the SVG.
 */
/** One constructed sheet per container, replaced when the diagram is redrawn. */
const sheetOf = new WeakMap<HTMLElement, CSSStyleSheet>();

export function insertSvg(container: HTMLElement, svg: string): void {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') throw new Error('not an SVG');
  const sheets: string[] = [];
  for (const style of [...root.querySelectorAll('style')]) {
    sheets.push(style.textContent ?? '');
    style.remove();
  }
  const styled: [string, string][] = [];
  [root, ...root.querySelectorAll('[style]')].forEach((el, i) => {
    const value = el.getAttribute('style');
    if (value === null) return;
    const key = `s${i}`;
    el.setAttribute('data-csp-style', key);
    el.removeAttribute('style');
    styled.push([key, value]);
  });
  const live = document.importNode(root, true);
  container.replaceChildren(live);
  for (const [key, value] of styled) {
    const el = live.matches(`[data-csp-style="${key}"]`) ? live : live.querySelector(`[data-csp-style="${key}"]`);
    if (el instanceof SVGElement || el instanceof HTMLElement) {
      el.style.cssText = value;
      el.removeAttribute('data-csp-style');
    }
  }
  let sheet = sheetOf.get(container);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheetOf.set(container, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(sheets.join('\n'));
}
