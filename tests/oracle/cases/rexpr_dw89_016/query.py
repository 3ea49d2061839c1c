from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.sinh((col("m") * expr("99.99"))) + F.pmod(col("id"), lit(7))).alias("c1"), expr("greatest(ts, ts)").alias("c2")).where("(i <= 10)")
OUTPUT_MODE = "append"
