// Small charts drawn by hand: a column chart in SVG for timelines and bar lists in HTML for rankings.
// Every bar is a link to the list behind it, and every chart has a table of the same numbers, so the
// numbers are there for screen readers, for copying and for anyone who does not read charts. Colours
// come from the stylesheet's variables, which change with the dark theme.

import { h } from './dom.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return element;
}

/**
 * A column per step: points [{label, shortLabel, count, href}], series the kind of thing counted
 * ("quote"), colour a CSS class. The SVG scales to its box, so it never widens the page.
 */
export function columnChart({ title, points, series, colour }) {
  const width = 640;
  const height = 220;
  const bottom = 28;
  const top = 10;
  const max = Math.max(1, ...points.map((p) => p.count));
  // Room for the widest axis number ("17652"), so that none is cut at the edge.
  const left = Math.max(36, 12 + 8 * String(max).length);
  const step = (width - left - 8) / Math.max(1, points.length);
  const barWidth = Math.min(48, Math.max(2, step * 0.75));
  const y = (count) => top + (height - top - bottom) * (1 - count / max);
  // A label under at most ~8 columns, so they never collide.
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));

  const grid = [0, 0.5, 1].map((f) => {
    const value = Math.round(max * f);
    return svg('g', { class: 'chart-grid' },
      svg('line', { x1: left, x2: width, y1: y(value), y2: y(value) }),
      svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' }, String(value)));
  });
  const bars = points.map((point, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    const label = `${point.label}: ${point.count} ${point.count === 1 ? series : `${series}s`}`;
    return svg('a', { href: point.href, 'aria-label': label, class: 'chart-bar' },
      svg('title', {}, label),
      // An invisible full-height target, so a small or zero bar can still be hit.
      svg('rect', { x: left + i * step, y: top, width: step, height: height - top - bottom, class: 'chart-hit' }),
      svg('rect', { x, y: y(point.count), width: barWidth, height: Math.max(0, height - bottom - y(point.count)), class: `chart-column ${colour}` }));
  });
  const labels = points.map((point, i) => (i % labelEvery === 0
    ? svg('text', { x: left + i * step + step / 2, y: height - 8, 'text-anchor': 'middle', class: 'chart-label' }, point.shortLabel)
    : null));

  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart-svg', role: 'group', 'aria-label': title }, grid, bars, labels),
    numbersTable(title, ['Period', `${series[0].toUpperCase()}${series.slice(1)}s`], points.map((p) => [h('a', { href: p.href }, p.label), p.count])));
}

/** Horizontal bars: rows [{label, count, note, href}], longest first as given. */
export function barList({ title, rows, unit, colour, columns }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return h('figure', { class: 'chart' },
    h('figcaption', {}, title),
    rows.length === 0
      ? h('p', { class: 'muted' }, 'Nothing in this selection.')
      : h('ol', { class: 'bar-list' }, rows.map((row) => h('li', {},
        h('a', { href: row.href, class: 'bar-link' },
          h('span', { class: 'bar-label' }, row.label),
          h('span', { class: 'bar-track', 'aria-hidden': 'true' }, barFill(colour, row.count / max)),
          h('span', { class: 'bar-value' }, `${row.count} ${row.count === 1 ? unit : `${unit}s`}${row.note ? ` \u00B7 ${row.note}` : ''}`))))),
    rows.length === 0 ? null : numbersTable(title, columns, rows.map((r) => r.cells)));
}

// The width is set through the CSSOM: the page's Content-Security-Policy refuses style attributes.
function barFill(colour, share) {
  const fill = h('span', { class: `bar-fill ${colour}` });
  fill.style.width = `${Math.max(0.5, share * 100)}%`;
  return fill;
}

function numbersTable(title, columns, rows) {
  return h('details', { class: 'chart-table' },
    h('summary', {}, 'Show the numbers as a table'),
    h('div', { class: 'table-scroll' },
      h('table', { class: 'data-table' },
        h('caption', { class: 'visually-hidden' }, title),
        h('thead', {}, h('tr', {}, columns.map((c, i) => h('th', { scope: 'col', class: i > 0 ? 'number' : null }, c)))),
        h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, i) => (i === 0
          ? h('th', { scope: 'row' }, cell)
          : h('td', { class: 'number' }, String(cell))))))))));
}
