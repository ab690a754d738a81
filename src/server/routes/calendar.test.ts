// The plan as an iCalendar file over HTTP, on every database: refused until there is a start
// date, then the exact bytes of an RFC 5545 file at the learner's pace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { realContent } from '../../../test/support/learning.js';
import type { Database } from '../db/database.js';

const url = '/api/v1/me/plan.ics';
const now = new Date('2026-02-20T18:30:00.000Z');

describe.each(testDatabaseKinds)('plan calendar on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind, {
      accounts: { now: () => now, publicUrl: 'https://learn.example.com/' },
    }));
  });
  afterAll(async () => dispose());

  const setPlan = (user: Signed, startDate: string | null, daysPerWeek: number) =>
    database.db
      .insertInto('learner_settings')
      .values({
        user_id: user.id,
        start_date: startDate,
        days_per_week: daysPerWeek,
        desired_retention: 0.9,
        // 29,532,960 minutes after 1970-01-01T00:00Z: the events' SEQUENCE.
        updated_at: '2026-02-25T00:00:00.000Z',
      })
      .execute();

  it('asks for a start date first, with a 409 problem that says how', async () => {
    const user = await signUp(app);
    for (const setUp of [async () => {}, () => setPlan(user, null, 7)]) {
      await setUp();
      const response = await app.inject(as(user, { url }));
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({
        status: 409,
        detail: 'Choose a start date first (PUT /api/v1/me/plan).',
      });
    }
  });

  it('sends the plan as an .ics attachment: exact header and first event, every week, CRLF', async () => {
    const user = await signUp(app);
    await setPlan(user, '2026-03-02', 14);
    const response = await app.inject(as(user, { url }));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="stafflab-plan.ics"',
    );
    expect(response.headers['cache-control']).toBe('no-store');

    const week1 = realContent.weeks[0]!;
    const topics = week1.topics.map((t) => `- ${realContent.topicById.get(t.id)!.title}`);
    const escape = (text: string) => text.replace(/[\\;,]/g, '\\$&');
    const unfolded = response.body.replace(/\r\n /g, '');
    expect(unfolded.split('BEGIN:VEVENT')[0]).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stafflab//Stafflab plan//EN\r\n' +
        'CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Stafflab plan\r\n',
    );
    const first = unfolded.split('BEGIN:VEVENT\r\n')[1]!;
    expect(first).toBe(
      [
        'UID:week-1@stafflab',
        'DTSTAMP:20260220T183000Z',
        'SEQUENCE:29532960',
        'DTSTART;VALUE=DATE:20260302',
        'DTEND;VALUE=DATE:20260316',
        `SUMMARY:${escape(`Stafflab week 1: ${week1.title}`)}`,
        `DESCRIPTION:${escape(`About ${week1.hours} hours.`)}\\nTopics:\\n${topics.map(escape).join('\\n')}\\nOpen the week: https://learn.example.com/weeks/1`,
        'URL:https://learn.example.com/weeks/1',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        '',
      ].join('\r\n'),
    );

    // Twenty weeks at 14 days: the last ends (exclusively) 280 days after 2 March 2026.
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(20);
    expect(unfolded).toContain('UID:week-2@stafflab\r\n');
    expect(unfolded).toMatch(/UID:week-2@stafflab\r\n(.*\r\n){2}DTSTART;VALUE=DATE:20260316\r\n/);
    expect(unfolded).toMatch(/UID:week-20@stafflab\r\n(.*\r\n){3}DTEND;VALUE=DATE:20261207\r\n/);
    expect(response.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // No bare line feed, and no physical line over 75 octets.
    expect(response.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of response.body.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('is documented in the OpenAPI document as text/calendar', async () => {
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, { get: { responses: Record<string, { content: object }> } }>;
    };
    const responses = doc.paths[url]!.get.responses;
    expect(Object.keys(responses['200']!.content)).toEqual(['text/calendar']);
    expect(Object.keys(responses['409']!.content)).toEqual(['application/json']);
  });
});
