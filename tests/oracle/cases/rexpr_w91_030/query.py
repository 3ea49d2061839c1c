from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("s").contains("") | (col("dt") > F.to_date(lit("2000-01-01"))))).withColumn("c1", (col("m") % F.nullif(col("m"), lit(0)))).withColumn("ts", expr("(least(ts, ts) - INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("c3", (F.signum(F.signum(col("i"))) - (col("i") - lit(0)))).withColumn("c4", col("dt")).withColumn("c5", (F.instr(col("s"), "") + (col("id") - lit(1).cast("bigint")))).drop("i", "j", "k", "d", "m", "b").where(((col("m") <= lit(.001).cast("decimal(4,3)")) | col("j").isNull()))
OUTPUT_MODE = "append"
