from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((d = 2.0D) OR (b IS NOT NULL))").withColumn("c1", expr("try_to_timestamp(s)")).withColumn("c2", expr("(ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("m", ((col("n") - lit(-3.10).cast("decimal(3,2)")) + col("m"))).withColumn("c4", F.date_trunc("WEEK", F.when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
