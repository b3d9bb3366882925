"""Make large, varied benchmark inputs: a corpus of documents in every shape and a MediaWiki dump.

    python bench/generate.py corpus OUT_DIR --docs 2000 [--seed 1]
    python bench/generate.py dump OUT_DIR --pages 20000 [--seed 1]

``corpus`` writes random operations rendered by ``tests/renderers.py`` into every input shape,
each with a narrative of dated event sentences (capture, shelling, airstrikes, massacres,
relative dates...) so extraction does real work. ``dump`` writes the same kind of articles as
MediaWiki wikitext pages mixed with the pages a real dump holds around them (other articles,
talk pages, redirects), as ``dump.xml``, ``dump.xml.bz2`` and a multistream
``dump-multistream.xml.bz2`` with its ``dump-multistream-index.txt.bz2``.

Everything is deterministic for a given seed; nothing here is part of the timed test suite.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import renderers  # noqa: E402  (tests/renderers.py)
from dumpwriter import Page, write_dump, write_multistream  # noqa: E402

from warfile.model import Casualties, Count, Operation, Person, Quantity, Side  # noqa: E402

SYLLABLES = ("al", "bar", "ka", "dun", "mer", "os", "tal", "vin", "zor", "ha", "qa", "rim", "sel", "tor",
             "ur", "nev", "sha", "lom", "kes", "var")
COUNTRIES = ("Syria", "Iraq", "Yemen", "Libya", "Mali", "Ukraine", "Somalia", "Afghanistan", "Sudan", "Nigeria")
ADM = ("Governorate", "Province", "Oblast", "Region", "District")
RANKS = ("Gen.", "Lt. Gen.", "Brig. Gen.", "Col.", "Maj.", "Capt.", None, None, None)
ROLES = ("commander", "field commander", "deputy commander", "chief of staff", "spokesman", None)
STATE_FORMS = ("{c} Armed Forces", "{c} National Army", "Republic of {c}", "{c} Air Force", "National Guard of {c}")
REBEL_FORMS = ("{x} Liberation Front", "{x} Brigade", "Army of {x}", "{x} Resistance", "{x} Movement",
               "Free {x} Army", "{x} Martyrs Battalion")
MONTHS = renderers.MONTHS

# Event sentence templates: (our event type, text). {a} actor, {b} opponent, {p} place, {n} a number.
EVENTS = (
    ("capture", "{d}, {a} captured the village of {p} after heavy fighting."),
    ("capture", "{d}, {a} seized {p} and the surrounding hills."),
    ("recapture", "{d}, {a} recaptured {p}, which had been lost the week before."),
    ("attack", "{d}, {a} launched an assault on positions held by {b} near {p}."),
    ("counterattack", "{d}, {a} counter-attacked at {p}, pushing {b} back towards the river."),
    ("airstrike", "{d}, warplanes of {a} carried out airstrikes on {p}, killing {n} fighters."),
    ("shelling", "{d}, {a} shelled {p}, killing {n} civilians and wounding dozens."),
    ("ambush", "{d}, {b} ambushed a convoy of {a} on the road to {p}, killing {n} soldiers."),
    ("bombing", "{d}, a car bomb exploded in {p}, killing {n} people."),
    ("massacre", "{d}, {n} villagers were killed in {p} in what residents described as a massacre."),
    ("abduction", "{d}, {a} abducted {n} residents of {p}."),
    ("withdrawal", "{d}, {b} withdrew from {p}."),
    ("reinforcement", "{d}, {a} sent reinforcements to {p}."),
    ("statement", "{d}, the Observatory said that {n} fighters had been killed around {p} since the start."),
)
FILLER = ("Fighting continued in the surrounding countryside for several days.",
          "Local sources reported that the roads were cut and that supplies ran short.",
          "The front line remained largely static while both sides brought up artillery.",
          "Aid agencies warned of a worsening situation for the displaced families.")


def word(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def iso(y: int, m: int, d: int | None = None) -> str:
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


def date_words(y: int, m: int, d: int) -> str:
    return f"{d} {MONTHS[m - 1]} {y}"


def random_side(rng: random.Random, country: str, state: bool) -> Side:
    if state:
        names = [rng.choice(STATE_FORMS).format(c=country)] + [f"{word(rng)} militia"][: rng.randint(0, 1)]
    else:
        names = [rng.choice(REBEL_FORMS).format(x=word(rng)) for _ in range(rng.randint(1, 4))]
    commanders = tuple(
        Person(f"{word(rng)} {word(rng, 3)}", rank=rng.choice(RANKS), role=rng.choice(ROLES),
               killed=rng.random() < 0.15) for _ in range(rng.randint(1, 6)))
    low = rng.randint(1, 40) * 100
    strength = (Quantity(Count(low, low + rng.choice((0, 0, 500, 1000))), rng.choice(("fighters", "troops"))),)
    casualties = tuple(
        Casualties(killed=Count.exact(rng.randint(5, 3000)), wounded=rng.choice((None, Count.exact(rng.randint(5, 900)))),
                   claimant=rng.choice(("government", "opposition", "SOHR", None)))
        for _ in range(rng.randint(1, 3)))
    return Side(belligerents=tuple(names), supporters=tuple(rng.sample(COUNTRIES, rng.randint(0, 2))),
                commanders=commanders, units=tuple(f"{rng.randint(1, 120)}th Brigade" for _ in range(rng.randint(0, 3))),
                strength=strength, casualties=casualties)


def random_operation(rng: random.Random) -> tuple[Operation, str]:
    """A random operation and its narrative (the event sentences the renderers do not write)."""
    country = rng.choice(COUNTRIES)
    region = f"{word(rng)} {rng.choice(ADM)}"
    year, month, day = rng.randint(1990, 2023), rng.randint(1, 12), rng.randint(1, 20)
    kind = rng.choice(("offensive", "campaign", "operation"))
    name = rng.choice((f"{year} {word(rng)} {kind}", f"Battle of {word(rng)}", f"Siege of {word(rng)}",
                       f"Operation {word(rng)} {word(rng)}"))
    sides = [random_side(rng, country, False), random_side(rng, country, True)]
    if rng.random() < 0.5:
        sides.reverse()
    end_month = min(12, month + rng.randint(0, 3))
    op = Operation(
        name=name, part_of=(f"{country}n civil war",), start_date=iso(year, month, day),
        end_date=iso(year, end_month, rng.randint(day if end_month == month else 1, 28)),
        places=(region, country), result=rng.choice(("Government victory", "Rebel victory", "Inconclusive", None)),
        sides=tuple(sides),
        civilian_casualties=(Casualties(killed=Count.exact(rng.randint(3, 500)), who="civilians"),),
    )
    return op, narrative(rng, op, year, month, day)


def narrative(rng: random.Random, op: Operation, year: int, month: int, day: int) -> str:
    """Paragraphs of dated event sentences with filler, absolute and relative dates mixed."""
    places = [word(rng) for _ in range(rng.randint(3, 10))]
    a, b = op.sides[0].belligerents[0], op.sides[1].belligerents[0]
    paragraphs = []
    for _ in range(rng.randint(2, 8)):
        sentences = []
        for _ in range(rng.randint(2, 7)):
            _, template = rng.choice(EVENTS)
            day += rng.randint(0, 4)
            if day > 28:
                day, month = day - 28, month % 12 + 1
            when = rng.choice((f"On {date_words(year, month, day)}", f"On {day} {MONTHS[month - 1]}",
                               "The next day", "Two days later"))
            actor, other = (a, b) if rng.random() < 0.6 else (b, a)
            sentences.append(template.format(d=when, a=actor, b=other, p=rng.choice(places), n=rng.randint(2, 90)))
            if rng.random() < 0.5:
                sentences.append(rng.choice(FILLER))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def with_narrative(text: str, shape: str, story: str) -> str:
    """Put the narrative where each shape keeps its body text."""
    marker = "Fighting went on for several days."
    if shape == "html":
        body = "".join(f"<p>{renderers.htmlmod.escape(p)}</p>" for p in story.split("\n\n"))
        return text.replace(f"<p>{marker}</p>", body, 1)
    if marker in text:
        return text.replace(marker, story, 1)
    return text.rstrip("\n") + "\n\n" + story + "\n"


def documents(n: int, seed: int) -> Iterator[tuple[str, str]]:
    """(shape, text) of n random documents, shapes in turn."""
    rng = random.Random(seed)
    shapes = list(renderers.RENDERERS)
    for i in range(n):
        op, story = random_operation(rng)
        shape = shapes[i % len(shapes)]
        yield shape, with_narrative(renderers.RENDERERS[shape](op), shape, story)


def write_corpus(out: Path, n: int, seed: int = 1) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for i, (shape, text) in enumerate(documents(n, seed)):
        ext = {"html": "html", "markdown-frontmatter": "md"}.get(shape, "txt")
        (out / f"{i:06d}.{ext}").write_text(text, encoding="utf-8")
    return n


def dump_pages(n: int, seed: int) -> Iterator[Page]:
    """n pages: ~70% conflict articles, the rest other articles, talk pages and redirects."""
    rng = random.Random(seed)
    for i in range(n):
        r = rng.random()
        if r < 0.7:
            op, story = random_operation(rng)
            yield Page(f"{op.name} ({i})", with_narrative(renderers.render_mediawiki(op), "mediawiki", story))
        elif r < 0.8:
            yield Page(f"{word(rng)} ({i})", "{{Infobox settlement\n| name = Town\n}}\n'''Town''' is a town.\n" * 3)
        elif r < 0.9:
            yield Page(f"Talk:{word(rng)} ({i})", "== Sources ==\n{{Infobox military conflict}} discussion", ns=1)
        else:
            yield Page(f"{word(rng)} raid ({i})", "#REDIRECT [[Somewhere]]", redirect="Somewhere")


def write_dumps(out: Path, n: int, seed: int = 1) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {"plain": out / "dump.xml", "bz2": out / "dump.xml.bz2",
             "multistream": out / "dump-multistream.xml.bz2", "index": out / "dump-multistream-index.txt.bz2"}
    write_dump(dump_pages(n, seed), paths["plain"])
    write_dump(dump_pages(n, seed), paths["bz2"], compress=True)
    write_multistream(dump_pages(n, seed), paths["multistream"], paths["index"])
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("corpus", "dump"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", "--pages", dest="n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.what == "corpus":
        print(f"{write_corpus(args.out, args.n, args.seed)} documents in {args.out}")
    else:
        for kind, path in write_dumps(args.out, args.n, args.seed).items():
            print(f"{kind}: {path} ({path.stat().st_size / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
