import { deadlineName, type Deadline, type DeadlineWords } from './compute';
import { toIcs } from './ics';

/**
 * Deadlines as an iCalendar file of all-day events, for the toolkit and the notebook alike.
 * `scope` keeps one record's events apart from another's (their uids); `title` opens each
 * event's summary (a record's name); `basis` is the description (the laws), else the name.
 */
export function deadlineCalendar(deadlines: readonly Deadline[], w: DeadlineWords, now: Date, scope = '', title = '', basis?: (d: Deadline) => string): string {
  return toIcs(
    deadlines.map((d) => ({
      uid: `${scope && `${scope}-`}${d.id}-${d.date}@refundpath`,
      date: d.date,
      summary: `${title && `${title}：`}${deadlineName(d, w)}`,
      description: basis ? basis(d) : deadlineName(d, w),
    })),
    now,
  );
}
