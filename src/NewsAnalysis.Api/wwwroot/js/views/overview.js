import { api } from '../api.js';
import { barList, columnChart } from '../charts.js';
import { dateRange, filterForm, loading, pageHeading } from '../components.js';
import { h, plural } from '../dom.js';
import { href, navigate } from '../links.js';

// The overview: quotes and claims over time, per source, and who is quoted most, for a period and a
// source. Every bar opens the list behind it with the same filters.

const monthName = (date) => date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayName = (date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const isoDay = (date) => date.toISOString().slice(0, 10);

/** A step's first and last day as the lists' from/to (both inclusive). */
function stepDays(point) {
  const end = new Date(point.end);
  end.setUTCDate(end.getUTCDate() - 1);
  return { from: isoDay(new Date(point.start)), to: isoDay(end) };
}

function timelinePoints(timeline, listPath, listFilters) {
  return timeline.points.map((point) => {
    const start = new Date(point.start);
    const label = timeline.interval === 'week' ? `Week of ${dayName(start)}` : monthName(start);
    return {
      label,
      shortLabel: timeline.interval === 'week' ? isoDay(start).slice(5) : monthName(start),
      count: point.count,
      href: href(listPath, { ...listFilters, ...stepDays(point) }),
    };
  });
}

export async function renderOverview(main, context) {
  const source = context.query.get('source') ?? '';
  const from = context.query.get('from') ?? '';
  const to = context.query.get('to') ?? '';
  const interval = context.query.get('interval') ?? 'month';
  context.setTitle('Overview');

  main.append(
    pageHeading('Overview'),
    h('p', { class: 'lead' }, 'Who is quoted, by which source, and when. Every bar opens the list behind it.'),
    filterForm('Choose what the overview counts', [
      { name: 'source', label: 'Source', type: 'text', value: source, placeholder: 'All sources' },
      { name: 'from', label: 'From', type: 'date', value: from },
      { name: 'to', label: 'To', type: 'date', value: to },
      { name: 'interval', label: 'Steps', type: 'select', value: interval, options: [['month', 'Months'], ['week', 'Weeks']] },
    ], (values) => navigate('/overview', values)));

  const status = main.appendChild(loading());
  const selection = { source, ...dateRange(from, to) };
  const [quotes, claims, sources, speakers] = await Promise.all([
    api.stats('timeline', { ...selection, kind: 'quotes', interval }),
    api.stats('timeline', { ...selection, kind: 'claims', interval }),
    api.stats('sources', selection),
    api.stats('top-speakers', { ...selection, limit: 10 }),
  ]);
  // The people each of the busiest sources quotes most (when no one source is chosen).
  const busiest = source ? [] : sources.filter((s) => s.source && s.quoteCount > 0).slice(0, 4);
  const perSource = await Promise.all(busiest.map((s) => api.stats('top-speakers', { ...selection, source: s.source, limit: 5 })));
  if (!context.isCurrent()) {
    return;
  }
  status.remove();

  const listFilters = { source, from, to };
  const speakerRows = (result, filters) => result.items.map((speaker) => ({
    label: speaker.name,
    count: speaker.quoteCount,
    note: `${Math.round(speaker.share * 100)}%`,
    href: href('/quotes', { ...filters, speakerId: speaker.entityId }),
    cells: [h('a', { href: href('/quotes', { ...filters, speakerId: speaker.entityId }) }, speaker.name), speaker.quoteCount, `${(speaker.share * 100).toFixed(1)}%`],
  }));

  main.append(h('div', { class: 'overview' },
    h('section', { class: 'overview-panel', 'aria-labelledby': 'time-heading' },
      h('h2', { id: 'time-heading' }, 'Over time'),
      quotes.points.length === 0 && claims.points.length === 0
        ? h('p', { class: 'empty' }, 'No quotes or claims in this selection.')
        : [
          columnChart({ title: `Quotes per ${interval}`, points: timelinePoints(quotes, '/quotes', listFilters), series: 'quote', colour: 'fill-quote' }),
          columnChart({
            title: `Claims per ${interval}`,
            points: timelinePoints(claims, '/claims', { ...listFilters, minCheckWorthiness: 'any' }),
            series: 'claim',
            colour: 'fill-claim',
          }),
        ]),
    h('section', { class: 'overview-panel', 'aria-labelledby': 'speakers-heading' },
      h('h2', { id: 'speakers-heading' }, 'Quoted most'),
      h('p', { class: 'muted small' }, `${speakers.attributedQuoteCount} of ${speakers.quoteCount} quotes name one person or organisation; the share is of those.`),
      barList({ title: 'Most-quoted people and organisations', rows: speakerRows(speakers, listFilters), unit: 'quote', colour: 'fill-quote', columns: ['Speaker', 'Quotes', 'Share'] })),
    h('section', { class: 'overview-panel', 'aria-labelledby': 'sources-heading' },
      h('h2', { id: 'sources-heading' }, 'Per source'),
      barList({
        title: 'Articles, quotes and claims per source',
        rows: sources.map((s) => {
          const filters = { ...listFilters, source: s.source ?? '' };
          return {
            label: s.source ?? 'No source',
            count: s.articleCount,
            note: `${plural(s.quoteCount, 'quote')}, ${plural(s.claimCount, 'claim')}`,
            href: href('/articles', filters),
            cells: [
              s.source ? h('a', { href: href('/articles', filters) }, s.source) : 'No source',
              h('a', { href: href('/articles', filters) }, String(s.articleCount)),
              s.source ? h('a', { href: href('/quotes', filters) }, String(s.quoteCount)) : s.quoteCount,
              s.source ? h('a', { href: href('/claims', { ...filters, minCheckWorthiness: 'any' }) }, String(s.claimCount)) : s.claimCount,
            ],
          };
        }),
        unit: 'article',
        colour: 'fill-source',
        columns: ['Source', 'Articles', 'Quotes', 'Claims'],
      })),
    busiest.length === 0 ? null : h('section', { class: 'overview-panel', 'aria-labelledby': 'per-source-heading' },
      h('h2', { id: 'per-source-heading' }, 'Whom each source quotes most'),
      h('div', { class: 'per-source' }, busiest.map((s, i) => barList({
        title: s.source,
        rows: speakerRows(perSource[i], { ...listFilters, source: s.source }),
        unit: 'quote',
        colour: 'fill-quote',
        columns: ['Speaker', 'Quotes', 'Share'],
      }))))));
}
