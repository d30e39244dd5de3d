#!/usr/bin/env python3
"""uncovered_caps.py DIR: for each NAME.txt in DIR, the capitalised words no gold alias covers.

A check for a set's author: every capitalised word left over is either ordinary (a sentence's
first word, a month) or a person, place or organisation the gold forgot.
"""
import glob
import json
import re
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for text_path in sorted(glob.glob(sys.argv[1] + '/*.txt')):
        gold = json.load(open(text_path[:-4] + '.gold.json', encoding='utf-8'))
        covered = set()
        for key in ('people', 'officials', 'organizations', 'places'):
            for entry in gold.get(key, []):
                for alias in entry['name']:
                    covered.update(re.findall(r"[\w'’.-]+", alias))
        text = open(text_path, encoding='utf-8').read()
        words = set(re.findall(r"\b[A-ZÀ-Ý][\w'’-]*", text))
        left = sorted(w for w in words if w not in covered and w.rstrip("'s’") not in covered)
        print(text_path.split('/')[-1], ' '.join(left))


if __name__ == '__main__':
    main()
