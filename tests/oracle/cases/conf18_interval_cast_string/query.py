from pyspark.sql.functions import col, expr
df = spark.readStream.schema("n INT, d DATE").json(INPUT)
# An interval prints with its own type's fields (CAST ... AS STRING).
result = df.selectExpr(
    "CAST(INTERVAL '3' HOUR AS STRING) AS h",
    "CAST(INTERVAL '1 02:03' DAY TO MINUTE AS STRING) AS dm",
    "CAST(INTERVAL '-2' YEAR AS STRING) AS y",
    "CAST(make_dt_interval(n, 2, 0, 0) AS STRING) AS mk",
    "CAST(d - DATE'2025-01-01' AS STRING) AS dd",
    "CAST(-(d - DATE'2025-01-01') AS STRING) AS neg",
    "CAST((d - DATE'2025-01-01') + INTERVAL '2' DAY AS STRING) AS plus",
    "CAST(INTERVAL '5' MINUTE * n AS STRING) AS mul",
    "CAST(make_ym_interval(n, 1) AS STRING) AS ym")
OUTPUT_MODE = "append"
