from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.exists(F.split(col("t"), " "), lambda x: x == lit("b")) | (col("k") <= lit(0).cast("bigint")))).withColumn("c1", F.repeat(col("t"), 0)).withColumn("c2", expr("(TIMESTAMP'1999-12-31 23:59:59.999' - INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("c3", expr("TRY_CAST(s AS DATE)")).withColumn("c4", expr("(CASE WHEN (id <> 3L) THEN c3 WHEN false THEN dt WHEN (id = -2L) THEN c3 ELSE to_date('2023-12-31') END + INTERVAL -10 DAYS)")).withColumn("c5", ((lit(-1) * col("i")) - col("i"))).drop("j", "d", "m", "t").where("(j = -1)")
OUTPUT_MODE = "append"
