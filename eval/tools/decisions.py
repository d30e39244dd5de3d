#!/usr/bin/env python3
"""decisions.py [--skip SET]: print the annotation decisions of every evaluation set, in order.

A new set's author reads these (not the articles) so that its gold follows the same conventions;
each set's README keeps its decisions under a heading that starts "## Annotation decisions".
"""
import argparse
import glob
import os
import re

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def set_order(path):
    name = os.path.basename(os.path.dirname(path))
    number = re.sub(r'\D', '', name)
    return (int(number) if number else 1, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--skip', default='', help='set directory to leave out')
    args = parser.parse_args()
    for readme in sorted(glob.glob(EVAL + '/*/README.md'), key=set_order):
        name = os.path.basename(os.path.dirname(readme))
        if name == args.skip:
            continue
        section = re.search(r'^## Annotation decisions.*?(?=^## |\Z)',
                            open(readme, encoding='utf-8').read(), re.M | re.S)
        if section:
            print(f'## {name}\n')
            print(section.group(0).split('\n', 1)[1].strip() + '\n')


if __name__ == '__main__':
    main()
