df = spark.readStream.format("json").schema("id INT, arr ARRAY<INT>, b ARRAY<INT>, k INT, s ARRAY<STRING>, m MAP<STRING, INT>, m2 MAP<STRING, INT>, d ARRAY<DOUBLE>").load(INPUT)
result = df.selectExpr("id", "k", "transform(arr, x -> transform(b, y -> x + y + k)) AS nested",
    "transform(arr, x -> x + k) AS plusk", "transform(arr, k -> k + 1) AS shadow",
    "aggregate(b, k, (acc, x) -> acc + x) AS fromk", "filter(arr, x -> x > k) AS gtk")
OUTPUT_MODE = "append"
