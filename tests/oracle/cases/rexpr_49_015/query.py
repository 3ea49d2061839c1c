from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(nvl2(ts, (s IS NOT NULL), true) OR (dt IS NULL))").select("id", expr("(3.75D / nullif(j, 0))").alias("c1"), expr("date_add(last_day(dt), weekday(dt))").alias("c2"), expr("months_between(dt, ts) AS c3"), expr("least(string(0.001D), s, 'abc')")).where((lit("日本").eqNullSafe(lit("o")) | (col("id") < lit(1).cast("bigint"))))
OUTPUT_MODE = "append"
