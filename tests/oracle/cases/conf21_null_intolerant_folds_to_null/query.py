from pyspark.sql.functions import expr, col
df = spark.readStream.schema("id BIGINT, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(expr("((nullif((CAST(NULL AS TIMESTAMP) + INTERVAL 72 HOURS), TIMESTAMP'2024-02-29 00:00:00') - ts) <= INTERVAL '23:59' HOUR TO MINUTE)") | col("dt").isNull())
OUTPUT_MODE = "append"
