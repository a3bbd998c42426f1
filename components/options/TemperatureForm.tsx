import { useId, useState } from 'react';
import { POINTS } from '../../lib/insights/temperature';
import { DEFAULT_TEMPERATURE, TemperatureSettings, type Settings } from '../../lib/model/settings';
import { SaveRow } from './SaveRow';

const POINT_LABELS: Record<keyof typeof POINTS, string> = {
  formSubmitted: 'form submitted',
  replied: 'replied',
  meeting: 'meeting',
  clicked: 'clicked',
  opened: 'opened',
  unsubscribed: 'unsubscribed',
  bounced: 'bounced',
};

/** The hot / warm / cold thresholds of the brief (points per behaviour are listed in the hint). */
export function TemperatureForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const headingId = useId();
  const current = settings.temperature ?? DEFAULT_TEMPERATURE;
  const [windowDays, setWindowDays] = useState(String(current.windowDays));
  const [hotScore, setHotScore] = useState(String(current.hotScore));
  const [warmScore, setWarmScore] = useState(String(current.warmScore));
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    const parsed = TemperatureSettings.safeParse({
      windowDays: Number(windowDays),
      hotScore: Number(hotScore),
      warmScore: Number(warmScore),
    });
    if (!parsed.success) return setError('Use whole numbers: window 1–365 days, scores 1–100.');
    if (parsed.data.warmScore >= parsed.data.hotScore) return setError('The warm score must be below the hot score.');
    setError(null);
    onChange({ ...settings, temperature: parsed.data });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>Temperature</h2>
      <p className="hint">
        Points for behaviour within the window (each kind once, its latest):{' '}
        {Object.entries(POINT_LABELS)
          .map(([key, label]) => `${label} ${POINTS[key as keyof typeof POINTS]}`)
          .join(', ')}
        .
      </p>
      <label>
        Window (days)
        <input type="number" min={1} max={365} value={windowDays} onChange={(e) => setWindowDays(e.target.value)} />
      </label>
      <label>
        Hot from (points)
        <input type="number" min={1} max={100} value={hotScore} onChange={(e) => setHotScore(e.target.value)} />
      </label>
      <label>
        Warm from (points)
        <input type="number" min={1} max={100} value={warmScore} onChange={(e) => setWarmScore(e.target.value)} />
      </label>
      <SaveRow onSave={save} error={error} />
    </section>
  );
}
