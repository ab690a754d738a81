import { describe, expect, it } from 'vitest';
import { defaultPlan, scheduleOf, type Plan } from './plan.js';

const standard: Plan = { ...defaultPlan, startDate: '2026-03-02' };
const halfPace: Plan = { ...standard, daysPerWeek: 14 };
const weekOn = (plan: Plan, today: string) => scheduleOf(plan, 20, today).currentWeek;

describe('scheduleOf', () => {
  it('has no current week and no dates without a start date', () => {
    const schedule = scheduleOf(defaultPlan, 20, '2026-03-05');
    expect(schedule).toMatchObject({ status: 'unscheduled', currentWeek: null, endDate: null });
    expect(schedule.weeks).toHaveLength(20);
    expect(schedule.weeks[0]).toEqual({ number: 1, startDate: null, endDate: null });
  });

  it('has no current week before the start', () => {
    expect(scheduleOf(standard, 20, '2026-03-01')).toMatchObject({
      status: 'not-started',
      currentWeek: null,
    });
  });

  it('moves to the next week every 7 days at the standard pace', () => {
    expect(weekOn(standard, '2026-03-02')).toBe(1);
    expect(weekOn(standard, '2026-03-08')).toBe(1);
    expect(weekOn(standard, '2026-03-09')).toBe(2);
    expect(weekOn(standard, '2026-03-16')).toBe(3);
  });

  it('moves every 14 days at half pace', () => {
    expect(weekOn(halfPace, '2026-03-15')).toBe(1);
    expect(weekOn(halfPace, '2026-03-16')).toBe(2);
    expect(weekOn(halfPace, '2026-03-29')).toBe(2);
    expect(weekOn(halfPace, '2026-03-30')).toBe(3);
  });

  it('gives each week its first and last day', () => {
    const schedule = scheduleOf(standard, 20, '2026-03-02');
    expect(schedule.weeks[1]).toEqual({
      number: 2,
      startDate: '2026-03-09',
      endDate: '2026-03-15',
    });
    expect(scheduleOf(halfPace, 20, '2026-03-02').weeks[1]).toEqual({
      number: 2,
      startDate: '2026-03-16',
      endDate: '2026-03-29',
    });
    // 20 weeks × 7 days: the last day is day 139 after the start.
    expect(schedule.endDate).toBe('2026-07-19');
    expect(schedule.weeks[19]).toEqual({
      number: 20,
      startDate: '2026-07-13',
      endDate: '2026-07-19',
    });
  });

  it('stays in the last week on its last day, then reports finished and keeps week 20', () => {
    expect(scheduleOf(standard, 20, '2026-07-19')).toMatchObject({
      status: 'in-progress',
      currentWeek: 20,
    });
    expect(scheduleOf(standard, 20, '2026-07-20')).toMatchObject({
      status: 'finished',
      currentWeek: 20,
    });
    expect(scheduleOf(standard, 20, '2030-01-01').currentWeek).toBe(20);
  });

  it('counts calendar days across a leap day', () => {
    const plan = { ...standard, startDate: '2028-02-26' };
    expect(scheduleOf(plan, 20, '2028-02-26').weeks[0]!.endDate).toBe('2028-03-03');
    expect(weekOn(plan, '2028-03-03')).toBe(1);
    expect(weekOn(plan, '2028-03-04')).toBe(2);
  });
});
