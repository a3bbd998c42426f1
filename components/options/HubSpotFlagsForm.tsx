import { useId, useState } from 'react';
import { HubSpotPropertyName, type Settings } from '../../lib/model/settings';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** HubSpot has no standard do-not-call or legal-hold property; each portal names its own. */
export function HubSpotFlagsForm({ settings, onChange }: Props) {
  const headingId = useId();
  const [doNotCall, setDoNotCall] = useState(settings.hubspotFlagProperties?.doNotCall ?? '');
  const [legalHold, setLegalHold] = useState(settings.hubspotFlagProperties?.legalHold ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    const values = { doNotCall: doNotCall.trim(), legalHold: legalHold.trim() };
    for (const [label, value] of [
      ['Do-not-call property', values.doNotCall],
      ['Legal-hold property', values.legalHold],
    ] as const) {
      if (value && !HubSpotPropertyName.safeParse(value).success) {
        return setError(`${label}: use the internal name, e.g. do_not_call (lower case, digits, _).`);
      }
    }
    setError(null);
    onChange({
      ...settings,
      hubspotFlagProperties: {
        ...(values.doNotCall ? { doNotCall: values.doNotCall } : {}),
        ...(values.legalHold ? { legalHold: values.legalHold } : {}),
      },
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>HubSpot do-not-contact properties</h2>
      <label>
        Do-not-call property
        <input type="text" value={doNotCall} onChange={(e) => setDoNotCall(e.target.value)} spellCheck={false} />
      </label>
      <label>
        Legal-hold property
        <input type="text" value={legalHold} onChange={(e) => setLegalHold(e.target.value)} spellCheck={false} />
        <span className="hint">
          Internal names of your portal’s checkbox properties. A contact with either set gets a do-not-contact flag.
          Leave empty if your portal has none.
        </span>
      </label>
      <button type="button" onClick={save}>
        Save
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
