from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, b BOOLEAN, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), k BIGINT, dt DATE, i INT, t STRING, s STRING").load(INPUT)
result = df.withColumn("c1", expr("(CASE WHEN (i IN (3)) THEN size(split('Hello', ' ')) ELSE i END - CASE WHEN (k <> d) THEN i ELSE (i * 2) END)")).withColumn("c2", F.date_add(F.date_add(col("dt"), col("i")), col("i"))).select("id", "c1", "c2").filter((~F.coalesce(F.isnull((col("m") - col("n"))), lit(False))))
OUTPUT_MODE = "append"
