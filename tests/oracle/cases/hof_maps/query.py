df = spark.readStream.format("json").schema("id INT, arr ARRAY<INT>, b ARRAY<INT>, k INT, s ARRAY<STRING>, m MAP<STRING, INT>, m2 MAP<STRING, INT>, d ARRAY<DOUBLE>").load(INPUT)
result = df.selectExpr("id", "map_filter(m, (k, v) -> v > 1) AS mf", "transform_values(m, (k, v) -> v * 10) AS tv",
    "transform_keys(m, (k, v) -> concat(k, '_', k)) AS tk", "map_zip_with(m, m2, (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)) AS mz",
    "exists(map_keys(m), x -> x = 'x') AS hasx")
OUTPUT_MODE = "append"
