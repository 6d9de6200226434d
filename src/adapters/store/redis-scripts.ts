/** The Lua scripts the Redis store runs; each touches one key, so they run on Redis Cluster too. */

/*
 * Codes of one email live in one hash: field <challenge> holds "hash|expiresAt|maxAttempts|forgetAt"
 * and field <challenge>#n the guesses so far. forgetAt and "now" are the caller's clock.
 */

/** Stores a code under its challenge after dropping forgotten ones. ARGV: now, challenge, record, ttl ms. */
export const PUT_CODE = `
local now = tonumber(ARGV[1])
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local field = all[i]
  if not string.find(field, '#', 1, true) and tonumber(string.match(all[i + 1], '[^|]*$')) <= now then
    redis.call('HDEL', KEYS[1], field, field .. '#n')
  end
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('HDEL', KEYS[1], ARGV[2] .. '#n')
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1`;

/** Counts a guess on a live code only; -1 when there is none. ARGV: challenge, now. */
export const COUNT_ATTEMPT = `
local record = redis.call('HGET', KEYS[1], ARGV[1])
if not record or tonumber(string.match(record, '[^|]*$')) <= tonumber(ARGV[2]) then return -1 end
return redis.call('HINCRBY', KEYS[1], ARGV[1] .. '#n', 1)`;

/** Deletes the code only while it still has the given hash; 1 for exactly one caller. ARGV: challenge, hash. */
export const CONSUME_CODE = `
local record = redis.call('HGET', KEYS[1], ARGV[1])
if record and string.sub(record, 1, string.find(record, '|', 1, true) - 1) == ARGV[2] then
  redis.call('HDEL', KEYS[1], ARGV[1], ARGV[1] .. '#n')
  return 1
end
return 0`;

/**
 * Merges likes into the person's hash ("<0|1>:<at>" per image) with the rule of
 * domain/likes/merge (later wins, unlike on a tie), drops old tombstones. Answers all
 * entries (flat: id, value, ...) and the ids whose liked state the merge turned over.
 * ARGV[1] is the tombstone cutoff; then triples of image id, liked (0/1), time.
 */
export const MERGE_LIKES = `
local cutoff = tonumber(ARGV[1])
local flipped = {}
for i = 2, #ARGV, 3 do
  local id, liked, at = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local current = redis.call('HGET', KEYS[1], id)
  local replace = true
  local wasLiked = false
  if current then
    local sep = string.find(current, ':', 1, true)
    local currentLiked, currentAt = string.sub(current, 1, sep - 1), tonumber(string.sub(current, sep + 1))
    wasLiked = currentLiked == '1'
    if currentAt > tonumber(at) then
      replace = false
    elseif currentAt == tonumber(at) then
      replace = liked == '0' and currentLiked == '1'
    end
  end
  if replace then
    redis.call('HSET', KEYS[1], id, liked .. ':' .. at)
    if wasLiked ~= (liked == '1') then flipped[id] = not flipped[id] end
  end
end
local all = redis.call('HGETALL', KEYS[1])
local kept = {}
for i = 1, #all, 2 do
  local value = all[i + 1]
  local sep = string.find(value, ':', 1, true)
  if string.sub(value, 1, sep - 1) == '0' and tonumber(string.sub(value, sep + 1)) < cutoff then
    redis.call('HDEL', KEYS[1], all[i])
  else
    table.insert(kept, all[i])
    table.insert(kept, value)
  end
end
local flippedIds = {}
for id, turned in pairs(flipped) do
  if turned then table.insert(flippedIds, id) end
end
return {kept, flippedIds}`;

/**
 * Merges board entries into the person's hash ("<at>|<value>" per key): per key the later
 * wins, the smaller value on a tie (domain/boards/boards). Then forgets each given entry
 * that is still exactly as given. Answers every entry, flat (key, "<at>|<value>", ...).
 * ARGV[1]: how many entries to merge; then triples of key, at, value; then triples to forget.
 */
export const MERGE_BOARDS = `
-- byte order, as SQLite and winner() compare: Lua's < follows the server's locale (strcoll)
local function less(a, b)
  for i = 1, math.min(#a, #b) do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end
local merging = tonumber(ARGV[1])
local last = 1 + merging * 3
for i = 2, last, 3 do
  local key, at, value = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
  local current = redis.call('HGET', KEYS[1], key)
  local replace = true
  if current then
    local sep = string.find(current, '|', 1, true)
    local currentAt, currentValue = tonumber(string.sub(current, 1, sep - 1)), string.sub(current, sep + 1)
    replace = at > currentAt or (at == currentAt and less(value, currentValue))
  end
  if replace then redis.call('HSET', KEYS[1], key, ARGV[i + 1] .. '|' .. value) end
end
for i = last + 1, #ARGV, 3 do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[i + 1] .. '|' .. ARGV[i + 2] then
    redis.call('HDEL', KEYS[1], ARGV[i])
  end
end
return redis.call('HGETALL', KEYS[1])`;

/** Sets KEYS[1] to ARGV[2] only while it still holds ARGV[1] ("" for absent): a compare-and-set. */
export const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1]) or ''
if current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  return 1
end
return 0`;

/** Bumps the token version of an existing user only; -1 when there is none. */
export const BUMP_VERSION = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.call('HINCRBY', KEYS[1], 'tokenVersion', 1)
end
return -1`;

/*
 * The outbox scripts. Every key they touch carries the hash tag {outbox} (the event
 * markers, each owed mail, the due index and each person's list of owed mails), so each
 * script is one atomic step on one cluster slot.
 */

/**
 * Marks an event seen and records the mails it owes, in one step; 0 when the event was
 * seen already (nothing is recorded). KEYS: the event's marker, the due index, then per
 * mail its hash and its person's set. ARGV: the marker's time to live in ms, then per
 * mail its id, user id, body and creation time.
 */
export const RECORD_EVENT = `
if not redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return 0 end
for i = 3, #KEYS, 2 do
  local n = (i - 3) / 2
  local id, user, body, created = ARGV[2 + n * 4], ARGV[3 + n * 4], ARGV[4 + n * 4], ARGV[5 + n * 4]
  if redis.call('EXISTS', KEYS[i]) == 0 then
    redis.call('HSET', KEYS[i], 'userId', user, 'body', body, 'createdAt', created, 'attempts', '0')
    redis.call('ZADD', KEYS[2], created, id)
    redis.call('SADD', KEYS[i + 1], id)
  end
end
return 1`;

/**
 * Claims one owed mail if it is due: it becomes due again at the lease's end, and its
 * attempt count goes up. KEYS: the due index, the mail's hash. ARGV: id, now, lease end.
 * Answers [userId, body, createdAt, attempts], or nil.
 */
export const CLAIM_MAIL = `
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due or tonumber(due) > tonumber(ARGV[2]) then return false end
if redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return false
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
redis.call('HINCRBY', KEYS[2], 'attempts', 1)
return redis.call('HMGET', KEYS[2], 'userId', 'body', 'createdAt', 'attempts')`;

/**
 * Forgets a mail while the given claim is its latest. KEYS: the due index, the mail's
 * hash, its person's set. ARGV: id, attempt.
 */
export const SETTLE_MAIL = `
if redis.call('HGET', KEYS[2], 'attempts') ~= ARGV[2] then return 0 end
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[1])
return 1`;

/** Makes a mail due at ARGV[3] while claim ARGV[2] is its latest. KEYS: the due index, the mail's hash. ARGV[1]: id. */
export const RETRY_MAIL = `
if redis.call('HGET', KEYS[2], 'attempts') ~= ARGV[2] then return 0 end
redis.call('ZADD', KEYS[1], 'XX', ARGV[3], ARGV[1])
return 1`;
