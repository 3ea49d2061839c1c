from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, t STRING, d DOUBLE, m DECIMAL(10,2), j INT, s STRING, ts TIMESTAMP, i INT, n DECIMAL(9,5)").load(INPUT)
result = df.select("id", expr("((-1 * 86400L) + CASE WHEN false THEN id WHEN false THEN id WHEN (s = '日本') THEN 86400L ELSE 1L END) AS c1"), expr("to_date(nvl(ts, TIMESTAMP'2024-02-29 00:00:00')) AS c2"), (col("j") + lit(1)).alias("c3")).where((F.date_format(col("ts"), "dd.MM.yy").startswith("é") | col("dt").isNull()))
OUTPUT_MODE = "append"
