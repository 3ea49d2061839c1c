from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), dt DATE, s STRING, b BOOLEAN, n DECIMAL(9,5), j INT, ts TIMESTAMP, i INT, d DOUBLE").load(INPUT)
result = df.filter("((n <> (n / 3.5)) OR (d IS NULL))").select("id", "n", expr("add_months(dt, i)").alias("c1"), expr("CAST(((n + 12.345) + bround(1.25, 1)) AS DOUBLE)").alias("c2"), F.greatest(F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(12), lit(30), lit(0)), F.timestamp_millis((-col("i")))).alias("c3"), (col("ts") - expr("INTERVAL -3 DAYS")).alias("c4"))
OUTPUT_MODE = "append"
