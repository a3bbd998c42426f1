/** The Save button of a settings section and, below it, why the last save was refused. */
export function SaveRow({ onSave, error }: { onSave: () => void; error: string | null }) {
  return (
    <>
      <button type="button" onClick={onSave}>
        Save
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </>
  );
}
