export function formatPrice(price: { amount: number; currency: string }): string {
  return new Intl.NumberFormat("en", { style: "currency", currency: price.currency.toUpperCase() }).format(
    price.amount / 100,
  );
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en", { dateStyle: "long" });
}
