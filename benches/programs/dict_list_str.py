# dict, list and str work: counting words, sorting, joining and splitting.
TEXT = "the quick brown fox jumps over the lazy dog while the cat sleeps in the sun " * 40


def main():
    counts = {}
    lengths = []
    for _ in range(200):
        for word in TEXT.split():
            counts[word] = counts.get(word, 0) + 1
            lengths.append(len(word))
        line = ",".join(sorted(counts))
        parts = line.upper().replace("THE", "a").split(",")
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    print(ranked[:3], sum(lengths), len(parts), parts[0])


main()
