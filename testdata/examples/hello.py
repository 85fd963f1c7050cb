# A pricing rule: the total of an order, with a volume discount per line
# and a coupon on the whole order. Run it with:
#
#     go run ./cmd/pyfence run testdata/examples/hello.py


class OrderLine:
    def __init__(self, sku, unit_price, quantity):
        self.sku = sku
        self.unit_price = unit_price
        self.quantity = quantity

    def subtotal(self):
        return self.unit_price * self.quantity


# Volume discounts: (minimum quantity, percent off), best first.
VOLUME_DISCOUNTS = [(100, 15), (50, 10), (10, 5)]

COUPONS = {"WELCOME10": 10, "VIP20": 20}


def volume_discount(quantity):
    for minimum, percent in VOLUME_DISCOUNTS:
        if quantity >= minimum:
            return percent
    return 0


def discounted_total(lines, coupon):
    total = 0.0
    for line in lines:
        percent = volume_discount(line.quantity)
        price = line.subtotal() * (100 - percent) / 100
        print("%-8s %4d x %7.2f  -%2d%%  = %9.2f" % (line.sku, line.quantity, line.unit_price, percent, price))
        total += price
    if coupon in COUPONS:
        off = COUPONS[coupon]
        print("coupon %s: -%d%%" % (coupon, off))
        total = total * (100 - off) / 100
    return total


order = [
    OrderLine("PEN-01", 1.25, 120),
    OrderLine("PAD-A4", 3.80, 12),
    OrderLine("INK-BLK", 24.50, 2),
]

total = discounted_total(order, "WELCOME10")
print("total: %.2f EUR for %d lines" % (total, len(order)))
