# An uncaught KeyError from a dict lookup in a loop over records.
records = [{"name": "ann", "age": 31}, {"name": "bob"}, {"name": "cy", "age": 5}]
total = 0
for record in records:
    total += record["age"]
    print(record["name"], "ok, total", total)
