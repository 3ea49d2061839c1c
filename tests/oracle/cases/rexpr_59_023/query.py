from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN b THEN id END"), expr("make_date(2024, pmod(i, 12) + 1, 28)"), expr("CAST((d IS NOT NULL) AS DOUBLE)").alias("c3"), expr("((size(split(t, ',')) + abs(i)) % 10) AS c4"))
OUTPUT_MODE = "append"
