import { Alert, Button } from '@mantine/core';
import { formatDate } from '../../../components/labels';

/** While looking at the past, the page says so plainly, with the way back to today. */
export function AsOfBanner({ asOf, onToday }: { asOf: string; onToday: () => void }) {
  return (
    <Alert color="yellow" title={`The portfolio as it stood on ${formatDate(asOf)}`} role="status">
      Stages, owners and figures are those known at the end of that day. Changes since are not shown.{' '}
      <Button size="compact-sm" variant="white" color="dark" onClick={onToday}>
        Back to today
      </Button>
    </Alert>
  );
}
