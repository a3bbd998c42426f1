import { decisionNoteText } from '../../audit/decision-note';
import type { TeamDecisions } from '../../model/team-decisions';
import { generateDemoWorkspace } from './generate-workspace';
import { generateTeamMonth } from './team-month';

/**
 * The demo's team decisions, returned the way a CRM returns them: decision notes (title line, bullets, data line,
 * marker; plain lines, which the note parser reads like the CRM's HTML), plus the campaign checks and unanswered
 * warnings only the demo can know. Anchored at `now`, like the demo workspace itself.
 */
export function demoTeamDecisions(since: Date, now: Date): TeamDecisions {
  const month = generateTeamMonth(now, generateDemoWorkspace(now));
  const from = since.toISOString();
  const notes = month.decisions
    .filter((d) => d.at >= from)
    .map((d, i) => {
      const { title, body } = decisionNoteText(d);
      return { id: `demo-note-${i + 1}`, body: `${title}\n${body}`, timestamp: d.at };
    })
    .reverse();
  return {
    notes,
    truncated: false,
    campaignChecks: month.campaignChecks.filter((c) => c.at >= from),
    unanswered: month.unanswered.filter((u) => u.at >= from),
  };
}
