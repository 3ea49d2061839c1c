from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.length(col("t")) + col("id")), F.year(F.date_trunc("WEEK", F.least(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts")))).alias("c2"), F.coalesce(col("b"), (col("s") >= lit("42")), lit(False)), F.next_day(col("dt"), "Funday").alias("c4"), (F.date_trunc("MONTH", (col("ts") + expr("INTERVAL 36 HOURS"))) + expr("INTERVAL 1 DAY")).alias("c5"))
OUTPUT_MODE = "append"
