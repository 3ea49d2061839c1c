from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", col("i").cast("double"), expr("date_trunc('DAY', greatest(ts, ts, ts)) AS c2"), F.repeat(F.rpad(F.date_format(col("dt"), "a h:mm"), 0, " "), 1).alias("c3"), expr("(dayofweek(dt) - octet_length(s)) AS c4")).where(((col("dt") == F.to_date(lit("2000-01-01"))) | (col("m") > expr("1.25"))))
OUTPUT_MODE = "append"
