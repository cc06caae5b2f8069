import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { ApiProblem } from '../../../lib/api/api-problem';

/**
 * A write to a product (with If-Match): refreshes the product afterwards (`onSaved`), says so, and hands a version
 * conflict to `onConflict` (the page's conflict dialog) instead of showing it as a plain error.
 */
export function useProductChange<Input>(
  productId: string,
  write: (input: Input) => Promise<unknown>,
  done: string,
  onSaved: () => void,
  onConflict: (input: Input) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      notifications.show({ message: done, color: 'green' });
      await queryClient.invalidateQueries({ queryKey: ['product', productId] });
      onSaved();
    },
    onError: (error, input) => {
      if (error instanceof ApiProblem && error.isConflict) onConflict(input);
    },
  });
}

/** The problem to show on a form: none for a conflict (the dialog explains it). */
export function formProblem(error: unknown): ApiProblem | undefined {
  return error instanceof ApiProblem && !error.isConflict ? error : undefined;
}
