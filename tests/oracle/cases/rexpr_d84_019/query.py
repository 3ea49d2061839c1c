from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, t STRING, f FLOAT, dt DATE, m DECIMAL(10,2), j INT, d DOUBLE, ts TIMESTAMP, i INT, n DECIMAL(9,5), s STRING").load(INPUT)
result = df.select("id", "n", (col("f") / F.nullif(col("f"), lit(0))).alias("c1"), F.last_day(F.add_months(F.date_add(col("dt"), col("i")), col("i"))).alias("c2"), expr("right(lpad(lcase(s), 3, 'é'), 0)").alias("c3"), F.round((col("m") * (lit(0) - col("i"))), -1).alias("c4"), (col("ts") + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c5"))
OUTPUT_MODE = "append"
