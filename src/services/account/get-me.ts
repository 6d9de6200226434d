import type { UserRecord } from "@/adapters/store/port";

export interface Me {
  id: string;
  email: string;
  createdAt: string;
  plan: "free" | "pro";
  /** filled in when subscriptions arrive */
  subscription: null;
}

export function getMe(user: UserRecord): Me {
  return {
    id: user.id,
    email: user.email,
    createdAt: new Date(user.createdAt).toISOString(),
    plan: "free",
    subscription: null,
  };
}
