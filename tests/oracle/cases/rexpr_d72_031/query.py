from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((~(~col("t").rlike("^\\s"))) | lit("42").isNull())).select("id", expr("date_add(date_sub(dt, i), i) AS c1"), (F.when((col("i") >= lit(1)), col("d")).when(col("k").isNotNull(), lit(2.0)) * F.bround(col("m"), 3)).alias("c2")).where(((lit("o") == lit("日本")) | (col("c2") > lit(100.0))))
OUTPUT_MODE = "append"
