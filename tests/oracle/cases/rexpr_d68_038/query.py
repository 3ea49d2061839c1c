from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("s").isNotNull()).select("id", "j", expr("CAST(dt AS INT)").alias("c1"), expr("last_day(CAST(CASE WHEN (i < 2) THEN ts WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN ts WHEN true THEN ts END AS DATE)) AS c2"), expr("(id DIV nullif(j, 0)) AS c3"), F.when((~(col("m") - col("n")).isin(lit(99.99).cast("decimal(4,2)"))), lit(3)).when(F.regexp_replace(col("s"), " +", "_").rlike("[0-9]+"), F.date_part(lit("DAY"), col("dt"))).when(F.dayofmonth(col("ts")).isNull(), col("i")).otherwise(col("i")).alias("c4")).where("(NOT coalesce((s >= ''), false))")
OUTPUT_MODE = "append"
