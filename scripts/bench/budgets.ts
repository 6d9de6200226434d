export type Figures = Record<string, number>;

export interface Budget {
  max?: number;
  min?: number;
}

/** Every budget a figure misses, or that was not measured at all; keys starting with "$" are comments. */
export function checkBudgets(figures: Figures, budgets: Record<string, Budget | string>): string[] {
  const misses: string[] = [];
  for (const [name, budget] of Object.entries(budgets)) {
    if (name.startsWith("$") || typeof budget === "string") continue;
    const value = figures[name];
    if (value === undefined || Number.isNaN(value)) misses.push(`${name}: not measured`);
    else if (budget.max !== undefined && value > budget.max) misses.push(`${name}: ${value} > ${budget.max}`);
    else if (budget.min !== undefined && value < budget.min) misses.push(`${name}: ${value} < ${budget.min}`);
  }
  return misses;
}
