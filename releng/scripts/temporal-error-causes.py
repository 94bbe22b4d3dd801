#!/usr/bin/env python3
"""Groups the value errors of a TBAQ dump (TEMPEVAL_DUMP=FILE releng/scripts/eval-temporal.sh) by
cause, from the gold and our values alone, so a change can be judged by the causes it moves.
  releng/scripts/temporal-error-causes.py DUMP [--list CAUSE-PREFIX]
The groups are notation and granularity differences that need no reading of the text; what is left
("other") is read by hand: direction and anchor errors, gold mistakes, span differences."""
import collections
import re
import sys

PART = r'T(NI|MO|AF|EV)$'


def cause(text, gold, ours):
    if re.search(r'W\d$', gold) and re.sub(r'W(\d)$', r'W0\1', gold) == ours:
        return 'gold week number unpadded (2000-W7 for ISO 2000-W07)'
    if 'X' in gold and not gold.startswith('P') and 'X' not in ours:
        return 'gold left unresolved or underspecified (WXX, QX, -XX, 199X) where ours is resolved'
    if re.search(PART, ours) and gold == ours[:-3]:
        return 'gold drops the part of day ("Friday night" -> the day)'
    if re.search(PART, ours) and re.search(PART, gold) and gold[:-3] == ours[:-3]:
        return 'gold writes another part of day ("night" as TEV)'
    if re.search(r'T\d\d$', gold) and ours.startswith(gold + ':'):
        return 'gold hour without minutes (T17 for T17:00)'
    if re.search(r'(DE|CE)$', ours) or gold in ('P1E', 'PXE', 'PXC'):
        return 'decade/century length unit (gold P10Y/P1E, ours P1DE as TIDES writes it)'
    if re.search(r'recent|coming', text, re.I):
        return '"recent/coming <units>" (gold splits PAST_REF/FUTURE_REF and PX<unit>)'
    if re.search(r'year (ago|earlier)|year-ago|year-earlier|last year|a year$', text, re.I) and gold[:4] == ours[:4]:
        return 'granularity of "a year ago/earlier", "last year" (gold mixes year, quarter, month, day)'
    if gold.startswith('P') != ours.startswith('P') and not gold.endswith('_REF') and not ours.endswith('_REF'):
        return 'point or length (gold and ours disagree whether it is a date or a duration)'
    if len(gold) == len(ours) and gold[:1].isdigit() and ours[:1].isdigit():
        return 'same granularity, another date (direction, anchor or gold mistake: read the list)'
    return 'other'


def main():
    rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1], encoding='utf-8') if line.startswith('VALUE')]
    groups = collections.defaultdict(list)
    for r in rows:
        m = re.match(r'(\S+) (\S+) ours (\S+) \((.*)\)$', r[2])
        if m:
            groups[cause(r[1], m.group(2), m.group(3))].append(r)
    for name, rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f'{len(rs):4d}  {name}')
    if len(sys.argv) > 3 and sys.argv[2] == '--list':
        for name, rs in groups.items():
            if name.startswith(sys.argv[3]):
                for r in rs:
                    print('   ', ' | '.join(r[1:4])[:300])


if __name__ == '__main__':
    main()
