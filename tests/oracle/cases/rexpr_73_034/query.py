from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "s", "CAST(i AS DOUBLE) AS c1", "CASE WHEN b THEN id WHEN (false OR b) THEN 1L WHEN (ts = to_date('2023-12-31')) THEN id ELSE nullif((id + i), -2L) END AS c2", "floor(d * 1e10D) AS c3", "concat_ws('', CAST(NULL AS STRING), t, t) AS c4", "(m <= -3.10) AS c5").filter(((col("c1") > (lit(5) - lit(-1))) | (col("s") == lit("日本"))))
OUTPUT_MODE = "append"
