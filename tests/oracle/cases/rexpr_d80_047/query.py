from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullif(bround((id / nullif(i, 0)), 1), 2.0D) AS c1", "CASE WHEN b THEN dt WHEN b THEN DATE'2024-02-29' WHEN b THEN dt ELSE dt END AS c2", "ascii(CAST(NULL AS STRING)) AS c3", "date_add(trunc(trunc(add_months(DATE'2000-01-01', i), 'yy'), 'Q'), i) AS c4").where((col("b") | col("b").isNull()))
OUTPUT_MODE = "append"
