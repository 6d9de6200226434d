import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { latestMailTo, outboxMail, readOutbox } from "@/adapters/mail/outbox";
import { MailDeliveryError, type MailMessage } from "@/adapters/mail/port";

const FILE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-\d{6}-[0-9a-f]{8}\.json$/;

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), "mjpro-outbox-")), "data", "outbox");
const message = (to: string, subject = "Hello"): MailMessage => ({
  to,
  subject,
  text: "hi",
  html: "<p>hi</p>",
});
const clock = (...isoTimes: string[]) => {
  const times = isoTimes.map((iso) => new Date(iso));
  return () => times.shift() ?? new Date();
};

describe("outbox mail adapter", () => {
  it("creates the directory and writes one JSON file with exactly the contract fields", async () => {
    const dir = freshDir();
    await outboxMail({ dir, now: clock("2030-05-06T07:08:09.123Z") }).send(message("ana@example.com"));

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(FILE_NAME);
    expect(files[0]?.startsWith("2030-05-06T07-08-09.123Z-")).toBe(true);
    const written = JSON.parse(readFileSync(path.join(dir, files[0] as string), "utf8"));
    expect(written).toStrictEqual({
      to: "ana@example.com",
      subject: "Hello",
      text: "hi",
      html: "<p>hi</p>",
      sentAt: "2030-05-06T07:08:09.123Z",
    });
  });

  it("reads messages back oldest first, whatever order they were written in", async () => {
    const dir = freshDir();
    const mail = outboxMail({
      dir,
      now: clock("2030-01-01T00:00:02.000Z", "2030-01-01T00:00:01.000Z", "2030-01-01T00:00:01.000Z"),
    });
    await mail.send(message("a@example.com", "third"));
    await mail.send(message("a@example.com", "first"));
    await mail.send(message("b@example.com", "second, same millisecond"));

    const subjects = (await readOutbox(dir)).map((m) => m.subject);
    expect(subjects).toEqual(["first", "second, same millisecond", "third"]);
    expect((await latestMailTo(dir, "A@Example.com"))?.subject).toBe("third");
    expect((await latestMailTo(dir, "b@example.com"))?.subject).toBe("second, same millisecond");
    expect(await latestMailTo(dir, "nobody@example.com")).toBeUndefined();
  });

  it("gives concurrent sends unique names, leaves no temp files, and skips half-written ones", async () => {
    const dir = freshDir();
    const mail = outboxMail({ dir, now: () => new Date("2030-01-01T00:00:00.000Z") });
    await Promise.all(Array.from({ length: 25 }, (_, i) => mail.send(message(`u${i}@example.com`))));

    const files = readdirSync(dir);
    expect(files).toHaveLength(25);
    expect(files.every((name) => FILE_NAME.test(name))).toBe(true);

    writeFileSync(path.join(dir, ".2031-01-01T00-00-00.000Z-000001-deadbeef.json.tmp"), '{"to":');
    const messages = await readOutbox(dir);
    expect(messages).toHaveLength(25);
    expect(new Set(messages.map((m) => m.to)).size).toBe(25);
  });

  it("writes a message once per idempotency key, also when sends race, as Resend does", async () => {
    const dir = freshDir();
    const mail = outboxMail({ dir });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        mail.send(message("ana@example.com", "Paid"), { idempotencyKey: "k-1" }),
      ),
    );
    await mail.send(message("ana@example.com", "Paid again"), { idempotencyKey: "k-1" });
    await mail.send(message("ana@example.com", "Other"), { idempotencyKey: "k-2" });
    expect((await readOutbox(dir)).map((m) => m.subject).sort()).toEqual(["Other", "Paid"]);
  });

  it("returns an empty outbox before the first message", async () => {
    expect(await readOutbox(freshDir())).toEqual([]);
  });

  it("logs where each message went, but not its subject (a sign-in code leads it)", async () => {
    const dir = freshDir();
    const lines: string[] = [];
    await outboxMail({ dir, log: (line) => lines.push(line) }).send(
      message("ana@example.com", "042917 is your mjpro code"),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.join(dir, readdirSync(dir)[0] as string));
    expect(lines[0]).not.toContain("042917");
  });

  it("fails with MailDeliveryError when the outbox cannot be written", async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), "mjpro-outbox-")), "a-file");
    writeFileSync(blocker, "");
    const send = outboxMail({ dir: path.join(blocker, "outbox") }).send(message("ana@example.com"));
    await expect(send).rejects.toBeInstanceOf(MailDeliveryError);
  });
});
