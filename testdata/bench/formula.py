price * qty * (1 - discount) + tax
