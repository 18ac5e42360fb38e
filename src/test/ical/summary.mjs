// Fetches a calendar feed of the running application and reads it with node-ical, a parser independent of the
// ical4j the service writes with; prints, on its last line, a JSON summary that NodeIcalFeedIT compares with
// GraphQL's answers. Usage: node summary.mjs <base URL> <organization code> <lang>
import ical from 'node-ical';

const [base, organization, lang] = process.argv.slice(2);
const response = await fetch(new URL(`calendar/${organization}.ics?lang=${lang}`, base));
const text = await response.text();

// a DATE value is a Date at the local midnight of its day
const day = (date) => date && [date.getFullYear(), String(date.getMonth() + 1).padStart(2, '0'),
  String(date.getDate()).padStart(2, '0')].join('-');
const parsed = response.ok ? ical.sync.parseICS(text) : {};
const events = Object.values(parsed).filter((c) => c.type === 'VEVENT').map((e) => ({
  uid: e.uid,
  start: day(e.start),
  end: day(e.end),
  allDay: e.start?.dateOnly === true && e.end?.dateOnly === true,
  summary: e.summary,
  location: e.location,
  status: e.status,
  sequence: e.sequence === undefined ? null : Number(e.sequence),
  url: typeof e.url === 'object' ? e.url?.val : e.url ?? null,
}));
const calendar = Object.values(parsed).find((c) => c.type === 'VCALENDAR');

console.log(JSON.stringify({
  status: response.status,
  contentType: response.headers.get('content-type'),
  contentLanguage: response.headers.get('content-language'),
  etag: response.headers.get('etag'),
  name: calendar?.['WR-CALNAME'] ?? null,
  events,
}));
