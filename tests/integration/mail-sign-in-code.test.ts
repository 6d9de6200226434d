import { describe, expect, it } from "vitest";
import { renderSignInCodeMail } from "@/emails/sign-in-code";

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("sign-in code mail", () => {
  it("leads the subject with the code, so notifications show it, and puts it in the body once", async () => {
    const mail = await renderSignInCodeMail({ code: "042917", minutes: 10 });

    expect(mail.subject).toBe("042917 is your mjpro code");
    // once: not repeated in the hidden preview line that inboxes show in notifications
    expect(occurrences(mail.html, "042917")).toBe(1);
    expect(occurrences(mail.text, "042917")).toBe(1);
  });

  it("has a plain-text part without HTML that says when it expires and that it can be ignored", async () => {
    const { text } = await renderSignInCodeMail({ code: "123456", minutes: 10 });
    expect(text).not.toMatch(/<[^>]*>/);
    expect(text).toContain("expires in 10 minutes");
    expect(text).toContain("If you did not ask for this code, you can ignore this mail");
  });

  it("loads nothing and links nowhere: no images, links, or remote styles", async () => {
    const { html } = await renderSignInCodeMail({ code: "123456", minutes: 10 });
    expect(html).not.toMatch(/<img|<a\s|<link|<script|\bsrc=|\bhref=|url\(/i);
  });

  it("refuses anything but six digits", async () => {
    await expect(renderSignInCodeMail({ code: "12345", minutes: 10 })).rejects.toThrow();
    await expect(renderSignInCodeMail({ code: "<b>1</b>", minutes: 10 })).rejects.toThrow();
  });
});
