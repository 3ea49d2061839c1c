from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("coalesce(d, d, 3.75D) AS c1"), expr("(2 * id)").alias("c2"), expr("bround(((m / 10.5) - instr(substring(s, -3, 0), '')), -1)").alias("c3"), expr("CASE WHEN b THEN id WHEN isnan(CAST('NaN' AS DOUBLE)) THEN unix_timestamp(ts) WHEN b THEN id END")).filter((~F.coalesce((col("ts") > col("dt")), lit(False))))
OUTPUT_MODE = "append"
