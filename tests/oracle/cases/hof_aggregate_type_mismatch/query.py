df = spark.readStream.format("json").schema("id INT, arr ARRAY<INT>, b ARRAY<INT>, k INT, s ARRAY<STRING>, m MAP<STRING, INT>, m2 MAP<STRING, INT>, d ARRAY<DOUBLE>").load(INPUT)
result = df.selectExpr("id", "aggregate(d, 0, (acc, x) -> acc + x) AS bad")
OUTPUT_MODE = "append"
