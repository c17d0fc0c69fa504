// The study day: like Anki, a day starts at a set local hour (default 4 am), so a late-night session
// still counts for the evening before.

/** The start of the study day that contains `now`, with the day starting at `dayStartHour` local time. */
export function studyDayStart(now: Date, dayStartHour: number): Date {
  const start = new Date(now);
  start.setHours(dayStartHour, 0, 0, 0);
  if (start.getTime() > now.getTime()) start.setDate(start.getDate() - 1);
  return start;
}

/** The start of the next study day (the moment today's limits reset). */
export function nextStudyDayStart(now: Date, dayStartHour: number): Date {
  const start = studyDayStart(now, dayStartHour);
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  next.setHours(dayStartHour, 0, 0, 0);
  return next;
}
