from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, t STRING, m DECIMAL(7,0), d DOUBLE, k BIGINT, ts TIMESTAMP, i INT, s STRING, n DECIMAL(5,3), j INT").load(INPUT)
result = df.select("id", F.datediff(col("ts"), lit(5)).alias("c1"), (col("m") + col("m")).alias("c2"), (col("s").isNotNull() | col("n").between(expr("1.25"), expr("1.25"))), (col("d") * F.when(col("t").rlike("^$"), col("d")).when((col("d") <= lit(0.001)), F.when((col("i") == lit(10)), lit(0.5)).otherwise(col("d"))).otherwise(F.when(col("i").isNotNull(), col("d")).otherwise(col("d")))).alias("c4"))
OUTPUT_MODE = "append"
