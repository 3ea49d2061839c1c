from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (F.round(col("n"), 0) * col("d"))).withColumn("c2", col("dt").cast("timestamp")).drop("d", "m", "n", "s", "b").where((F.isnan(col("d")) | col("m").isNotNull()))
OUTPUT_MODE = "append"
