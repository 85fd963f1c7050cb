# A 20-line rule script: the compile benchmark's workload.
RATES = {'standard': 0.2, 'reduced': 0.1, 'zero': 0.0}

def line_total(item):
    price = item['price'] * item['qty']
    if item.get('discount'):
        price -= price * item['discount']
    return round(price, 2)

def invoice(items, rate='standard'):
    net = sum(line_total(i) for i in items)
    tax = net * RATES[rate]
    return {'net': net, 'tax': round(tax, 2), 'total': round(net + tax, 2)}

orders = [{'price': 9.5, 'qty': 3}, {'price': 20.0, 'qty': 1, 'discount': 0.1}]
result = invoice(orders)
if result['total'] > 40:
    print('large order', result)
else:
    print('order', f"{result['total']:.2f}")
result
