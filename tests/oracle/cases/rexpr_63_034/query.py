from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), s STRING, i INT, n DECIMAL(9,5), j INT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, dt DATE, t STRING").load(INPUT)
result = df.filter("coalesce((m <= 0.5), true)").withColumn("c1", ((col("i") - col("i")) * lit(0))).withColumn("c2", (col("d") != lit(3.75))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
