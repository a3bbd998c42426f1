export const DIALOG_CSS = `
:host { all: initial; }
.overlay { position: fixed; inset: 0; background: rgba(15, 23, 42, 0.45); z-index: 2147483646;
  display: flex; align-items: center; justify-content: center; font: 14px/1.45 system-ui, sans-serif; }
.dialog { background: #fff; color: #1b2430; width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 48px);
  overflow: auto; border-radius: 12px; box-shadow: 0 20px 50px rgba(0,0,0,.35); padding: 18px 20px; }
h2 { font-size: 17px; margin: 0 0 4px; }
.lead { margin: 0 0 12px; color: #5a6472; }
ul.warnings { list-style: none; margin: 0; padding: 0; }
li.warning { border: 1px solid #dde2ea; border-left-width: 5px; border-radius: 8px; padding: 8px 10px; margin-bottom: 8px; }
li.warning[data-severity="block"] { border-left-color: #b91c1c; background: #fdf2f2; }
li.warning[data-severity="confirm"] { border-left-color: #b45309; background: #fffaf0; }
li.warning[data-severity="notice"] { border-left-color: #2256c9; }
.sev { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; font-weight: 700; margin-right: 6px; }
.title { font-weight: 600; }
.detail { margin: 2px 0; }
.evidence { margin: 4px 0 0; padding-left: 18px; color: #3b4452; font-size: 13px; }
.fix { margin: 4px 0 0; font-size: 13px; }
.notice { background: #fff6dd; color: #7a4b00; padding: 6px 10px; border-radius: 6px; margin-bottom: 10px; }
label { display: block; font-weight: 600; margin: 10px 0 4px; }
textarea { width: 100%; box-sizing: border-box; min-height: 56px; font: inherit; padding: 6px; border: 1px solid #9aa3b0; border-radius: 6px; }
.hint { font-size: 12px; color: #5a6472; margin: 2px 0 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 14px; }
button { font: inherit; border-radius: 8px; padding: 7px 14px; border: 1px solid #9aa3b0; background: #f5f7fa; color: #1b2430; cursor: pointer; }
button.primary { background: #2256c9; border-color: #2256c9; color: #fff; }
button.danger { border-color: #b91c1c; color: #b91c1c; background: #fff; }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #8db1ff; outline-offset: 2px; }
`;

export const BANNER_CSS = `
:host { all: initial; display: block; }
button { all: unset; box-sizing: border-box; display: flex; gap: 8px; align-items: center; width: 100%; cursor: pointer;
  font: 13px/1.4 system-ui, sans-serif; padding: 5px 10px; border-bottom: 1px solid #e5e7eb; color: #1b2430; background: #f5f7fa; }
button[data-level="block"] { background: #fdf2f2; color: #9b1c1c; }
button[data-level="confirm"] { background: #fffaf0; color: #7a4b00; }
button:focus-visible { outline: 2px solid #2256c9; outline-offset: -2px; }
.mark { font-weight: 700; }
.more { margin-left: auto; text-decoration: underline; white-space: nowrap; }
`;

export const TOAST_CSS = `
:host { all: initial; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483646; max-width: 520px;
  background: #1b2430; color: #fff; padding: 10px 14px; border-radius: 8px; font: 13px/1.4 system-ui, sans-serif;
  box-shadow: 0 8px 24px rgba(0,0,0,.3); }
`;
