#!/usr/bin/env python3
"""Scores a run of follow-up conversations against a gold conversation file.

usage: score_conversations.py CONVERSATIONS.jsonl -- COMMAND [ARG...]
   or: score_conversations.py CONVERSATIONS.jsonl --answers ANSWERS.jsonl

Each gold line is one turn: "id", "conversation", "category", "q", "answered", "expect". The turns
of one conversation are consecutive and in order.

COMMAND reads the questions on standard input, one a line, with an empty line between two
conversations (an empty line starts a new conversation and gets no output). For every question
line it prints one JSON object with at least "answered" (bool) and "answer" (the text a user
reads), in order. With --answers, ANSWERS.jsonl holds those objects instead.

A turn is right when "answered" is what the gold turn expects and, for answered turns, one
alternative of every "expect" group occurs in the first 1200 characters of "answer", after folding
case, accents, dashes, apostrophes and spacing (the same rules as shared/eval/score.py)."""
import collections
import json
import re
import subprocess
import sys
import unicodedata

ANSWER_PREFIX = 1200
TIMEOUT_SECONDS = 600

# Characters that differ in writing but not in meaning for matching.
_REPLACEMENTS = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u00a0": " ", "đ": "dj", "Đ": "Dj"}


def fold(text):
    """Lower-cases and strips accents so that 'Đukanović' and 'djukanovic' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    for old, new in _REPLACEMENTS.items():
        stripped = stripped.replace(old, new)
    return re.sub(r"\s+", " ", stripped).strip().lower()


def load_gold(path):
    turns = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            turn = json.loads(line)
            for field in ("id", "conversation", "category", "q", "answered", "expect"):
                if field not in turn:
                    sys.exit(f"{path}:{number}: missing field {field!r}")
            if "\n" in turn["q"] or not turn["q"].strip():
                sys.exit(f"{path}:{number}: a question must be one non-empty line")
            turns.append(turn)
    # A conversation split in two would be sent as two conversations and score the wrong thing.
    finished = set()
    for previous, turn in zip([None] + turns, turns):
        if previous is not None and previous["conversation"] != turn["conversation"]:
            finished.add(previous["conversation"])
        if turn["conversation"] in finished:
            sys.exit(f"{path}: turns of conversation {turn['conversation']!r} are not consecutive")
    return turns


def build_input(turns):
    """The questions, one a line, with an empty line wherever a new conversation starts."""
    lines = []
    for i, turn in enumerate(turns):
        if i > 0 and turn["conversation"] != turns[i - 1]["conversation"]:
            lines.append("")
        lines.append(turn["q"])
    return "".join(line + "\n" for line in lines)


def parse_answers(text):
    answers = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            answers.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return answers


def run_command(command, stdin_text):
    try:
        run = subprocess.run(command, input=stdin_text, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except FileNotFoundError:
        sys.exit(f"cannot start command: {command[0]}")
    except subprocess.TimeoutExpired as timeout:
        print(f"command timed out after {TIMEOUT_SECONDS} s; scoring what it printed", file=sys.stderr)
        partial = timeout.stdout or ""
        return partial.decode("utf-8", "replace") if isinstance(partial, bytes) else partial
    if run.returncode != 0:
        print(f"command exited {run.returncode}: {run.stderr[-2000:]}", file=sys.stderr)
    return run.stdout


def missing_groups(turn, answer_text):
    text = fold(answer_text)[:ANSWER_PREFIX]
    return [group for group in turn["expect"] if not any(fold(alt) in text for alt in group)]


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        sys.exit(__doc__)
    turns = load_gold(args[0])
    if "--answers" in args:
        position = args.index("--answers") + 1
        if position >= len(args):
            sys.exit("--answers needs a file")
        with open(args[position], encoding="utf-8") as f:
            output = f.read()
    elif "--" in args and args.index("--") + 1 < len(args):
        output = run_command(args[args.index("--") + 1:], build_input(turns))
    else:
        sys.exit(__doc__)

    answers = parse_answers(output)
    if len(answers) != len(turns):
        print(f"warning: {len(answers)} answers for {len(turns)} turns", file=sys.stderr)

    per_category = collections.defaultdict(lambda: [0, 0])
    wrong = []
    right = follow_ups = follow_ups_right = answered_out_of_scope = 0
    conversation_ok = collections.OrderedDict()
    for i, turn in enumerate(turns):
        answer = answers[i] if i < len(answers) else {}
        if "question" in answer and str(answer["question"]).strip() != turn["q"].strip():
            print(f"warning: answer {i + 1} is for {answer['question']!r}, expected {turn['q']!r}", file=sys.stderr)
        answer_text = str(answer.get("answer", ""))
        answered = bool(answer.get("answered", False))
        missing = []
        ok = answered == turn["answered"]
        if ok and turn["answered"]:
            missing = missing_groups(turn, answer_text)
            ok = not missing
        if answered and not turn["answered"]:
            answered_out_of_scope += 1
        is_follow_up = i > 0 and turns[i - 1]["conversation"] == turn["conversation"]
        per_category[turn["category"]][1] += 1
        follow_ups += is_follow_up
        if ok:
            per_category[turn["category"]][0] += 1
            right += 1
            follow_ups_right += is_follow_up
        else:
            shown = answer_text[:160].replace("\n", " ")
            wrong.append(f"WRONG {turn['id']}: {turn['q']!r} -> {'answered' if answered else 'declined'}; "
                         f"missing {missing}; got: {shown!r}")
        conversation_ok[turn["conversation"]] = conversation_ok.get(turn["conversation"], True) and ok

    print(f"{'category':14} right/total")
    for category, (r, t) in sorted(per_category.items()):
        print(f"{category:14} {r}/{t}")
    for line in wrong:
        print(line)
    out_of_scope = sum(1 for turn in turns if not turn["answered"])
    print(f"out-of-scope answered anyway: {answered_out_of_scope}/{out_of_scope}")
    print(f"conversations fully right: {sum(conversation_ok.values())}/{len(conversation_ok)}")
    print(f"turns right: {right}/{len(turns)}")
    print(f"follow-up turns right: {follow_ups_right}/{follow_ups}")


if __name__ == "__main__":
    main()
