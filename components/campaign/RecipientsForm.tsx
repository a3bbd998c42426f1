import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { parseCsvOffThread } from '../../lib/campaign/input/parse-csv-off-thread';
import { parseListRecipients } from '../../lib/campaign/input/parse-list';
import { parsePastedRecipients } from '../../lib/campaign/input/parse-pasted';
import type { CsvParseOutcome, ParsedRecipients } from '../../lib/campaign/input/types';
import { MAX_CAMPAIGN_OFFER } from '../../lib/model/campaign';
import type { ContactListSummary } from '../../lib/model/contact-list';
import { HubSpotListField } from './HubSpotListField';
import { useListRecipients } from './use-list-recipients';

export interface CampaignInput {
  parsed: ParsedRecipients;
  /** Where the recipients came from, for messages and the audit log ("customers.csv", "pasted list", a list's name). */
  label: string;
  campaign: string;
  offer: string;
}

interface UploadedFile {
  name: string;
  text: string;
  /** Parsed (in a worker) as soon as the file is chosen, so "Check recipients" starts checking at once. */
  outcome: Promise<CsvParseOutcome>;
  /** The parse above has finished: the page says the file will be checked (until then, that it is being read). */
  read: boolean;
  /** The seller domains it was parsed with (settings may load after the file is chosen). */
  parsedWith: readonly string[];
}

/** 50 MB of CSV is far beyond 100,000 rows; bigger files are refused before they are read into memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Where the marketer gives the recipients: pasted addresses, an uploaded CSV/TSV (the address column found by
 * its header, asked when two columns qualify) or a CRM list, the campaign's name and, optionally, its offer.
 * A file and a list replace each other; either replaces the pasted addresses.
 */
export function RecipientsForm({
  busy,
  sellerDomains,
  onCheck,
}: {
  busy: boolean;
  /** The seller's own domains: internal addresses are reported, never checked. */
  sellerDomains: readonly string[];
  onCheck: (input: CampaignInput) => void;
}) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<UploadedFile | undefined>();
  const [candidates, setCandidates] = useState<string[] | undefined>();
  const [column, setColumn] = useState<string | undefined>();
  const [campaign, setCampaign] = useState('');
  const [offer, setOffer] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [list, setList] = useState<ContactListSummary | undefined>();
  // A new key empties the file input when a list replaces the file.
  const [fileInputKey, setFileInputKey] = useState(0);
  /** Bumped by every choice and submit: a file read or a submit that finishes after a newer one is dropped. */
  const latest = useRef(0);
  const listLoad = useListRecipients(list?.id);
  const listData = list ? listLoad.query.data : undefined;
  const listParsed = useMemo(
    () => (listData ? parseListRecipients(listData.emails, sellerDomains) : undefined),
    [listData, sellerDomains],
  );

  function chooseList(next: ContactListSummary | undefined) {
    latest.current += 1;
    setError(undefined);
    setList(next);
    if (next) {
      setFile(undefined);
      setCandidates(undefined);
      setColumn(undefined);
      setFileInputKey((k) => k + 1);
    }
  }

  async function chooseFile(files: FileList | null) {
    const choice = ++latest.current;
    setError(undefined);
    setCandidates(undefined);
    setColumn(undefined);
    const chosen = files?.[0];
    if (!chosen) return setFile(undefined);
    setList(undefined);
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(undefined);
      return setError(`${chosen.name} is larger than 50 MB. Split it and check the parts.`);
    }
    try {
      // File.text() decodes UTF-8; a byte-order mark is removed by the parser.
      const text = await chosen.text();
      if (choice !== latest.current) return;
      const outcome = parseCsvOffThread({ text, sellerDomains });
      const uploaded: UploadedFile = { name: chosen.name, text, outcome, parsedWith: sellerDomains, read: false };
      setFile(uploaded);
      await outcome;
      setFile((current) => (current === uploaded ? { ...uploaded, read: true } : current));
    } catch {
      setFile(undefined);
      setError(`${chosen.name} could not be read. Is it still on disk?`);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const attempt = ++latest.current;
    let parsed: ParsedRecipients;
    let label: string;
    if (file) {
      // Parsed again only when the marketer picked the address column after an ambiguous first read, or when the
      // seller's domains changed since.
      const outcome = await (column || file.parsedWith !== sellerDomains
        ? parseCsvOffThread({ text: file.text, sellerDomains, ...(column ? { emailColumn: column } : {}) })
        : file.outcome);
      // Another file, list or click came while the file was read: that one speaks now.
      if (attempt !== latest.current) return;
      if (outcome.status === 'ambiguous') {
        setCandidates(outcome.candidates);
        setColumn(undefined);
        return setError(`Several columns of ${file.name} hold addresses. Choose the one to check.`);
      }
      if (outcome.status === 'error') return setError(outcome.message);
      parsed = outcome.parsed;
      label = file.name;
    } else if (list) {
      if (!listParsed) return setError(`${list.name} is still loading. Check it when all its members are read.`);
      parsed = listParsed;
      label = list.name;
    } else {
      if (!pasted.trim()) return setError('Paste addresses, upload a CSV file or choose a HubSpot list first.');
      parsed = parsePastedRecipients(pasted, sellerDomains);
      label = 'pasted list';
    }
    onCheck({ parsed, label, campaign: campaign.trim() || label, offer: offer.trim() });
  }

  return (
    <form
      className="campaign-form"
      onSubmit={(event) => void submit(event)}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <div className="field">
        <label htmlFor={`${id}-recipients`}>Recipients</label>
        <textarea
          id={`${id}-recipients`}
          rows={6}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder={
            'Addresses in any form, e.g.\npriya.raman@northwind-traders.com; "Lee, Jordan" <jordan.lee@northwind-traders.com>'
          }
          disabled={busy}
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-csv`}>Upload CSV</label>
        <input
          key={fileInputKey}
          id={`${id}-csv`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => void chooseFile(e.target.files)}
          disabled={busy}
        />
        <p className="hint">
          {file
            ? file.read
              ? `${file.name} will be checked instead of the pasted addresses.`
              : `Reading ${file.name}…`
            : 'CSV or TSV with a header row; the address column is found by its name.'}
        </p>
      </div>
      <HubSpotListField
        chosen={list}
        onChoose={chooseList}
        load={
          list
            ? {
                status: listLoad.query.status,
                ...(listLoad.query.data ? { data: listLoad.query.data } : {}),
                error: listLoad.query.error,
                progress: listLoad.progress,
              }
            : undefined
        }
        recipients={listParsed?.recipients.length}
        disabled={busy}
      />
      {candidates ? (
        <fieldset className="field">
          <legend>Which column holds the addresses?</legend>
          {candidates.map((name) => (
            <label key={name} className="choice">
              <input
                type="radio"
                name={`${id}-column`}
                value={name}
                checked={column === name}
                onChange={() => setColumn(name)}
              />{' '}
              {name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-campaign`}>Campaign name</label>
          <input
            id={`${id}-campaign`}
            value={campaign}
            maxLength={200}
            onChange={(e) => setCampaign(e.target.value)}
            placeholder="Winter fleet promotion"
            disabled={busy}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-offer`}>Campaign offer</label>
          <input
            id={`${id}-offer`}
            value={offer}
            maxLength={MAX_CAMPAIGN_OFFER}
            onChange={(e) => setOffer(e.target.value)}
            placeholder="Optional, e.g. 20% off annual plans"
            disabled={busy}
          />
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        className="primary"
        disabled={busy || (candidates !== undefined && !column) || (list !== undefined && !listParsed)}
      >
        Check recipients
      </button>
    </form>
  );
}
