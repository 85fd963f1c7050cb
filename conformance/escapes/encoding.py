# -*- coding: utf_7 -*-  ### syntax "source encoding 'utf_7' is not supported"
# A UTF-7 source hides code from reviewers: to CPython, the +AAo- in the
# comment below is a newline, so it would print 'hidden'. pyfence reads
# only UTF-8 and rejects any other declared encoding (peers.md 8.8).
print('visible')  # +AAo-print('hidden')
# differs: CPython decodes the file as UTF-7 and prints visible, then hidden
# ---
# A coding declaration after line 2 is an ordinary comment, for CPython
# and for pyfence.
# -*- coding: utf_7 -*-
print('visible')  # +AAo-print('hidden')
# Output:
# visible
