import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { ApiProblem } from '../lib/api/api-problem';

/** A failed load: what went wrong in the API's words, the request id for support, and a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = error instanceof ApiProblem ? error : undefined;
  const title = problem?.status === 403 ? 'You may not see this' : (problem?.title ?? 'Something went wrong');
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{problem?.detail ?? (error instanceof Error ? error.message : String(error))}</Text>
      {problem?.requestId && (
        <Text size="xs" mt="xs">
          Request id: <Code>{problem.requestId}</Code>
        </Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
