#!/usr/bin/env python3
"""Fits the similarity thresholds for answers found by meaning alone (data/abstention.json).

usage: fit_thresholds.py [--write] [--paraphrase-only] GOLD.jsonl [GOLD.jsonl ...] -- COMMAND [ARG...]

COMMAND is the `ask --json` batch contract (questions on stdin, one JSON object a line out). For each
candidate threshold it runs COMMAND with Data__Path pointing at a copy of data/ whose abstention.json
holds that threshold, scores the answers against the gold files (the rules of ../shared/eval/score.py:
`answered` must match and, for answered items, one alternative of every expect group must occur in the
first 1200 characters, folded), and keeps the threshold with the best utility: right answers minus
PENALTY times out-of-scope questions answered anyway (a wrong answer is worse than an honest decline).
Ties go to the higher, more cautious threshold. The fact threshold is fitted first with passages and
paraphrases off, then the passage threshold with the fitted fact threshold, then the paraphrase threshold
(how close in meaning a text must be to answer a question whose everyday words no source uses) with
both. --paraphrase-only keeps the fact and passage thresholds of data/abstention.json and fits the
paraphrase one alone. It prints the whole trade-off table; --write saves the chosen thresholds to
data/abstention.json.
"""
import json, os, re, shutil, subprocess, sys, tempfile, unicodedata

PENALTY = 3
LIMIT = 1200
GRID = [round(0.70 + 0.025 * i, 3) for i in range(12)] + [1.01]
PARAPHRASE_GRID = [round(0.60 + 0.025 * i, 3) for i in range(11)] + [1.01]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u00a0", " ")
    s = s.replace("đ", "dj").replace("Đ", "Dj")
    return re.sub(r"\s+", " ", s).strip().lower()


def score(gold, lines):
    right = false_answers = 0
    for g, a in zip(gold, lines):
        answered = bool(a.get("answered", False))
        if not g["answered"] and answered:
            false_answers += 1
        if answered != g["answered"]:
            continue
        text = fold(str(a.get("answer", "")))[:LIMIT]
        if all(any(fold(alt) in text for alt in group) for group in g.get("expect", [])):
            right += 1
    return right, false_answers


def run(command, gold, fact, passage, workdir, paraphrase=1.01):
    data = os.path.join(workdir, "data")
    if os.path.exists(data):
        shutil.rmtree(data)
    shutil.copytree(os.path.join(ROOT, "data"), data)
    with open(os.path.join(data, "abstention.json"), "w", encoding="utf-8") as f:
        json.dump({"factSimilarity": fact, "passageSimilarity": passage, "paraphraseSimilarity": paraphrase}, f)
    env = dict(os.environ, Data__Path=data)
    out = subprocess.run(command, input="".join(g["q"] + "\n" for g in gold), capture_output=True, text=True, env=env, timeout=900)
    answers = [json.loads(l) for l in out.stdout.splitlines() if l.strip().startswith("{")]
    if len(answers) != len(gold):
        sys.exit(f"{len(answers)} answers for {len(gold)} questions; stderr: {out.stderr[-500:]}")
    return score(gold, answers)


def main():
    args = sys.argv[1:]
    write = "--write" in args
    args = [a for a in args if a not in ("--write", "--paraphrase-only")]
    if "--" not in args:
        sys.exit(__doc__)
    split = args.index("--")
    gold = [json.loads(l) for path in args[:split] for l in open(path, encoding="utf-8") if l.strip()]
    command = args[split + 1:]
    with tempfile.TemporaryDirectory() as workdir:
        print(f"{len(gold)} labelled questions, {sum(not g['answered'] for g in gold)} out of scope; utility = right - {PENALTY} x false answers")
        print("fact  passage  paraphrase  right  false  utility")

        def fit(label, grid, thresholds):
            best = None
            for value in grid:
                candidate = dict(thresholds, **{label: value})
                right, false = run(command, gold, candidate["fact"], candidate["passage"], workdir, candidate["paraphrase"])
                utility = right - PENALTY * false
                print(f"{candidate['fact']:5} {candidate['passage']:7}  {candidate['paraphrase']:10}  {right:5}  {false:5}  {utility:7}")
                if best is None or utility > best[1] or (utility == best[1] and value > best[0]):
                    best = (value, utility)
            return dict(thresholds, **{label: best[0]})

        if "--paraphrase-only" in sys.argv:
            current = json.load(open(os.path.join(ROOT, "data", "abstention.json"), encoding="utf-8"))
            thresholds = {"fact": current["factSimilarity"], "passage": current["passageSimilarity"], "paraphrase": 1.01}
        else:
            thresholds = fit("fact", GRID, {"fact": 1.01, "passage": 1.01, "paraphrase": 1.01})
            thresholds = fit("passage", GRID, thresholds)
        best = fit("paraphrase", PARAPHRASE_GRID, thresholds)
    chosen = {"factSimilarity": best["fact"], "passageSimilarity": best["passage"], "paraphraseSimilarity": best["paraphrase"]}
    print("chosen:", json.dumps(chosen))
    if write:
        with open(os.path.join(ROOT, "data", "abstention.json"), "w", encoding="utf-8") as f:
            json.dump(chosen, f)
            f.write("\n")


if __name__ == "__main__":
    main()
