from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.concat(col("s"), lit("42")).try_cast("bigint")).withColumn("c2", (col("i") - col("i"))).withColumn("c3", col("m").try_cast("bigint")).withColumn("c4", expr("(floor(m, -1) + (m * i))")).withColumn("c5", F.ceil(col("m"), -1)).select("id", "c1", "c2", "c3", "c4", "c5").filter(((col("i") + col("i")).between(lit(1), lit(-1)) | col("ts").isNotNull()))
OUTPUT_MODE = "append"
