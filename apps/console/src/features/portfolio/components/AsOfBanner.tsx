import { Alert, Button, Text } from '@mantine/core';
import { formatDate, formatDateTime } from '../../../components/labels';

/** While looking at the past, the page says so plainly, with the way back to today. */
export function AsOfBanner({ asOf, onToday }: { asOf: string; onToday: () => void }) {
  return (
    <Alert
      color="yellow"
      role="status"
      // Mantine's yellow title on the yellow tint is below AA contrast; the title is set in the body colour.
      title={
        <Text fw={700} c="dark.9" span>
          The portfolio as it stood{' '}
          {asOf.length > 10 ? `at ${formatDateTime(asOf)}` : `on ${formatDate(asOf)}`}
        </Text>
      }
    >
      Stages, owners and figures are those known then. Changes since are not shown.{' '}
      <Button size="compact-sm" variant="white" color="dark" onClick={onToday}>
        Back to today
      </Button>
    </Alert>
  );
}
