from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("d", F.length(F.when(col("id").isNotNull(), col("s")).otherwise(F.when((col("d") <= lit(0.5)), col("s")).when((col("f") < lit(3.75)), lit("a")).otherwise(col("s")))).alias("c1"), F.when((col("s") == lit("o")), col("ts")).when((col("n") < lit(.5).cast("decimal(2,1)")), col("ts")).otherwise(F.date_trunc("MONTH", col("ts"))).alias("c2"))
OUTPUT_MODE = "append"
