from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(b, true)").withColumn("c1", col("t").isNotNull().cast("int")).withColumn("c2", (col("id") / lit(-4))).withColumn("c3", expr("n")).withColumn("c4", (col("m") * col("i")))
OUTPUT_MODE = "append"
