from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.year(col("dt"))).withColumn("c2", F.pmod(col("id"), lit(-4))).withColumn("c3", expr("CAST(i AS DECIMAL(38,18))")).withColumn("c4", (col("d") / lit(10))).withColumn("c5", expr("((i - n) * m)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
