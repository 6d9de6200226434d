/**
 * Every key of the Redis store. A user's keys carry the user's id as a hash tag (`u:{id}:profile`),
 * so each operation touches one hash slot and the same code runs on Redis Cluster.
 */
export function redisKeys(prefix: string) {
  return {
    emailIndex: (emailKey: string) => `${prefix}e:{${emailKey}}`,
    profile: (id: string) => `${prefix}u:{${id}}:profile`,
    // every live code of the email (one field per challenge); "ch:", as "c:" held one code per email
    codes: (emailKey: string) => `${prefix}ch:{${emailKey}}`,
    likes: (userId: string) => `${prefix}u:{${userId}}:likes`,
    // every account's likes: a SCAN pattern (the prefix's glob characters escaped), and the exact
    // shape a found key must have to be counted
    allLikes: `${prefix.replace(/[*?[\]\\]/g, "\\$&")}u:{*}:likes`,
    isLikes: (key: string) => {
      const id = key.slice(prefix.length + 3, -7);
      return key.startsWith(`${prefix}u:{`) && key.endsWith("}:likes") && /^[^{}]+$/.test(id);
    },
    boards: (userId: string) => `${prefix}u:{${userId}}:boards`,
    subscription: (userId: string) => `${prefix}u:{${userId}}:subscription`,
    customer: (userId: string) => `${prefix}u:{${userId}}:customer`,
    customerIndex: (customerId: string) => `${prefix}cust:{${customerId}}`,
    /** where events were marked seen before the outbox; only read now, gone 30 days after this version */
    legacyEvent: (eventId: string) => `${prefix}evt:{${eventId}}`,
    // the outbox and the event markers share the {outbox} slot: marking an event seen and
    // recording the mails it owes is one script
    event: (eventId: string) => `${prefix}{outbox}:evt:${eventId}`,
    outboxDue: `${prefix}{outbox}:due`,
    outboxMail: (mailId: string) => `${prefix}{outbox}:mail:${mailId}`,
    outboxOf: (userId: string) => `${prefix}{outbox}:user:${userId}`,
    // one sorted set (user id → deletion time); every command on it touches this key only
    retention: `${prefix}retention`,
    // how many accounts like each style (a hash: style id → count); counts only
    likers: `${prefix}{popularity}:likers`,
    // where a recount writes before it replaces `likers` (RENAME: the same slot)
    likersRecount: `${prefix}{popularity}:likers:recount`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
