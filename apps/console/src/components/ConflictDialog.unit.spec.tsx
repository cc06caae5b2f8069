/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { ConflictDialog } from './ConflictDialog';
import { renderWithMantine } from './test-render';

describe('ConflictDialog', () => {
  it('compares the values someone tried with the current ones, and reloads', () => {
    const onReload = jest.fn();
    renderWithMantine(
      <ConflictDialog
        opened
        comparison={[{ label: 'Name', yours: 'Bob was here', current: 'Alice was here' }]}
        onReload={onReload}
        onClose={jest.fn()}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Changed by someone else' })).toBeTruthy();
    expect(screen.queryByText('Bob was here')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const row = screen.getByRole('row', { name: /Name/ });
    expect(row.textContent).toContain('Bob was here');
    expect(row.textContent).toContain('Alice was here');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });
});
