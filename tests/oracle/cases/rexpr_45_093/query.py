from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("try_to_timestamp(s) AS c1"), expr("quarter(to_date(ts))"), expr("CASE WHEN (datediff(dt, dt) <> round(n, 0)) THEN ts ELSE ts END AS c3"), expr("format_string('%e', f)").alias("c4"))
OUTPUT_MODE = "append"
