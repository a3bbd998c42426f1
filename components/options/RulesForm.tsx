import { useId } from 'react';
import type { Settings } from '../../lib/model/settings';
import { RuleId, Severity } from '../../lib/model/warning';
import { RULE_LABELS, SEVERITY_LABELS } from '../ui/rule-labels';

interface RulesFormProps {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** One row per rule: on/off, severity, and the look-back window where the rule has one. */
export function RulesForm({ settings, onChange }: RulesFormProps) {
  const headingId = useId();
  const setRule = (id: RuleId, patch: Partial<Settings['rules'][RuleId]>) =>
    onChange({ ...settings, rules: { ...settings.rules, [id]: { ...settings.rules[id], ...patch } } });

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>Pre-send checks</h2>
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">On</th>
            <th scope="col">When it fires</th>
            <th scope="col">Look-back</th>
          </tr>
        </thead>
        <tbody>
          {RuleId.options.map((id) => {
            const rule = settings.rules[id];
            const label = RULE_LABELS[id];
            return (
              <tr key={id} data-rule={id}>
                <th scope="row">
                  {label.name}
                  <span className="hint">{label.what}</span>
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label.name}: on`}
                    checked={rule.enabled}
                    onChange={(e) => setRule(id, { enabled: e.target.checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${label.name}: severity`}
                    value={rule.severity}
                    disabled={!rule.enabled}
                    onChange={(e) => setRule(id, { severity: Severity.parse(e.target.value) })}
                  >
                    {Severity.options.map((severity) => (
                      <option key={severity} value={severity}>
                        {SEVERITY_LABELS[severity]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {label.window && rule.windowDays !== undefined ? (
                    <label className="window">
                      <input
                        type="number"
                        min={1}
                        max={365}
                        aria-label={`${label.name}: days`}
                        value={rule.windowDays}
                        disabled={!rule.enabled}
                        onChange={(e) => {
                          const days = Number(e.target.value);
                          if (Number.isInteger(days) && days >= 1 && days <= 365) setRule(id, { windowDays: days });
                        }}
                      />{' '}
                      days
                    </label>
                  ) : (
                    <span className="hint">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.allowBlockOverride}
          onChange={(e) => onChange({ ...settings, allowBlockOverride: e.target.checked })}
        />{' '}
        Let reps send past a block with a written reason (recorded in the audit log)
      </label>
    </section>
  );
}
