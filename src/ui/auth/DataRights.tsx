"use client";

import { useEffect, useRef, useState } from "react";
import { api, apiResponse } from "@/client/api";
import { ACCOUNT_DELETED_URL } from "@/client/leave-notices";
import { saveFile } from "@/client/save-file";
import { clearLocalData } from "@/client/session";

/** Export my data, and Delete my account (after an explicit confirmation). */
export function DataRights() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  // the button that opened the confirmation disappears with it: focus goes into the
  // confirmation, and back to that button when the person keeps their account
  useEffect(() => {
    if (confirming) confirmation.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const exportData = async () => {
    const response = await apiResponse("/api/me/export", { auth: true });
    if (!response?.ok) {
      setMessage("The export did not work. Sign in again and retry.");
      return;
    }
    saveFile("mjpro-my-data.json", await response.blob());
  };

  const deleteAccount = async () => {
    const result = await api("/api/me", { method: "DELETE", auth: true });
    if (!result.ok && result.status !== 401) {
      setMessage(result.error.message);
      return;
    }
    clearLocalData();
    window.location.assign(ACCOUNT_DELETED_URL);
  };

  return (
    <section className="data-rights" aria-labelledby="data-rights-heading">
      <h2 id="data-rights-heading">Your data</h2>
      <p>Download everything we keep about you, or delete your account and all of it.</p>
      <div className="recipe-actions">
        <button type="button" className="button secondary" onClick={() => void exportData()}>
          Export my data
        </button>
        {confirming ? null : (
          <button
            ref={deleteButton}
            type="button"
            className="button secondary danger"
            onClick={() => setConfirming(true)}
          >
            Delete my account
          </button>
        )}
      </div>
      {confirming ? (
        <div
          ref={confirmation}
          className="confirm-delete"
          role="alertdialog"
          aria-labelledby="confirm-delete-text"
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === "Escape") setConfirming(false);
          }}
        >
          <p id="confirm-delete-text">
            This ends any subscription, signs you out everywhere, and deletes your account and likes for good.
          </p>
          <div className="recipe-actions">
            <button type="button" className="button danger" onClick={() => void deleteAccount()}>
              Yes, delete everything
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Keep my account
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}
