// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import App from './App.tsx';

beforeEach(() => {
  history.replaceState(null, '', '/');
  localStorage.clear();
});

const bit = (n: number) => screen.getByRole('button', { name: new RegExp(`^Bit ${n},`) });

describe('App', () => {
  test('renders the heading and decodes the default value', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'SPTE Inspector' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Verdict' })).getByText('shadow-present leaf'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Bit \d+,/ })).toHaveLength(64);
    expect(location.hash).toBe('#v=0x80a0000123456f77&preset=ept-ad&level=1');
  });

  test('restores a permalink', () => {
    history.replaceState(null, '', '/#v=0x80000000000001a0&preset=npt&level=2');
    render(<App />);
    // FROZEN_SPTE of the 7.2 layout (mainline).
    expect(screen.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x80000000000001a0');
    expect(screen.getByRole('combobox', { name: 'Host configuration' })).toHaveValue('npt');
    expect(screen.getByRole('combobox', { name: 'Level' })).toHaveValue('2');
    expect(within(screen.getByRole('group', { name: 'Verdict' })).getByText('frozen')).toBeInTheDocument();
  });

  test('a broken permalink shows what was wrong instead of crashing', () => {
    history.replaceState(null, '', '/#v=hello&level=7');
    render(<App />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('value “hello” is not an SPTE');
    expect(alert).toHaveTextContent('level “7” is not 1 to 5');
    expect(location.hash).toBe('#v=0x80a0000123456f77&preset=ept-ad&level=1');
  });

  test('typing keeps invalid text and the last valid decode', async () => {
    const user = userEvent.setup();
    render(<App />);
    const input = screen.getByRole('textbox', { name: 'SPTE value' });
    await user.clear(input);
    await user.type(input, '0x12345006');
    expect(within(screen.getByRole('group', { name: 'Verdict' })).getByText('MMIO SPTE')).toBeInTheDocument();
    await user.type(input, 'q');
    expect(input).toHaveValue('0x12345006q');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Not a hex digit: 'q' at column 11/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Verdict' })).getByText('MMIO SPTE')).toBeInTheDocument();
  });

  test('clicking a bit toggles it, and Ctrl+Z / Ctrl+Y undo and redo', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(bit(55)).toHaveAttribute('aria-pressed', 'true');
    await user.click(bit(55));
    expect(bit(55)).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x8020000123456f77');
    await user.keyboard('{Control>}z{/Control}');
    expect(bit(55)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Control>}y{/Control}');
    expect(bit(55)).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(bit(55)).toHaveAttribute('aria-pressed', 'true');
  });

  test('arrow keys move focus along the grid with one tab stop', async () => {
    const user = userEvent.setup();
    render(<App />);
    const tabbable = screen.getAllByRole('button', { name: /^Bit \d+,/ }).filter((b) => b.tabIndex === 0);
    expect(tabbable).toEqual([bit(63)]);
    act(() => bit(63).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(bit(61)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(bit(62)).toHaveFocus();
    await user.keyboard('{End}');
    expect(bit(0)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(bit(0)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bit(63)).toHaveFocus();
    await user.keyboard(' ');
    expect(bit(63)).toHaveAttribute('aria-pressed', 'false');
  });

  test('each commit is a history entry; keystrokes of one session replace it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const start = history.length;
    await user.click(bit(0));
    expect(history.length).toBe(start + 1);
    const input = screen.getByRole('textbox', { name: 'SPTE value' });
    await user.clear(input);
    await user.type(input, '0x1234');
    expect(history.length).toBe(start + 2);
    // The typed value is read under auto, so the link also names the kernel and host chosen.
    expect(location.hash).toMatch(/^#v=0x0000000000001234&preset=[a-z0-9-]+&level=1/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Level' }), { target: { value: '2' } });
    expect(history.length).toBe(start + 3);
    expect(location.hash).toMatch(/&level=2(&|$)/);
  });

  test('Back restores an earlier state (popstate)', () => {
    render(<App />);
    act(() => {
      history.pushState(null, '', '#v=0x0000000012345006&preset=ept-ad&level=1');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x0000000012345006');
  });
});
