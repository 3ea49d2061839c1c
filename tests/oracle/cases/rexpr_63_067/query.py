from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, s STRING, m DECIMAL(18,6), i INT, j INT, t STRING, ts TIMESTAMP").json(INPUT)
result = df.groupBy("t", expr("(i - i) AS k2")).agg(F.round(F.avg(col("d")), 2).alias("a1"), (F.max(F.when((col("t").isNotNull() & (col("s") >= lit("a"))), col("i")).when(col("ts").isNull(), col("i")).when(F.to_timestamp(lit("1999-12-31 23:59:59.999")).isNotNull(), col("i")).otherwise(col("i"))) - F.min(F.when((col("t").isNotNull() & (col("s") >= lit("a"))), col("i")).when(col("ts").isNull(), col("i")).when(F.to_timestamp(lit("1999-12-31 23:59:59.999")).isNotNull(), col("i")).otherwise(col("i")))).alias("a2"), F.count_if(col("m").between(lit(12.345).cast("decimal(5,3)"), expr("100BD"))).alias("a3"))
OUTPUT_MODE = "update"
