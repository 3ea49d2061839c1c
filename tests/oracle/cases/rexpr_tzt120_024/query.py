spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((((col("d") / F.nullif(col("d"), lit(0))) < col("m")) | col("b").isNull())).select("id", "b", F.when(col("t").contains(" "), col("d")).when(F.when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), (col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999")))).when(col("b"), col("b")).otherwise(col("b")), F.round((col("i") * col("d")), -1)).otherwise(F.nvl2(lit(.001).cast("decimal(4,3)"), lit(float("nan")), lit(float("nan")))).alias("c1"), F.round(col("m"), 2).alias("c2"), F.greatest(col("dt"), F.next_day(col("dt"), "SUN")).alias("c3"))
OUTPUT_MODE = "append"
