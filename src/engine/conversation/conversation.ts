import type { Conversation } from '../types.ts';

/** A fresh conversation with no turns. */
export function newConversation(): Conversation {
  return { turns: [] };
}
