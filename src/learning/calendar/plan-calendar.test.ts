import { describe, expect, it } from 'vitest';
import { scheduleOf } from '../progress/plan.js';
import { planCalendar, type CalendarWeek } from './plan-calendar.js';

const weeks: CalendarWeek[] = [
  {
    number: 1,
    title: 'Senior vs Staff vs Principal',
    hours: 8,
    topics: [{ title: 'Operating radius' }, { title: 'Problem finding; scope, and ownership' }],
  },
  { number: 2, title: 'Archetypes', hours: 6.5, topics: [{ title: 'The Tech Lead' }] },
];

const input = {
  startDate: '2026-03-02',
  daysPerWeek: 7,
  weeks,
  now: new Date('2026-02-20T18:30:00.000Z'),
  weekUrl: (n: number) => `https://learn.example.com/weeks/${n}`,
  sequence: 3,
};

const events = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => block.split('\r\n'));
const property = (lines: string[], name: string) =>
  lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('planCalendar', () => {
  it('writes the exact file: header, one all-day event per week, CRLF, folded at 75 octets', () => {
    // Written by hand from RFC 5545. Week 1's DESCRIPTION line is 148 octets, so it folds after
    // octet 75 — which falls inside the escape `\;`: folding works on octets, and unfolding
    // puts the escape back together. Its comma and semicolon are escaped.
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Stafflab//Stafflab plan//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Stafflab plan',
      'BEGIN:VEVENT',
      'UID:week-1@stafflab',
      'DTSTAMP:20260220T183000Z',
      'SEQUENCE:3',
      'DTSTART;VALUE=DATE:20260302',
      'DTEND;VALUE=DATE:20260309',
      'SUMMARY:Stafflab week 1: Senior vs Staff vs Principal',
      'DESCRIPTION:About 8 hours.\\nTopics:\\n- Operating radius\\n- Problem finding\\',
      ' ; scope\\, and ownership\\nOpen the week: https://learn.example.com/weeks/1',
      'URL:https://learn.example.com/weeks/1',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:week-2@stafflab',
      'DTSTAMP:20260220T183000Z',
      'SEQUENCE:3',
      'DTSTART;VALUE=DATE:20260309',
      'DTEND;VALUE=DATE:20260316',
      'SUMMARY:Stafflab week 2: Archetypes',
      'DESCRIPTION:About 6.5 hours.\\nTopics:\\n- The Tech Lead\\nOpen the week: http',
      ' s://learn.example.com/weeks/2',
      'URL:https://learn.example.com/weeks/2',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(planCalendar(input)).toBe(expected);
  });

  it('at a pace of 14 days, starts week 2 fourteen days after week 1 and ends each exclusively', () => {
    const ics = planCalendar({ ...input, daysPerWeek: 14 });
    const [one, two] = events(ics);
    expect(property(one!, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20260302');
    // The last day of week 1 is 15 March; DTEND is the day after (exclusive).
    expect(property(one!, 'DTEND')).toBe('DTEND;VALUE=DATE:20260316');
    expect(property(two!, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20260316');
    expect(property(two!, 'DTEND')).toBe('DTEND;VALUE=DATE:20260330');
  });

  it('gives each week the dates the progress schedule gives it, across a leap day', () => {
    const plan = { startDate: '2028-02-24', daysPerWeek: 10, desiredRetention: 0.9 };
    const schedule = scheduleOf(plan, 2, '2028-02-24');
    const ics = planCalendar({ ...input, startDate: plan.startDate, daysPerWeek: 10 });
    events(ics).forEach((lines, i) => {
      const week = schedule.weeks[i]!;
      const compact = (date: string) => date.replace(/-/g, '');
      expect(property(lines, 'DTSTART')).toBe(`DTSTART;VALUE=DATE:${compact(week.startDate!)}`);
      const dayAfter = new Date(`${week.endDate!}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(property(lines, 'DTEND')).toBe(
        `DTEND;VALUE=DATE:${compact(dayAfter.toISOString().slice(0, 10))}`,
      );
    });
    // 24 February 2028 + 10 days crosses 29 February: week 2 starts on 5 March.
    expect(property(events(ics)[1]!, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20280305');
  });

  it('names events the same for every plan, so importing again updates them', () => {
    const uids = (ics: string) => events(ics).map((lines) => property(lines, 'UID'));
    expect(uids(planCalendar({ ...input, startDate: '2027-01-04', sequence: 9 }))).toEqual(
      uids(planCalendar(input)),
    );
  });
});
