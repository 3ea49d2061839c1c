from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("to_timestamp(date_format(CASE WHEN b THEN ts WHEN (d < -1.5D) THEN ts END, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')").alias("c1"), expr("year(make_date(year(dt), pmod(i, 12) + 1, 1)) AS c2"))
OUTPUT_MODE = "append"
