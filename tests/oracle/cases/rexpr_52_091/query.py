from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("nullif(((2 + (2 - i)) - i), 2) AS c1", "endswith(CAST(NULL AS STRING), 'a')", "CASE WHEN isnan(least(d, d)) THEN ts END AS c3", "CAST(d AS INT) AS c4").where("(((id IS NOT NULL) IS NOT NULL) OR (t <> ' '))")
OUTPUT_MODE = "append"
