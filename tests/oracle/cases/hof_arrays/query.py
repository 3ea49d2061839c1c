df = spark.readStream.format("json").schema("id INT, arr ARRAY<INT>, b ARRAY<INT>, k INT, s ARRAY<STRING>, m MAP<STRING, INT>, m2 MAP<STRING, INT>, d ARRAY<DOUBLE>").load(INPUT)
result = df.selectExpr("id", "transform(arr, x -> x * 2) AS t", "transform(arr, (x, i) -> x + i) AS ti",
    "filter(arr, x -> x > 1) AS f", "filter(s, (x, i) -> i % 2 = 0) AS fi", "exists(arr, x -> x IS NULL) AS e",
    "forall(arr, x -> x > 0) AS fa", "aggregate(arr, 0L, (acc, x) -> acc + coalesce(x, 0)) AS agg",
    "aggregate(d, CAST(0 AS DOUBLE), (acc, x) -> acc + x, acc -> acc / 2) AS aggd",
    "zip_with(arr, b, (x, y) -> coalesce(x, 0) + coalesce(y, 0)) AS z",
    "array_sort(s, (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END) AS ss",
    "array_sort(arr) AS s0", "array_sort(d) AS sd", "transform(s, x -> upper(x)) AS up")
OUTPUT_MODE = "append"
