"""usage: eval_text_in_repo.py [REPO]

Lists places in the repository's Swift sources and tests whose wording repeats evaluation
text: runs of 5 words shared with an evaluation set (CoNLL dev, GUM dev, PolNeAR dev, WCXB gold)."""
import json, os, re, sys
W = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
def grams(text, n=5):
    w = [x.lower() for x in W.findall(text)]
    return set(tuple(w[i:i+n]) for i in range(len(w)-n+1))
ev = set()
for path in ["/work/shared/eval/ner/conll2003-dev.jsonl", "/work/shared/eval/ner/gum-dev.jsonl", "/work/shared/eval/quotes/polnear-dev.jsonl"]:
    for line in open(path):
        ev |= grams(json.loads(line)["text"])
truth = json.load(open("/work/shared/eval/html-wcxb/ground-truth.json"))
for g in truth.values():
    ev |= grams(g.get("articleBody", ""))
# very common 5-grams (in the BBC corpus too) are not quotations of the sets
common = set()
for d, _, names in os.walk("/work/shared/corpus/bbc"):
    for n in names:
        if n.endswith(".txt"):
            common |= grams(open(os.path.join(d, n), errors="replace").read())
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
for d, _, names in os.walk(root):
    if ".build" in d or "/.git" in d or "Golden" in d:
        continue
    for n in names:
        if not n.endswith((".swift", ".py", ".md", ".tsv")) or "LanguageProfileData" in n:
            continue
        p = os.path.join(d, n)
        for i, line in enumerate(open(p, errors="replace"), 1):
            hits = (grams(line) & ev) - common
            if hits:
                print("%s:%d: %s" % (os.path.relpath(p, root), i, line.strip()[:150]))
