import type { IncomingMessage, OutgoingMessage } from '../kafka/message-bus';

export type DeadLetterReason = 'undecodable' | 'handler-failed';

export interface DeadLetter {
  readonly message: IncomingMessage;
  readonly reason: DeadLetterReason;
  readonly error: Error;
}

/** The original key, value and headers, plus why and where from. */
export function toDeadLetterMessage(letter: DeadLetter, dlqTopic: string, groupId: string): OutgoingMessage {
  const { message, error } = letter;
  return {
    topic: dlqTopic,
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      dlq_error: error.message.slice(0, 2000),
      dlq_error_name: error.name,
      dlq_error_type: letter.reason,
      dlq_original_topic: message.topic,
      dlq_original_partition: String(message.partition),
      dlq_original_offset: message.offset,
      dlq_group: groupId,
      dlq_failed_at: new Date().toISOString(),
    },
  };
}
