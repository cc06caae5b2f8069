import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { currentSession } from '../auth/session';
import { invalidateFor, type ChangeNotice } from './change-notice';
import { eventStreamParser } from './event-stream';

/**
 * Listens to the gateway's `/api/events` while someone is signed in and refreshes what a notice touches.
 * fetch rather than EventSource: it can send the bearer token as a header, never in a URL. Reconnects
 * with Last-Event-ID after a drop; a `reset` (the gateway cannot tell what was missed) refetches all.
 */
export function LiveUpdates({ subject }: { subject: string }) {
  const queryClient = useQueryClient();

  useEffect(() => {
    const abort = new AbortController();
    let lastEventId: string | undefined;
    let attempt = 0;

    async function connect(): Promise<void> {
      const session = currentSession();
      if (!session) return;
      const response = await fetch('/api/events', {
        headers: {
          authorization: `Bearer ${session.token}`,
          ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
        },
        signal: abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
      document.documentElement.dataset.live = 'connected';
      attempt = 0;
      const parse = eventStreamParser((event) => {
        if (event.id) lastEventId = event.id;
        if (event.event === 'change') invalidateFor(queryClient, JSON.parse(event.data) as ChangeNotice);
        else if (event.event === 'reset') void queryClient.invalidateQueries();
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        parse(value);
      }
    }

    async function run(): Promise<void> {
      while (!abort.signal.aborted) {
        try {
          await connect();
        } catch {
          // dropped or refused: try again below
        }
        document.documentElement.dataset.live = 'disconnected';
        if (abort.signal.aborted || !currentSession()) return;
        const delay = Math.min(30_000, 500 * 2 ** attempt++) * (0.5 + Math.random() / 2);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }

    void run();
    return () => abort.abort();
  }, [queryClient, subject]);

  return null;
}
