// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import type { SpteChangeDetail, SpteInspectorElement } from './element';
import './element';
import { selectHost, selectPresetId } from '../ui/store/selectors';

// Removing an element unmounts its React root on the next task.
afterEach(() =>
  act(async () => {
    document.body.replaceChildren();
    await new Promise((r) => setTimeout(r));
  }),
);

async function mount(attrs: Record<string, string>): Promise<SpteInspectorElement> {
  const el = document.createElement('spte-inspector');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await act(async () => {
    document.body.append(el);
  });
  return el;
}

const shadow = (el: Element) => within(el.shadowRoot as unknown as HTMLElement);
const bit = (el: Element, n: number) => shadow(el).getByRole('button', { name: new RegExp(`^Bit ${n},`) });

describe('<spte-inspector>', () => {
  test('renders into its own shadow root, with its styles', async () => {
    const el = await mount({ value: '0x8600000123456b77', compact: '' });
    expect(el.shadowRoot).not.toBeNull();
    expect(shadow(el).getAllByRole('button', { name: /^Bit \d+,/ })).toHaveLength(64);
    expect(shadow(el).getByTestId('kind-summary')).toHaveTextContent('shadow-present leaf');
    // Compact: no value field, a summary line instead.
    expect(shadow(el).queryByRole('textbox', { name: 'SPTE value' })).toBeNull();
    expect(shadow(el).getByText('0x8600000123456b77')).toBeInTheDocument();
  });

  test('a toggle updates the value attribute and fires one change event', async () => {
    const el = await mount({ value: '0x8600000123456b77', compact: '' });
    const events: SpteChangeDetail[] = [];
    document.addEventListener('change', (e) => events.push((e as CustomEvent<SpteChangeDetail>).detail));
    await userEvent.click(bit(el, 1));
    expect(el.getAttribute('value')).toBe('0x8600000123456b75');
    expect(el.value).toBe('0x8600000123456b75');
    expect(events).toEqual([
      { value: '0x8600000123456b75', kind: 'leaf', findings: ['SPTE-W003'], level: 1, preset: 'ept-ad' },
    ]);
  });

  test('attribute changes update the widget without a change event', async () => {
    const el = await mount({ value: '0x80a0000123456f77' });
    let events = 0;
    el.addEventListener('change', () => events++);
    await act(async () => {
      el.setAttribute('value', '0x80000000000001a0');
      el.setAttribute('preset', 'npt');
      el.setAttribute('level', '2');
    });
    expect(shadow(el).getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x80000000000001a0');
    expect(shadow(el).getByRole('combobox', { name: 'Host configuration' })).toHaveValue('npt');
    expect(shadow(el).getByTestId('kind-summary')).toHaveTextContent('frozen');
    expect(events).toBe(0);
  });

  test('bad attributes are explained inside the widget; good ones still apply', async () => {
    const el = await mount({
      value: '0xnope',
      level: '9',
      preset: 'npt',
      fields: 'grid,kind,bogus',
      kernel: '2.6',
    });
    const alert = shadow(el).getByRole('alert');
    expect(alert).toHaveTextContent('value="0xnope"');
    expect(alert).toHaveTextContent('level="9"');
    expect(alert).toHaveTextContent('Unknown panel “bogus”');
    expect(alert).toHaveTextContent('kernel="2.6"');
    expect(shadow(el).getByTestId('kind-summary')).toHaveTextContent('shadow-present leaf');
    expect(shadow(el).queryByRole('region', { name: /^Findings/ })).toBeNull();
    await act(async () => {
      el.setAttribute('value', '0x0');
      el.setAttribute('level', '1');
      el.removeAttribute('kernel');
      el.setAttribute('fields', 'grid');
    });
    expect(shadow(el).queryByRole('alert')).toBeNull();
  });

  test('kernel: the widget decodes with that kernel’s layout and says which', async () => {
    // Bit 11 clear, bits 52–53 set: an MMIO SPTE before 5.13, a present leaf today.
    const el = await mount({ value: '0x0030000000001007', kernel: '5.10', fields: 'grid,kind' });
    expect(shadow(el).queryByRole('alert')).toBeNull();
    expect(shadow(el).getByRole('status')).toHaveTextContent(/kernel 5\.10 · era special-type/);
    const before = shadow(el).getByRole('region', { name: /Kind/ }).textContent;
    await act(async () => el.setAttribute('kernel', 'banana'));
    expect(shadow(el).getByRole('alert')).toHaveTextContent('kernel="banana"');
    expect(shadow(el).getByRole('region', { name: /Kind/ }).textContent).toBe(before);
    // Without a kernel the value is read under auto: it fits 5.10 – 5.12 on AMD NPT best.
    await act(async () => el.removeAttribute('kernel'));
    expect(shadow(el).queryByRole('alert')).toBeNull();
    expect(shadow(el).getByRole('status')).toHaveTextContent('Auto: 5.10 – 5.12 · AMD NPT (weak)');
    expect(el.store.getState().kernelAuto).toBe(true);
  });

  test('a value attribute without kernel or host is read under auto, as a typed value is', async () => {
    // 0x5a0: the 5.13 – 6.9 non-present placeholder (stray bits under mainline).
    const el = await mount({ value: '0x5a0', level: '1' });
    const s = el.store.getState();
    expect(s.kernelAuto).toBe(true);
    expect(s.autoFor).toBe(0x5a0n);
    expect(selectHost(s).era).toBe('mmu-writable');
    expect(shadow(el).getByTestId('auto-kernel-line')).toHaveTextContent(
      /^Read as 5\.13 – 6\.9 on Intel EPT with A\/D bits \(auto, weak/,
    );
    // A later value attribute is decided for again; the reader's toggle is not.
    await act(async () => el.setAttribute('value', '0x8600000123456b77'));
    expect(selectHost(el.store.getState()).era).toBe('ad-always');
    await userEvent.click(shadow(el).getByRole('button', { name: /^Bit 1,/ }));
    expect(el.store.getState().autoFor).toBe(0x8600000123456b77n);
    expect(selectHost(el.store.getState()).era).toBe('ad-always');
  });

  test('a kernel, preset or config attribute is the page’s choice: auto stays off, in any attribute order', async () => {
    const kernelLast = await mount({ value: '0x0030000000001007', kernel: '6.1' });
    expect(kernelLast.store.getState().kernelAuto).toBe(false);
    expect(kernelLast.store.getState().kernel).toBe('6.1');
    // Auto had picked AMD NPT for the value before the kernel attribute came: the default host is back.
    expect(selectPresetId(kernelLast.store.getState())).toBe('ept-ad');

    const presetOnly = await mount({ value: '0x5a0', preset: 'ept-noad' });
    expect(presetOnly.store.getState().kernelAuto).toBe(false);
    expect(presetOnly.store.getState().kernel).toBe('current');
    expect(selectPresetId(presetOnly.store.getState())).toBe('ept-noad');
    // Taking the preset away gives the value back to auto.
    await act(async () => presetOnly.removeAttribute('preset'));
    expect(presetOnly.store.getState().kernelAuto).toBe(true);
    expect(selectHost(presetOnly.store.getState()).era).toBe('mmu-writable');

    // A compact widget names auto's reading, and says nothing of the page's own choice.
    const compact = await mount({ value: '0x5a0', compact: '' });
    expect(shadow(compact).getByRole('status')).toHaveTextContent(
      'Auto: 5.13 – 6.9 · Intel EPT with A/D bits',
    );
    await act(async () => compact.setAttribute('preset', 'npt'));
    expect(shadow(compact).queryByRole('status')).toBeNull();
  });

  test('a host the reader picks in the widget is kept when the page sets a new value', async () => {
    const el = await mount({ value: '0x5a0' });
    await userEvent.selectOptions(shadow(el).getByRole('combobox', { name: 'Host configuration' }), 'npt');
    await act(async () => el.setAttribute('value', '0x8600000123456b77'));
    expect(el.store.getState().kernelAuto).toBe(false);
    expect(selectPresetId(el.store.getState())).toBe('npt');
  });

  test('readonly cannot be toggled', async () => {
    const el = await mount({ value: '0x8600000123456b77', readonly: '' });
    await userEvent.click(bit(el, 0));
    expect(el.getAttribute('value')).toBe('0x8600000123456b77');
    expect(bit(el, 0)).toHaveAttribute('aria-pressed', 'true');
  });

  test('two widgets are independent', async () => {
    const a = await mount({ value: '0x0' });
    const b = await mount({ value: '0x0' });
    await userEvent.click(bit(a, 5));
    expect(a.getAttribute('value')).toBe('0x0000000000000020');
    expect(b.getAttribute('value')).toBe('0x0');
    expect(bit(b, 5)).toHaveAttribute('aria-pressed', 'false');
  });

  test('each widget is a named region; its panels carry the name', async () => {
    const a = await mount({});
    const b = await mount({ label: 'Frozen NPT entry' });
    const named = (el: Element, name: RegExp) => shadow(el).getByRole('region', { name });
    expect(named(a, /^SPTE Inspector \d+$/)).toBeInTheDocument();
    expect(named(a, /^Kind \(SPTE Inspector \d+\)$/)).toBeInTheDocument();
    expect(named(b, /^Frozen NPT entry$/)).toBeInTheDocument();
    expect(named(b, /^Bits \(Frozen NPT entry\)$/)).toBeInTheDocument();
  });

  test('theme attribute drives the dark class inside the shadow root', async () => {
    const el = await mount({ theme: 'dark' });
    const root = el.shadowRoot!.querySelector('.spte-root')!;
    expect(root).toHaveClass('dark');
    await act(async () => el.setAttribute('theme', 'light'));
    expect(root).not.toHaveClass('dark');
  });
});
