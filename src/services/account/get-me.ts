import type { UserRecord } from "@/adapters/store/port";
import type { PlanView } from "../billing/plan";

export type Me = {
  id: string;
  email: string;
  createdAt: string;
} & PlanView;

export function getMe(user: UserRecord, plan: PlanView): Me {
  return { id: user.id, email: user.email, createdAt: new Date(user.createdAt).toISOString(), ...plan };
}
