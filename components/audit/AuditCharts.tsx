import { useMemo } from 'react';
import type { AuditSummaryReply } from '../../lib/audit/messages';
import { AuditRuleId } from '../../lib/audit/row';
import { COLLISION_REASONS } from '../../lib/audit/summary-schema';
import type { z } from 'zod';
import { BarChart } from '../ui/BarChart';
import { REASON_LABELS } from '../../lib/campaign/results';
import { RULE_COLORS, ruleName } from './labels';

type Summary = z.infer<typeof AuditSummaryReply>;

const COLLISION_COLORS: Record<(typeof COLLISION_REASONS)[number], string> = {
  'open-quote': '#b45309',
  'quote-offer-conflict': '#b42318',
  'campaign-offer-conflict': '#7c3aed',
  'active-deal': '#0e7490',
};

function percent(rate: number | null): string {
  return rate === null ? 'no decisions' : `${Math.round(rate * 100)} %`;
}

/**
 * The manager's four charts, each with the same numbers as a table for anyone not seeing the canvas: warnings
 * per week by rule, override rate per rep and per rule, contacts with the most conflicts, campaign collisions.
 */
export function AuditCharts({ summary }: { summary: Summary }) {
  const number = new Intl.NumberFormat();
  const rules = useMemo(
    () => AuditRuleId.options.filter((rule) => summary.perWeek.some((w) => (w.byRule[rule] ?? 0) > 0)),
    [summary.perWeek],
  );
  const weekLabels = useMemo(() => {
    const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
    return summary.perWeek.map((w) => day.format(new Date(`${w.monday}T00:00:00`)));
  }, [summary.perWeek]);
  const weekSeries = useMemo(
    () =>
      rules.map((rule) => ({
        label: ruleName(rule),
        color: RULE_COLORS[rule],
        values: summary.perWeek.map((w) => w.byRule[rule] ?? 0),
      })),
    [rules, summary.perWeek],
  );
  const repBars = useMemo(
    () => summary.overrideByRep.map((r) => ({ label: r.label ?? r.key, value: r.rate ?? 0 })),
    [summary.overrideByRep],
  );
  const ruleBars = useMemo(
    () => summary.overrideByRule.map((r) => ({ label: ruleName(r.key as AuditRuleId), value: r.rate ?? 0 })),
    [summary.overrideByRule],
  );
  const contactBars = useMemo(
    () => summary.topContacts.map((c) => ({ label: c.contact, value: c.warnings })),
    [summary.topContacts],
  );
  const campaignLabels = useMemo(() => summary.campaignCollisions.map((c) => c.campaign), [summary.campaignCollisions]);
  const campaignSeries = useMemo(
    () =>
      COLLISION_REASONS.map((reason) => ({
        label: REASON_LABELS[reason],
        color: COLLISION_COLORS[reason],
        values: summary.campaignCollisions.map((c) => c.collisions[reason] ?? 0),
      })),
    [summary.campaignCollisions],
  );
  const totalWarnings = summary.perWeek.reduce((sum, w) => sum + w.total, 0);

  return (
    <div className="audit-charts">
      <figure className="chart-card" aria-labelledby="chart-weeks">
        <figcaption id="chart-weeks">Warnings per week, by rule</figcaption>
        {summary.perWeek.length === 0 ? (
          <p className="muted">No warnings in this range.</p>
        ) : (
          <>
            <BarChart
              labels={weekLabels}
              series={weekSeries}
              horizontal={false}
              summary={`${number.format(totalWarnings)} warnings over ${summary.perWeek.length} weeks, by rule; the table below has the numbers.`}
            />
            <details>
              <summary>Numbers</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    {rules.map((rule) => (
                      <th scope="col" key={rule}>
                        {ruleName(rule)}
                      </th>
                    ))}
                    <th scope="col">All</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.perWeek.map((w, i) => (
                    <tr key={w.week}>
                      <th scope="row">{weekLabels[i]}</th>
                      {rules.map((rule) => (
                        <td key={rule}>{number.format(w.byRule[rule] ?? 0)}</td>
                      ))}
                      <td>{number.format(w.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </figure>

      <RateChart
        id="chart-reps"
        title="Override rate per rep"
        rates={summary.overrideByRep}
        bars={repBars}
        label={(r) => r.label ?? r.key}
      />
      <RateChart
        id="chart-rules"
        title="Override rate per rule"
        rates={summary.overrideByRule}
        bars={ruleBars}
        label={(r) => ruleName(r.key as AuditRuleId)}
      />

      <figure className="chart-card" aria-labelledby="chart-contacts">
        <figcaption id="chart-contacts">Contacts with the most conflicts</figcaption>
        {summary.topContacts.length === 0 ? (
          <p className="muted">No conflicts in this range.</p>
        ) : (
          <>
            <BarChart
              bars={contactBars}
              color="#1d4ed8"
              summary={`Warnings per contact for the ${summary.topContacts.length} contacts with the most; the table below has the numbers.`}
            />
            <table>
              <thead>
                <tr>
                  <th scope="col">Contact</th>
                  <th scope="col">Warnings</th>
                  <th scope="col">Sent anyway</th>
                  <th scope="col">Reps</th>
                </tr>
              </thead>
              <tbody>
                {summary.topContacts.map((c) => (
                  <tr key={c.contact}>
                    <th scope="row">
                      {c.contact}
                      {c.company ? <span className="muted"> · {c.company}</span> : null}
                    </th>
                    <td>{number.format(c.warnings)}</td>
                    <td>{number.format(c.overridden)}</td>
                    <td>{c.reps.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </figure>

      <figure className="chart-card" aria-labelledby="chart-campaigns">
        <figcaption id="chart-campaigns">Campaign collisions with live sales conversations</figcaption>
        {summary.campaignCollisions.length === 0 ? (
          <p className="muted">
            No campaign check was recorded in this range (use “Notify owners” on the campaign check).
          </p>
        ) : (
          <>
            <BarChart
              labels={campaignLabels}
              series={campaignSeries}
              summary={`Recipients of ${summary.campaignCollisions.length} checked campaigns who had an open quote, an active deal or a conflicting offer; the table below has the numbers.`}
            />
            <table>
              <thead>
                <tr>
                  <th scope="col">Campaign</th>
                  <th scope="col">Checked</th>
                  <th scope="col">Held back</th>
                  {COLLISION_REASONS.map((reason) => (
                    <th scope="col" key={reason}>
                      {REASON_LABELS[reason]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.campaignCollisions.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.campaign}
                      {c.offer ? <span className="muted"> · “{c.offer}”</span> : null}
                    </th>
                    <td>{number.format(c.total)}</td>
                    <td>{number.format(c.held)}</td>
                    {COLLISION_REASONS.map((reason) => (
                      <td key={reason}>{number.format(c.collisions[reason] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </figure>
    </div>
  );
}

function RateChart({
  id,
  title,
  rates,
  bars,
  label,
}: {
  id: string;
  title: string;
  rates: Summary['overrideByRep'];
  bars: { label: string; value: number }[];
  label: (rate: Summary['overrideByRep'][number]) => string;
}) {
  const number = new Intl.NumberFormat();
  return (
    <figure className="chart-card" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {rates.length === 0 ? (
        <p className="muted">No decisions in this range.</p>
      ) : (
        <>
          <BarChart
            bars={bars}
            percent
            color="#b42318"
            summary={`${title}: share of decided warnings sent anyway; the table below has the numbers.`}
          />
          <table>
            <thead>
              <tr>
                <th scope="col">{title.endsWith('rep') ? 'Rep' : 'Rule'}</th>
                <th scope="col">Warnings</th>
                <th scope="col">Decided</th>
                <th scope="col">Sent anyway</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{label(r)}</th>
                  <td>{number.format(r.shown)}</td>
                  <td>{number.format(r.decided)}</td>
                  <td>{number.format(r.overridden)}</td>
                  <td>{percent(r.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
