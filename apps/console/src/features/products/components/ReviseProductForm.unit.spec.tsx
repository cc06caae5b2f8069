/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { ApiProblem } from '../../../lib/api/api-problem';
import { renderWithMantine } from '../../../components/test-render';
import { ReviseProductForm } from './ReviseProductForm';

const initial = { name: 'CRM Suite', description: 'For sales teams' };

describe('ReviseProductForm', () => {
  it('saves only what changed', () => {
    const onSave = jest.fn();
    renderWithMantine(<ReviseProductForm initial={initial} saving={false} onSave={onSave} />);
    const save = screen.getByRole('button', { name: 'Save changes' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'CRM Cloud' } });
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledWith({ name: 'CRM Cloud' });
  });

  it("shows the API's field errors on the fields they name", () => {
    const problem = new ApiProblem(
      400,
      'Bad Request',
      'The request is not valid: name',
      [{ path: 'name', message: 'at most 200 characters' }],
      'r-1',
    );
    renderWithMantine(
      <ReviseProductForm initial={initial} saving={false} problem={problem} onSave={jest.fn()} />,
    );
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('at most 200 characters')).toBeTruthy();
    expect(screen.getByLabelText('Description').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('stays visible but disabled, with the reason, for someone who may not change products', () => {
    renderWithMantine(
      <ReviseProductForm
        initial={initial}
        saving={false}
        disabledReason="Only a product manager may"
        onSave={jest.fn()}
      />,
    );
    expect((screen.getByLabelText('Name') as HTMLInputElement | HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Save changes' }).getAttribute('title')).toBe(
      'Only a product manager may',
    );
  });
});
