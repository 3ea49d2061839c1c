df = spark.readStream.format("json").schema("id INT, arr ARRAY<INT>, b ARRAY<INT>, k INT, s ARRAY<STRING>, m MAP<STRING, INT>, m2 MAP<STRING, INT>, d ARRAY<DOUBLE>").load(INPUT)
result = (df.filter("exists(arr, x -> x > 2)").groupBy("k").agg({"id": "count"})
    .selectExpr("k", "`count(id)` AS n"))
OUTPUT_MODE = "complete"
