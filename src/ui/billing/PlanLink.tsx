"use client";

import { usePlan } from "@/client/plan";
import { useHydrated, useToken } from "@/client/session";

function Upsell({ className = "" }: { className?: string }) {
  return (
    <a href="/pricing" className={`button small ${className}`}>
      Pro
    </a>
  );
}

/** Keeps the header's place while a member's plan is not known yet, claiming nothing. */
function Pending({ className = "" }: { className?: string }) {
  return (
    <span className={`button small plan-pending ${className}`} aria-hidden="true">
      Pro
    </span>
  );
}

/** The header's plan: the way to Pro for visitors and free members, the plan itself for Pro members. */
export function PlanLink() {
  const hydrated = useHydrated();
  const token = useToken();
  const plan = usePlan();
  if (!hydrated) {
    return (
      <>
        <Upsell className="when-visitor" />
        <Pending className="when-member" />
      </>
    );
  }
  if (!token || plan === "free") return <Upsell />;
  if (plan === null) return <Pending />;
  return (
    <a href="/account" className="plan-badge" aria-label="Pro plan: your account">
      <span aria-hidden="true">✓</span> Pro
    </a>
  );
}
