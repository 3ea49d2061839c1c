from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(((b IS NOT TRUE) AND CASE WHEN (s BETWEEN 'o' AND '') THEN b WHEN (id >= 3L) THEN coalesce((s IS NOT NULL), (d <= -1.5D), false) ELSE (i <> 1) END) OR (i >= 3))").select("id", F.dayofmonth(F.make_date(F.year(F.trunc(col("dt"), "YEAR")), F.month(F.trunc(col("dt"), "YEAR")), lit(28))).alias("c1"), expr("nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c2"))
OUTPUT_MODE = "append"
