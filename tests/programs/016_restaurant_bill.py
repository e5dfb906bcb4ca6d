# A small realistic plain-Python program: splitting a restaurant bill.
# Combines classes, dictionaries, sorting, comprehensions and formatted
# tabular output with alignment and thousands separators.

TAX_RATE = 0.08


class Order:
    def __init__(self, guest, dish, price, quantity=1):
        self.guest, self.dish, self.price, self.quantity = guest, dish, price, quantity

    @property
    def subtotal(self):
        return self.price * self.quantity


orders = [
    Order("Asha", "Masala dosa", 180.0),
    Order("Ben", "Paneer tikka", 320.0),
    Order("Asha", "Filter coffee", 60.0, 2),
    Order("Chen", "Thali", 450.0),
    Order("Ben", "Lassi", 90.0, 3),
]

per_guest = {}
for order in orders:
    per_guest[order.guest] = per_guest.get(order.guest, 0.0) + order.subtotal

print(f"{'Guest':<8}{'Dish':<15}{'Qty':>4}{'Amount':>10}")
print("-" * 37)
for order in sorted(orders, key=lambda o: (o.guest, -o.subtotal)):
    print(f"{order.guest:<8}{order.dish:<15}{order.quantity:>4}{order.subtotal:>10.2f}")
print("-" * 37)

grand_total = sum(per_guest.values()) * (1 + TAX_RATE)
for guest, amount in sorted(per_guest.items(), key=lambda item: item[1], reverse=True):
    share = amount * (1 + TAX_RATE)
    print(f"{guest:>8} pays {share:>9,.2f} ({share / grand_total:.0%})")
print(f"{'total':>8}      {grand_total:>9,.2f}")
biggest = max(orders, key=lambda o: o.subtotal)
print(f"most expensive line: {biggest.dish!r} by {biggest.guest}")
print("guests who ordered drinks:", sorted({o.guest for o in orders if o.dish in ("Lassi", "Filter coffee")}))
