import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanName, findEmailToken, isHidden, queryAllFirst, queryFirst, textOf } from './dom-query';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

function dom(body: string): Document {
  const window = new Window({ url: 'https://example.test/' });
  windows.push(window);
  // Test-only: our own fixture markup, loaded into an isolated happy-dom window (never a real page).
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(`<!DOCTYPE html><html><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('queryFirst', () => {
  const doc = () =>
    dom(`<p class="loose">early</p>
      <div hidden><p id="stable">hidden</p></div>
      <p id="stable" style="color: red; display : none !important;">styled away</p>
      <aside><p id="stable">aside</p></aside>
      <main><p id="stable" class="loose">main</p></main>`);

  it('prefers the earlier selector over document order', () => {
    expect(queryFirst(doc(), ['main #stable', '.loose'])?.textContent).toBe('main');
  });

  it('skips hidden and excluded matches, and can be told to keep hidden ones', () => {
    const d = doc();
    expect(queryFirst(d, ['#stable'])?.textContent).toBe('aside');
    expect(queryFirst(d, ['#stable'], { exclude: ['aside'] })?.textContent).toBe('main');
    expect(queryFirst(d, ['#stable'], { visibleOnly: false })?.textContent).toBe('hidden');
    expect(queryFirst(d, ['#nothing'])).toBeUndefined();
  });

  it('queryAllFirst returns the matches of the first selector that has any', () => {
    expect(queryAllFirst(doc(), ['#nothing', '.loose']).map((node) => node.textContent)).toEqual(['early', 'main']);
  });
});

describe('isHidden', () => {
  it('ignores aria-hidden, which LinkedIn uses for visible text', () => {
    const d = dom('<span aria-hidden="true"><b>shown</b></span><span style="visibility:hidden"><b>gone</b></span>');
    const [shown, gone] = Array.from(d.querySelectorAll('b'));
    expect(shown && isHidden(shown)).toBe(false);
    expect(gone && isHidden(gone)).toBe(true);
  });
});

describe('textOf', () => {
  it('collapses whitespace and leaves out screen-reader copies', () => {
    const d = dom('<h2> Priya\n  Raman <span class="visually-hidden">Priya Raman</span></h2><p>  </p>');
    expect(textOf(d.querySelector('h2'), ['.visually-hidden'])).toBe('Priya Raman');
    expect(d.querySelector('h2 .visually-hidden')).not.toBeNull(); // the page itself is not modified
    expect(textOf(d.querySelector('p'))).toBeUndefined();
    expect(textOf(undefined)).toBeUndefined();
  });
});

describe('cleanName and findEmailToken', () => {
  it('caps names at the schema limit', () => {
    expect(cleanName('x'.repeat(400))).toHaveLength(300);
    expect(cleanName('  ')).toBeUndefined();
  });

  it('finds an address in surrounding text', () => {
    expect(findEmailToken('Email priya.raman@northwind-traders.com. Copy')).toBe('priya.raman@northwind-traders.com');
    expect(findEmailToken('--')).toBeUndefined();
  });
});
