// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { Inspector } from './Inspector';
import { InspectorProvider } from './store';

beforeEach(() => history.replaceState(null, '', '/docs-page'));

describe('<Inspector /> as an embed would use it', () => {
  test('two instances on one page are independent and leave the URL alone', async () => {
    const user = userEvent.setup();
    render(
      <>
        <div data-testid="a">
          <InspectorProvider initial={{ value: 0x8600000123456b77n, kernel: '7.1' }}>
            <Inspector compact />
          </InspectorProvider>
        </div>
        <div data-testid="b">
          <InspectorProvider initial={{ value: 0x80000000000005a0n, presetId: 'npt', kernel: '7.1' }}>
            <Inspector compact />
          </InspectorProvider>
        </div>
      </>,
    );
    const a = within(screen.getByTestId('a'));
    const b = within(screen.getByTestId('b'));
    await user.click(a.getByRole('button', { name: /^Bit 58,/ }));
    expect(a.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x8200000123456b77');
    expect(b.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x80000000000005a0');
    expect(within(b.getByRole('region', { name: 'Kind' })).getByText('frozen')).toBeInTheDocument();
    expect(b.getByRole('combobox', { name: 'Host configuration' })).toHaveValue('npt');
    expect(location.pathname + location.hash).toBe('/docs-page');
  });

  test('readonly shows the value but does not change it', async () => {
    const user = userEvent.setup();
    render(
      <InspectorProvider>
        <Inspector readonly />
      </InspectorProvider>,
    );
    const cell = screen.getByRole('button', { name: /^Bit 0,/ });
    expect(cell).toHaveAttribute('aria-disabled', 'true');
    await user.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('textbox', { name: 'SPTE value' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'PFN (bits 45–12), hex' })).toBeNull();
  });

  test('panels picks what is shown', () => {
    render(
      <InspectorProvider>
        <Inspector panels={['grid', 'findings']} />
      </InspectorProvider>,
    );
    expect(screen.getAllByRole('button', { name: /^Bit \d+,/ })).toHaveLength(64);
    expect(screen.getByRole('region', { name: 'Findings' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'SPTE value' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Predicates' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Fields' })).toBeNull();
  });

  test('components outside a provider fail loudly', () => {
    const log = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Inspector />)).toThrow(/inside <InspectorProvider>/);
    } finally {
      console.error = log;
    }
  });
});
