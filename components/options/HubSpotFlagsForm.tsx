import { useId, useState } from 'react';
import { HubSpotPropertyName, type Settings } from '../../lib/model/settings';
import { SaveRow } from './SaveRow';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** Portal-specific property names: LinkedIn URL, do-not-call and legal hold have no standard in HubSpot. */
export function HubSpotFlagsForm({ settings, onChange }: Props) {
  const headingId = useId();
  const [doNotCall, setDoNotCall] = useState(settings.hubspotFlagProperties?.doNotCall ?? '');
  const [legalHold, setLegalHold] = useState(settings.hubspotFlagProperties?.legalHold ?? '');
  const [linkedin, setLinkedin] = useState((settings.hubspotLinkedInProperties ?? ['hs_linkedin_url']).join(', '));
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
    const linkedinList = linkedin
      .split(/[\s,;]+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const badLinkedIn = linkedinList.find((p) => !HubSpotPropertyName.safeParse(p).success);
    if (linkedinList.length === 0 || linkedinList.length > 5 || badLinkedIn) {
      return setError('LinkedIn URL properties: one to five internal names, e.g. hs_linkedin_url, linkedin_profile.');
    }
    setError(null);
    onChange({
      ...settings,
      hubspotLinkedInProperties: linkedinList,
      hubspotFlagProperties: {
        ...(values.doNotCall ? { doNotCall: values.doNotCall } : {}),
        ...(values.legalHold ? { legalHold: values.legalHold } : {}),
      },
    });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>HubSpot properties</h2>
      <label>
        LinkedIn URL properties
        <input type="text" value={linkedin} onChange={(e) => setLinkedin(e.target.value)} spellCheck={false} />
        <span className="hint">Contact properties holding a LinkedIn profile URL, comma-separated (up to 5).</span>
      </label>
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
      <SaveRow onSave={save} error={error} />
    </section>
  );
}
