import { z } from "zod";
import { BOARD_ID_PATTERN, BOARD_LIMITS, cleanBoardName, hasLoneSurrogate } from "@/domain/boards/boards";
import { imageIdSchema } from "../likes/inputs";

export const MAX_BOARD_SYNC_OPS = 500;

export const boardIdSchema = z.string().regex(BOARD_ID_PATTERN, "board id must look like brd_abc123def4");

const at = z
  .number({ error: "at must be a time in milliseconds" })
  .int("at must be a whole number of milliseconds")
  .min(0, "at must not be negative")
  .max(8_640_000_000_000_000, "at is not a valid time");

export const boardNameSchema = z
  .string({ error: "name must be text" })
  .refine((name) => !hasLoneSurrogate(name), "name must be whole characters (it holds half of one)")
  .transform(cleanBoardName)
  .pipe(
    z
      .string()
      .min(1, "name must not be empty")
      .max(BOARD_LIMITS.nameLength, `name must be at most ${BOARD_LIMITS.nameLength} characters`),
  );

/** POST /api/boards and PATCH /api/boards/{id}. */
export const boardNameInput = z.strictObject({ name: boardNameSchema });

/** PUT|DELETE /api/boards/{id}/images/{imageId} and DELETE /api/boards/{id} may say when the person acted. */
export const boardActionInput = z.strictObject({ at: at.optional() });

const boardOpSchema = z.discriminatedUnion(
  "op",
  [
    z.strictObject({ op: z.literal("name"), boardId: boardIdSchema, name: boardNameSchema, at }),
    z.strictObject({ op: z.literal("delete"), boardId: boardIdSchema, at }),
    z.strictObject({ op: z.enum(["add", "remove"]), boardId: boardIdSchema, imageId: imageIdSchema, at }),
  ],
  { error: "each op must be {op: name|delete|add|remove, boardId, ...}" },
);

/** POST /api/boards/sync: a browser's queued actions. */
export const syncBoardsInput = z.strictObject({
  ops: z
    .array(boardOpSchema, { error: "ops must be a list of board actions" })
    .max(MAX_BOARD_SYNC_OPS, `send at most ${MAX_BOARD_SYNC_OPS} ops per sync`),
});
